package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 材料审核结果: one printable sheet, one row per material standard of a round, with its lead unit (任务分解), its grade
 * and comment, the files filed for it and the automatic checks' warnings.
 */
public final class MaterialsReportWriter {

    /** One material standard; {@code grade} is empty while it is not reviewed. */
    public record Line(String code, String text, BigDecimal points, String leadUnit, String grade, String comment, int files,
                       String types, String units, String warnings) {
    }

    private static final String[] HEADER = {"序号", "测评标准", "内容", "分值", "牵头单位", "审核等级", "审核意见", "材料份数", "材料类型",
        "提交单位", "自动检查提示"};
    private static final int[] WIDTHS = {5, 10, 28, 6, 12, 8, 24, 7, 18, 14, 36};
    private static final int FIRST_LINE = 3;

    public void write(String title, String subtitle, Instant dataTime, List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            Sheet sheet = workbook.createSheet("材料审核");
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            ReportStyles.cell(titleRow, 0, styles.title).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row subtitleRow = sheet.createRow(1);
            ReportStyles.cell(subtitleRow, 0, wrapped).setCellValue(subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADER.length - 1));
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
                String[] texts = {"", line.code(), line.text(), "", line.leadUnit(), line.grade(), line.comment(), "", line.types(), line.units(),
                    line.warnings()};
                for (int c : new int[] {1, 2, 4, 5, 6, 8, 9, 10}) {
                    ReportStyles.cell(row, c, styles.body).setCellValue(texts[c]);
                }
                ReportStyles.cell(row, 3, styles.number).setCellValue(line.points().doubleValue());
                ReportStyles.cell(row, 7, styles.body).setCellValue(line.files());
                RowHeights.fit(row, texts, WIDTHS, 1);
                r++;
            }
            sheet.createFreezePane(0, FIRST_LINE);
            ReportFile.write(workbook, title, dataTime, out);
        }
    }
}
