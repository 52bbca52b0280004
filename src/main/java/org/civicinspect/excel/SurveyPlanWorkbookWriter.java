package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.ProfileQuota;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;

/**
 * Writes a round's survey plan in our template, which {@link SurveyPlanWorkbookReader} reads back to the same plan.
 * The profile and population sheets also show each question's and option's text, for the reader of the file; importing
 * ignores them. A share is written as the number of percent (30 for 30%).
 */
public final class SurveyPlanWorkbookWriter {

    static final String QUESTION_TEXT = "题目";
    static final String OPTION_TEXT = "选项";

    /** @param questionnaire the round's questionnaire, whose texts label the profiles; null when none is pinned */
    public void write(SurveyPlan plan, Questionnaire questionnaire, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            Sheet quotas = sheet(workbook, SurveyPlanWorkbookReader.QUOTA_SHEET, header,
                    List.of(PlanColumn.DISTRICT.templateName(), PlanColumn.METHOD.templateName(), PlanColumn.TARGET.templateName()),
                    new int[] {14, 8, 8});
            int r = 1;
            for (SurveyQuota q : plan.quotas()) {
                Row row = quotas.createRow(r++);
                row.createCell(0).setCellValue(q.district());
                row.createCell(1).setCellValue(SurveyPlanWorkbookReader.methodWord(q.method()));
                row.createCell(2).setCellValue(q.target());
            }
            Sheet profiles = sheet(workbook, SurveyPlanWorkbookReader.PROFILE_SHEET, header,
                    List.of(PlanColumn.DISTRICT.templateName(), PlanColumn.QUESTION.templateName(), PlanColumn.OPTION.templateName(),
                            PlanColumn.TARGET.templateName(), QUESTION_TEXT, OPTION_TEXT),
                    new int[] {14, 8, 9, 8, 40, 20});
            r = 1;
            for (ProfileQuota q : plan.profiles()) {
                Row row = profiles.createRow(r++);
                row.createCell(0).setCellValue(q.cityWide() ? SurveyPlanWorkbookReader.CITY : q.district());
                row.createCell(1).setCellValue(q.questionCode());
                row.createCell(2).setCellValue(q.optionCode());
                row.createCell(3).setCellValue(q.target());
                Optional<Question> question = questionnaire == null ? Optional.empty() : questionnaire.question(q.questionCode());
                row.createCell(4).setCellValue(question.map(Question::text).orElse(""));
                row.createCell(5).setCellValue(question.flatMap(x -> x.option(q.optionCode())).map(QuestionOption::text).orElse(""));
            }
            Sheet assignments = sheet(workbook, SurveyPlanWorkbookReader.ASSIGNMENT_SHEET, header,
                    List.of(PlanColumn.INTERVIEWER.templateName(), PlanColumn.DISTRICT.templateName(), PlanColumn.METHOD.templateName(),
                            PlanColumn.TARGET.templateName()),
                    new int[] {12, 14, 8, 8});
            r = 1;
            for (InterviewerQuota q : plan.assignments()) {
                Row row = assignments.createRow(r++);
                row.createCell(0).setCellValue(q.interviewer());
                row.createCell(1).setCellValue(q.district());
                row.createCell(2).setCellValue(SurveyPlanWorkbookReader.methodWord(q.method()));
                row.createCell(3).setCellValue(q.target());
            }
            Sheet populations = sheet(workbook, SurveyPlanWorkbookReader.POPULATION_SHEET, header,
                    List.of(PlanColumn.DISTRICT.templateName(), PlanColumn.QUESTION.templateName(), PlanColumn.OPTION.templateName(),
                            PlanColumn.SHARE.templateName(), QUESTION_TEXT, OPTION_TEXT),
                    new int[] {14, 8, 9, 9, 40, 20});
            r = 1;
            for (PopulationShare share : plan.populations()) {
                Row row = populations.createRow(r++);
                row.createCell(0).setCellValue(share.cityWide() ? SurveyPlanWorkbookReader.CITY : share.district());
                row.createCell(1).setCellValue(share.questionCode());
                row.createCell(2).setCellValue(share.optionCode());
                row.createCell(3).setCellValue(share.percent().doubleValue());
                Optional<Question> question = questionnaire == null ? Optional.empty() : questionnaire.question(share.questionCode());
                row.createCell(4).setCellValue(question.map(Question::text).orElse(""));
                row.createCell(5).setCellValue(question.flatMap(x -> x.option(share.optionCode())).map(QuestionOption::text).orElse(""));
            }
            workbook.write(out);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, CellStyle style, List<String> headers, int[] widths) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
