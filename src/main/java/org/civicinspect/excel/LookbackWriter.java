package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.ReportScope;

/**
 * 回头望: the standards furthest below full marks across materials, field and survey, one printable sheet ordered by
 * the 综合得分 points each loses, with what is missing and the units the task breakdown (任务分解) gives it.
 */
public final class LookbackWriter {

    /**
     * One standard below full marks. Rates are percentages; {@code questionRates} names the survey questions mapped to it;
     * {@code leadUnit} and {@code supportingUnits} are empty when the task breakdown does not name the standard.
     */
    public record Line(String part, String code, String text, BigDecimal points, BigDecimal earned, BigDecimal lost, BigDecimal compositeLost,
                       String figure, String questionRates, String missing, String leadUnit, String supportingUnits) {
    }

    private static final String[] HEADER = {"序号", "部分", "测评标准", "内容", "满分", "得分", "失分", "折合综合得分失分", "审核等级 / 达标率·得分率",
        "问卷题目得分率", "缺什么", "牵头单位", "配合单位"};
    private static final int[] WIDTHS = {5, 8, 10, 28, 7, 8, 8, 10, 22, 16, 34, 12, 14};
    /** Title, scope, subtitle, column headings, then the lines. */
    private static final int FIRST_LINE = 4;

    public void write(String title, ReportScope scope, String subtitle, List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            CellStyle number = styles.number;
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            Sheet sheet = workbook.createSheet("回头望");
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            ReportStyles.cell(titleRow, 0, styles.title).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            ScopeText.headingRow(sheet, styles, 1, WIDTHS, scope);
            Row subtitleRow = sheet.createRow(2);
            ReportStyles.cell(subtitleRow, 0, wrapped).setCellValue(subtitle);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, HEADER.length - 1));
            RowHeights.fit(subtitleRow, new String[] {subtitle}, new int[] {java.util.stream.IntStream.of(WIDTHS).sum()}, 1);
            Row headerRow = sheet.createRow(FIRST_LINE - 1);
            for (int c = 0; c < HEADER.length; c++) {
                ReportStyles.cell(headerRow, c, styles.header).setCellValue(HEADER[c]);
            }
            RowHeights.fit(headerRow, HEADER, WIDTHS, 1);
            int r = FIRST_LINE;
            for (Line line : lines) {
                Row row = sheet.createRow(r);
                ReportStyles.cell(row, 0, styles.body).setCellValue(r - FIRST_LINE + 1);
                String[] texts = {"", line.part(), line.code(), line.text(), "", "", "", "", line.figure(), line.questionRates(), line.missing(),
                    line.leadUnit(), line.supportingUnits()};
                for (int c : new int[] {1, 2, 3, 8, 9, 10, 11, 12}) {
                    ReportStyles.cell(row, c, styles.body).setCellValue(texts[c]);
                }
                ReportStyles.cell(row, 4, number).setCellValue(line.points().doubleValue());
                ReportStyles.cell(row, 5, number).setCellValue(line.earned().doubleValue());
                ReportStyles.cell(row, 6, number).setCellValue(line.lost().doubleValue());
                ReportStyles.cell(row, 7, number).setCellValue(line.compositeLost().doubleValue());
                RowHeights.fit(row, texts, WIDTHS, 1);
                r++;
            }
            sheet.createFreezePane(0, FIRST_LINE);
            ReportFile.write(workbook, scope, out);
        }
    }
}
