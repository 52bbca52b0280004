package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 材料审核结果: one printable sheet, one row per material standard of a round, with its lead unit (任务分解), its grade,
 * the points it earns, the comment, reviewer and date, the files filed for it and the automatic checks' warnings; then a
 * total row: the materials part of the 综合得分, to be checked against {@code score composite}.
 */
public final class MaterialsReportWriter {

    /**
     * One material standard; {@code earned} (its points × the grade's coefficient) and {@code reviewed} are null while
     * it is not reviewed.
     */
    public record Line(String code, String text, BigDecimal points, String leadUnit, String grade, BigDecimal earned, String comment,
                       String reviewer, LocalDate reviewed, int files, String types, String units, String warnings) {
    }

    /** Σ满分 and Σ得分 of the reviewed standards, and how the materials part of the 综合得分 follows from them. */
    public record Total(BigDecimal possible, BigDecimal earned, String explanation) {
    }

    private static final String[] HEADER = {"序号", "测评标准", "内容", "分值", "牵头单位", "审核等级", "得分", "审核意见", "审核人", "审核日期",
        "材料份数", "材料类型", "提交单位", "自动检查提示"};
    private static final int[] WIDTHS = {5, 10, 26, 6, 12, 9, 6, 22, 8, 11, 7, 16, 14, 29};
    private static final int FIRST_LINE = 3;
    private static final int POINTS = 3;
    private static final int EARNED = 6;

    public void write(String title, String subtitle, Instant dataTime, List<Line> lines, Total total, OutputStream out) throws IOException {
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
            RowHeights.fit(subtitleRow, new String[] {subtitle}, new int[] {IntStream.of(WIDTHS).sum()}, 1);
            Row headerRow = sheet.createRow(FIRST_LINE - 1);
            for (int c = 0; c < HEADER.length; c++) {
                ReportStyles.cell(headerRow, c, styles.header).setCellValue(HEADER[c]);
            }
            RowHeights.fit(headerRow, HEADER, WIDTHS, 1);
            int r = FIRST_LINE;
            for (Line line : lines) {
                Row row = sheet.createRow(r);
                ReportStyles.cell(row, 0, styles.body).setCellValue(r - FIRST_LINE + 1);
                String[] texts = {"", line.code(), line.text(), "", line.leadUnit(), line.grade(), "", line.comment(), line.reviewer(),
                    line.reviewed() == null ? "" : line.reviewed().toString(), "", line.types(), line.units(), line.warnings()};
                for (int c : new int[] {1, 2, 4, 5, 7, 8, 9, 11, 12, 13}) {
                    ReportStyles.cell(row, c, styles.body).setCellValue(texts[c]);
                }
                ReportStyles.cell(row, POINTS, styles.number).setCellValue(line.points().doubleValue());
                if (line.earned() == null) {
                    ReportStyles.cell(row, EARNED, styles.body);
                } else {
                    ReportStyles.cell(row, EARNED, styles.number).setCellValue(line.earned().doubleValue());
                }
                ReportStyles.cell(row, 10, styles.body).setCellValue(line.files());
                RowHeights.fit(row, texts, WIDTHS, 1);
                r++;
            }
            writeTotal(sheet, styles, r, total);
            sheet.createFreezePane(0, FIRST_LINE);
            ReportFile.write(workbook, title, dataTime, out);
        }
    }

    /** 合计 under 分值 and 得分 (reviewed standards only, as the composite counts them), the composite's working beside. */
    private static void writeTotal(Sheet sheet, ReportStyles styles, int r, Total total) {
        Row row = sheet.createRow(r);
        ReportStyles.cell(row, 0, styles.header).setCellValue("合计（已审核）");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
        for (int c = 1; c < HEADER.length; c++) {
            ReportStyles.cell(row, c, styles.body);
        }
        ReportStyles.cell(row, POINTS, styles.number).setCellValue(total.possible().doubleValue());
        ReportStyles.cell(row, EARNED, styles.number).setCellValue(total.earned().doubleValue());
        ReportStyles.cell(row, EARNED + 1, styles.body).setCellValue(total.explanation());
        sheet.addMergedRegion(new CellRangeAddress(r, r, EARNED + 1, HEADER.length - 1));
        int[] across = {IntStream.of(WIDTHS).skip(EARNED + 1).sum()};
        RowHeights.fit(row, new String[] {total.explanation()}, across, 1);
    }
}
