package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;

/**
 * 纸质问卷: a round's questionnaire printed for interviews on paper when a laptop fails. A header block for the
 * interview's particulars, then the screening questions, then the others, each option with a box to tick and its code
 * (the code is what is typed in later, {@code survey score FILE.csv}), 不读出 options and skip rules written out for the
 * interviewer. On A4, fitted to the page's width, the column headers repeated on each page and a line for the
 * 访问编号 at the top of every page, so that loose pages find their form again.
 */
public final class PaperQuestionnaireWriter {

    static final String SHEET = "问卷";
    static final String BOX = "☐";
    static final String NOT_READ_ALOUD = "【不读出】";
    static final String ENDS_INTERVIEW = "（终止访问）";
    private static final String[] HEADER = {"题号", "题目 / 选项", "代码"};
    private static final int[] WIDTHS = {7, 64, 7};
    private static final int PAGE_WIDTH = WIDTHS[0] + WIDTHS[1] + WIDTHS[2];
    private static final int LAST_COLUMN = HEADER.length - 1;

    public void write(String roundName, Questionnaire questionnaire, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 0;
            Row title = sheet.createRow(r);
            title.setHeightInPoints(26);
            cell(title, 0, questionnaire.name(), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
            r++;
            r = line(sheet, r, "访问编号：______________　　访问员：______________　　轮次：" + roundName, styles.info);
            String methods = List.of(InterviewMethod.values()).stream()
                    .map(m -> BOX + " " + SurveyPlanWorkbookReader.methodWord(m)).collect(Collectors.joining("　"));
            r = line(sheet, r, "区：______________　　访问方式：" + methods, styles.info);
            r = line(sheet, r, "开始时间：____月____日 ____时____分　　结束时间：____时____分", styles.info);
            r = line(sheet, r, "说明：在所选选项前的 " + BOX + " 内打 √；标" + NOT_READ_ALOUD + "的选项不向受访者读出，受访者主动说出时记录；"
                    + "标明条件的题目只在条件满足时询问；甄别题选到标" + ENDS_INTERVIEW + "的选项时结束访问。", styles.note);
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADER.length; c++) {
                cell(header, c, HEADER[c], styles.header);
            }
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            List<Integer> blocks = new ArrayList<>();
            Map<String, List<Question>> sections = new LinkedHashMap<>();
            sections.put("甄别部分", questionnaire.questions().stream().filter(Question::screening).toList());
            sections.put("正式问卷", questionnaire.questions().stream().filter(q -> !q.screening()).toList());
            for (Map.Entry<String, List<Question>> section : sections.entrySet()) {
                List<Question> part = section.getValue();
                if (part.isEmpty()) {
                    continue;
                }
                // A section's heading goes with its first question.
                blocks.add(r);
                r = section(sheet, r, section.getKey(), styles);
                for (int i = 0; i < part.size(); i++) {
                    if (i > 0) {
                        blocks.add(r);
                    }
                    r = question(sheet, r, part.get(i), questionnaire, styles);
                }
            }
            r++;
            r = line(sheet, r, "访问员签名：______________　　复核人：______________　　复核结果：" + BOX + " 有效　" + BOX + " 无效", styles.info);
            keepQuestionsWhole(sheet, blocks, r, headerRow);
            ReportFile.write(workbook, questionnaire.label() + "　访问编号：__________", ReportFile.NO_DATA_TIME, out);
        }
    }

    /** What the interviewer reads beside the question: whether several options may be ticked, when to ask it. */
    static String questionText(Question q, Questionnaire questionnaire) {
        List<String> hints = new ArrayList<>();
        if (q.kind() == QuestionKind.MULTIPLE && !q.text().contains("多选")) {
            hints.add("可多选");
        }
        if (q.askedWhen() != null) {
            hints.add(condition(q.askedWhen(), questionnaire));
        }
        return q.text() + hints.stream().map(h -> "（" + h + "）").collect(Collectors.joining());
    }

    /** {@code Q6 选"是"时回答}, or {@code Q6 选"是"或"不清楚"时回答}. */
    static String condition(AskedWhen rule, Questionnaire questionnaire) {
        String options = rule.optionCodes().stream()
                .map(code -> questionnaire.question(rule.questionCode()).flatMap(q -> q.option(code)).map(QuestionOption::text).orElse(code))
                .map(text -> "\u201C" + text + "\u201D").collect(Collectors.joining("或"));
        return rule.questionCode() + " 选" + options + "时回答";
    }

    /** An option as printed: its box, its text, and whether it is read out or ends the interview. */
    static String optionText(Question q, QuestionOption o) {
        return BOX + " " + o.text() + (o.notReadAloud() ? NOT_READ_ALOUD : "") + (q.screening() && o.invalidates() ? ENDS_INTERVIEW : "");
    }

    /**
     * A question whose options ran over the foot of a page would be answered from two sheets of paper: a question
     * that would cross the foot starts a new page instead. Pages are measured at full size, as the form prints (it is
     * narrower than the page); a question longer than a page runs on where it comes.
     */
    private static void keepQuestionsWhole(Sheet sheet, List<Integer> blocks, int end, int headerRow) {
        double header = height(sheet, headerRow, headerRow + 1);
        double used = height(sheet, 0, blocks.isEmpty() ? end : blocks.get(0));
        for (int b = 0; b < blocks.size(); b++) {
            int first = blocks.get(b);
            double block = height(sheet, first, b + 1 < blocks.size() ? blocks.get(b + 1) : end);
            if (used + block > PrintedPages.PAGE_POINTS && header + block <= PrintedPages.PAGE_POINTS) {
                sheet.setRowBreak(first - 1);
                used = header;
            }
            used += block;
        }
    }

    /** The printed height of rows {@code first} to {@code end}, that one not included. */
    private static double height(Sheet sheet, int first, int end) {
        double height = 0;
        for (int r = first; r < end; r++) {
            Row row = sheet.getRow(r);
            height += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return height;
    }

    private static int question(Sheet sheet, int r, Question q, Questionnaire questionnaire, Styles styles) {
        Row row = sheet.createRow(r++);
        String text = questionText(q, questionnaire);
        RowHeights.fit(row, new String[] {q.code(), text}, WIDTHS, 1);
        cell(row, 0, q.code(), styles.questionCode);
        cell(row, 1, text, styles.question);
        cell(row, 2, "", styles.question);
        if (q.options().isEmpty()) {
            Row answer = sheet.createRow(r++);
            boolean number = q.kind() == QuestionKind.NUMBER;
            answer.setHeightInPoints(RowHeights.LINE_POINTS * (number ? 1 : 3) + 4);
            cell(answer, 0, "", styles.lastOption);
            cell(answer, 1, number ? "答：______________" : "答：", number ? styles.lastOption : styles.writtenAnswer);
            cell(answer, 2, "", styles.lastCode);
            return r;
        }
        for (QuestionOption o : q.options()) {
            Row option = sheet.createRow(r++);
            String optionText = optionText(q, o);
            RowHeights.fit(option, new String[] {"", optionText}, WIDTHS, 1);
            boolean last = o == q.options().get(q.options().size() - 1);
            cell(option, 0, "", last ? styles.lastOption : styles.option);
            cell(option, 1, optionText, last ? styles.lastOption : styles.option);
            cell(option, 2, o.code(), last ? styles.lastCode : styles.code);
        }
        return r;
    }

    private static int section(Sheet sheet, int r, String name, Styles styles) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(RowHeights.LINE_POINTS + 6);
        for (int c = 0; c <= LAST_COLUMN; c++) {
            cell(row, c, c == 0 ? name : "", styles.section);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
        return r + 1;
    }

    private static int line(Sheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        RowHeights.fit(row, new String[] {text}, new int[] {PAGE_WIDTH}, 1);
        row.setHeightInPoints(row.getHeightInPoints() + 4);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
        return r + 1;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle info;
        final CellStyle note;
        final CellStyle header;
        final CellStyle section;
        final CellStyle questionCode;
        final CellStyle question;
        final CellStyle option;
        final CellStyle code;
        final CellStyle lastOption;
        final CellStyle lastCode;
        final CellStyle writtenAnswer;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 15);
            Font small = workbook.createFont();
            small.setFontHeightInPoints((short) 9);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            info = workbook.createCellStyle();
            info.setWrapText(true);
            info.setVerticalAlignment(VerticalAlignment.CENTER);
            note = workbook.createCellStyle();
            note.cloneStyleFrom(info);
            note.setFont(small);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = workbook.createCellStyle();
            section.setFont(bold);
            section.setVerticalAlignment(VerticalAlignment.BOTTOM);
            questionCode = bordered(workbook);
            questionCode.setFont(bold);
            questionCode.setAlignment(HorizontalAlignment.CENTER);
            questionCode.setVerticalAlignment(VerticalAlignment.TOP);
            question = bordered(workbook);
            question.setFont(bold);
            question.setWrapText(true);
            question.setVerticalAlignment(VerticalAlignment.TOP);
            option = workbook.createCellStyle();
            option.setBorderLeft(BorderStyle.THIN);
            option.setBorderRight(BorderStyle.THIN);
            option.setWrapText(true);
            option.setIndention((short) 1);
            option.setVerticalAlignment(VerticalAlignment.CENTER);
            code = workbook.createCellStyle();
            code.cloneStyleFrom(option);
            code.setIndention((short) 0);
            code.setAlignment(HorizontalAlignment.CENTER);
            lastOption = workbook.createCellStyle();
            lastOption.cloneStyleFrom(option);
            lastOption.setBorderBottom(BorderStyle.THIN);
            lastCode = workbook.createCellStyle();
            lastCode.cloneStyleFrom(code);
            lastCode.setBorderBottom(BorderStyle.THIN);
            writtenAnswer = workbook.createCellStyle();
            writtenAnswer.cloneStyleFrom(lastOption);
            writtenAnswer.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
