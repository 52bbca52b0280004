package org.civicinspect.excel;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 指标达标分析: per standard, sites checked, 得分率 beside 达标率, problems and the most frequent problem descriptions,
 * weakest first.
 */
public final class StandardAnalysisWriter {

    /** One standard's line; rates in percent with two places. */
    public record Line(String code, String category, String text, int sites, BigDecimal scoreRate, BigDecimal complianceRate, int problems,
                       String frequentProblems) {
    }

    private static final String[] HEADER = {"序号", "编码", "测评项目", "测评标准", "测评点位数", "得分率(%)", "达标率(%)", "问题数", "主要问题"};
    private static final int[] WIDTHS = {5, 10, 10, 38, 9, 9, 9, 7, 34};
    /** Title, scope, subtitle, then the column headings. */
    private static final int HEADER_ROW = 3;

    /** Below this 达标率 (percent) a standard's rate is filled rose and set bold. */
    static final int WEAK_BELOW = 80;

    public void write(String title, ReportScope scope, String subtitle, List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            addSheet(workbook, new ReportStyles(workbook), "指标达标分析", title, scope, subtitle, lines);
            ReportFile.write(workbook, scope, out);
        }
    }

    /** Adds the analysis as one sheet of a workbook being written (the bulletin shares it). */
    static void addSheet(Workbook workbook, ReportStyles styles, String name, String title, ReportScope scope, String subtitle, List<Line> lines) {
        Sheet sheet = workbook.createSheet(name);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
        ScopeText.headingRow(sheet, styles, 1, WIDTHS, scope);
        sheet.createRow(2).createCell(0).setCellValue(subtitle);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, HEADER.length - 1));
        Row headerRow = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADER.length; c++) {
            headerRow.createCell(c).setCellValue(HEADER[c]);
            headerRow.getCell(c).setCellStyle(styles.header);
        }
        int r = HEADER_ROW + 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r);
            RowHeights.fit(row, new String[] {"", line.code(), line.category(), line.text(), "", "", "", "", line.frequentProblems()}, WIDTHS, 1);
            Object[] values = {r - HEADER_ROW, line.code(), line.category(), line.text(), line.sites(), line.scoreRate(), line.complianceRate(), line.problems(),
                line.frequentProblems()};
            for (int c = 0; c < values.length; c++) {
                var cell = row.createCell(c);
                if (values[c] instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(styles.number);
                } else if (values[c] instanceof Integer n) {
                    cell.setCellValue(n);
                    cell.setCellStyle(styles.body);
                } else {
                    cell.setCellValue(CellText.fitted(String.valueOf(values[c])));
                    cell.setCellStyle(styles.body);
                }
            }
            r++;
        }
        if (r > HEADER_ROW + 1) {
            // Only the weak rate itself: the list runs weakest first, and whole rows filled made its first pages one block of colour.
            int rate = Arrays.asList(HEADER).indexOf("达标率(%)");
            String first = CellReference.convertNumToColString(rate) + (HEADER_ROW + 2);
            ReportStyles.highlightWhere(sheet, new CellRangeAddress(HEADER_ROW + 1, r - 1, rate, rate), first + "<" + WEAK_BELOW);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, HEADER.length - 1));
    }
}
