package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionOption;

/** Writes a questionnaire in our template, which {@link QuestionnaireWorkbookReader} reads back to the same questions. */
public final class QuestionnaireWorkbookWriter {

    static final List<QuestionColumn> QUESTION_COLUMNS = List.of(QuestionColumn.values());
    static final List<OptionColumn> OPTION_COLUMNS = List.of(OptionColumn.values());
    private static final int[] QUESTION_WIDTHS = {7, 48, 8, 8, 14, 10, 7, 18};
    private static final int[] OPTION_WIDTHS = {7, 9, 30, 9, 8, 7};

    public void write(String title, List<Question> questions, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = headerStyle(workbook);
            CellStyle body = workbook.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);

            Sheet sheet = workbook.createSheet(QuestionnaireWorkbookReader.QUESTION_SHEET);
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(titleStyle(workbook));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, QUESTION_COLUMNS.size() - 1));
            headerRow(sheet, 1, QUESTION_COLUMNS.stream().map(QuestionColumn::templateName).toList(), QUESTION_WIDTHS, header);
            int r = 2;
            for (Question q : questions) {
                Row row = sheet.createRow(r++);
                text(row, 0, q.code(), body);
                text(row, 1, q.text(), body);
                text(row, 2, QuestionnaireWorkbookReader.KIND_WORDS.get(q.kind()).get(0), body);
                text(row, 3, q.screening() ? "是" : "", body);
                text(row, 4, q.askedWhen() == null ? "" : q.askedWhen().questionCode() + "=" + String.join(",", q.askedWhen().optionCodes()), body);
                text(row, 5, q.index() == null ? "" : q.index(), body);
                if (q.index() != null || q.weight().compareTo(BigDecimal.ONE) != 0) {
                    row.createCell(6).setCellValue(q.weight().doubleValue());
                }
                text(row, 7, String.join("、", q.standardCodes()), body);
            }
            sheet.createFreezePane(0, 2);

            Sheet options = workbook.createSheet(QuestionnaireWorkbookReader.OPTION_SHEET);
            headerRow(options, 0, OPTION_COLUMNS.stream().map(OptionColumn::templateName).toList(), OPTION_WIDTHS, header);
            r = 1;
            for (Question q : questions) {
                for (QuestionOption o : q.options()) {
                    Row row = options.createRow(r++);
                    text(row, 0, q.code(), body);
                    text(row, 1, o.code(), body);
                    text(row, 2, o.text(), body);
                    text(row, 3, o.positive() ? "是" : "", body);
                    text(row, 4, o.notReadAloud() ? "是" : "", body);
                    text(row, 5, o.invalidates() ? "是" : "", body);
                }
            }
            options.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    private static void headerRow(Sheet sheet, int index, List<String> names, int[] widths, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle titleStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
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
