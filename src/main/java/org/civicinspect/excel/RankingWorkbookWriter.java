package org.civicinspect.excel;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 排名通报: one printable sheet per grouping (districts, streets, responsible units), red and black list marked,
 * a fall against the previous round filled rose, the change of rank beside it.
 */
public final class RankingWorkbookWriter {

    private static final String[] HEADER = {"排名", "", "得分率(%)", "达标率(%)", "问题数", "点位数", "较上期(百分点)", "名次变化", "红黑榜"};
    private static final int[] WIDTHS = {6, 22, 11, 11, 8, 8, 12, 9, 9};
    /** Title, scope, subtitle, column headings, then the lines. */
    private static final int FIRST_LINE = 4;

    public void write(String title, ReportScope scope, String subtitle, List<RankingSheet> sheets, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            addSheets(workbook, new ReportStyles(workbook), title, scope, subtitle, sheets);
            ReportFile.write(workbook, scope, out);
        }
    }

    /** Adds one sheet per grouping to a workbook being written (the bulletin shares them). */
    static void addSheets(Workbook workbook, ReportStyles styles, String title, ReportScope scope, String subtitle, List<RankingSheet> sheets) {
        CellStyle red = styles.red;
        CellStyle black = styles.black;
        Map<CellStyle, CellStyle> numbers = new HashMap<>();
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        for (RankingSheet ranking : sheets) {
            Sheet sheet = workbook.createSheet(ranking.title());
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            titleRow.createCell(0).setCellValue(title + " " + ranking.title());
            titleRow.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            ScopeText.headingRow(sheet, styles, 1, WIDTHS, scope);
            Row subtitleRow = sheet.createRow(2);
            subtitleRow.setHeightInPoints(30);
            subtitleRow.createCell(0).setCellValue(subtitle);
            subtitleRow.getCell(0).setCellStyle(wrapped);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, HEADER.length - 1));
            Row headerRow = sheet.createRow(FIRST_LINE - 1);
            for (int c = 0; c < HEADER.length; c++) {
                headerRow.createCell(c).setCellValue(c == 1 ? ranking.groupHeading() : HEADER[c]);
                headerRow.getCell(c).setCellStyle(styles.header);
            }
            int r = FIRST_LINE;
            for (RankingSheet.Line line : ranking.lines()) {
                Row row = sheet.createRow(r++);
                CellStyle style = "红榜".equals(line.mark()) ? red : "黑榜".equals(line.mark()) ? black : styles.body;
                CellStyle number = numbers.computeIfAbsent(style, styles::twoDecimals);
                if (line.rank() == null) {
                    row.createCell(0).setCellValue("—");
                    row.createCell(2).setCellValue("—");
                    row.createCell(3).setCellValue("—");
                } else {
                    row.createCell(0).setCellValue(line.rank());
                    row.createCell(2).setCellValue(line.scoreRate().doubleValue());
                    row.createCell(3).setCellValue(line.complianceRate().doubleValue());
                }
                row.createCell(1).setCellValue(line.shownGroup());
                row.createCell(4).setCellValue(line.problems());
                row.createCell(5).setCellValue(line.sites());
                if (line.change() != null) {
                    row.createCell(6).setCellValue(line.change().doubleValue());
                } else {
                    row.createCell(6).setCellValue("—");
                }
                row.createCell(7).setCellValue(line.rankChange());
                row.createCell(8).setCellValue(line.mark());
                for (int c = 0; c < HEADER.length; c++) {
                    row.getCell(c).setCellStyle(c == 2 || c == 3 || c == 6 ? number : style);
                }
                RowHeights.fit(row, new String[] {"", line.shownGroup()}, WIDTHS, 1);
            }
            if (r > FIRST_LINE) {
                String change = "$G" + (FIRST_LINE + 1);
                ReportStyles.highlightWhere(sheet, new CellRangeAddress(FIRST_LINE, r - 1, 6, 6),
                        "AND(ISNUMBER(" + change + ")," + change + "<0)");
            }
            sheet.createFreezePane(0, FIRST_LINE);
        }
    }
}
