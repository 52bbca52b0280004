package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.ReportScope;

/**
 * 任务分解表 with progress: per standard its lead and supporting units, its due date and its field 达标率 in the round,
 * with how it was worked out, its survey score rate and its material review grade ("—" where the standard has none).
 */
public final class TaskProgressWriter {

    /**
     * One standard's line. {@code fieldRate} in percent with two places, null when the round scored the standard at no
     * site; {@code fieldWorking} then says why. {@code fieldSites} is null for a standard not judged at sites. {@code survey} and {@code materials} are shown as given.
     */
    public record Line(String code, String text, String lead, String supporting, LocalDate due, Integer fieldSites, BigDecimal fieldRate,
                       String fieldWorking, String survey, String materials, String notes) {
    }

    private static final String[] HEADER = {"序号", "测评标准编号", "测评标准", "牵头单位", "配合单位", "完成时限", "测评点位数",
        "实地达标率(%)", "实地达标率计算", "问卷调查得分率", "材料审核", "备注"};
    private static final int[] WIDTHS = {5, 11, 38, 16, 20, 11, 9, 9, 22, 9, 10, 16};
    /** Title, scope, subtitle, then the column headings. */
    private static final int HEADER_ROW = 3;
    private static final String NONE = "—";

    public void write(String title, ReportScope scope, String subtitle, List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            CellStyle date = workbook.createCellStyle();
            date.cloneStyleFrom(styles.body);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("任务分解表");
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            ReportStyles.cell(titleRow, 0, styles.title).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            ScopeText.headingRow(sheet, styles, 1, WIDTHS, scope);
            Row subtitleRow = sheet.createRow(2);
            ReportStyles.cell(subtitleRow, 0, styles.scope).setCellValue(subtitle);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, HEADER.length - 1));
            RowHeights.fit(subtitleRow, new String[] {subtitle}, new int[] {IntStream.of(WIDTHS).sum()}, 1);
            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADER.length; c++) {
                ReportStyles.cell(headerRow, c, styles.header).setCellValue(HEADER[c]);
            }
            RowHeights.fit(headerRow, HEADER, WIDTHS, 1);
            int r = HEADER_ROW + 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r);
                RowHeights.fit(row, new String[] {"", line.code(), line.text(), line.lead(), line.supporting(), "", "", "", line.fieldWorking(), "", "",
                    line.notes()}, WIDTHS, 1);
                ReportStyles.cell(row, 0, styles.body).setCellValue(r - HEADER_ROW);
                text(row, 1, styles.body, line.code());
                text(row, 2, styles.body, line.text());
                text(row, 3, styles.body, line.lead());
                text(row, 4, styles.body, line.supporting());
                Cell due = ReportStyles.cell(row, 5, date);
                if (line.due() != null) {
                    due.setCellValue(line.due());
                }
                if (line.fieldSites() == null) {
                    text(row, 6, styles.body, NONE);
                } else {
                    ReportStyles.cell(row, 6, styles.body).setCellValue(line.fieldSites());
                }
                if (line.fieldRate() == null) {
                    text(row, 7, styles.body, NONE);
                } else {
                    ReportStyles.cell(row, 7, styles.number).setCellValue(line.fieldRate().doubleValue());
                }
                text(row, 8, styles.body, line.fieldWorking());
                text(row, 9, styles.body, line.survey());
                text(row, 10, styles.body, line.materials());
                text(row, 11, styles.body, line.notes());
                r++;
            }
            if (r > HEADER_ROW + 1) {
                ReportStyles.highlightWhere(sheet, new CellRangeAddress(HEADER_ROW + 1, r - 1, 7, 7),
                        "AND(ISNUMBER(H" + (HEADER_ROW + 2) + "),H" + (HEADER_ROW + 2) + "<" + StandardAnalysisWriter.WEAK_BELOW + ")");
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, HEADER.length - 1));
            ReportFile.write(workbook, scope, out);
        }
    }

    private static void text(Row row, int column, CellStyle style, String value) {
        ReportStyles.cell(row, column, style).setCellValue(CellText.fitted(value));
    }
}
