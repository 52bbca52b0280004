package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Escalation;

/**
 * The printable 督办提醒清单: one row per unit with yellow or red problems, its people to reach and the message to send,
 * on A4 with the header repeated on every page.
 */
public final class EscalationNoticeWriter {

    /** One unit's line: its colour, counts, people (name and phone, one per line) and the message. */
    public record Line(String unit, Escalation escalation, int yellow, int red, long mostOverdueDays, String people, String message) {
    }

    private static final String[] HEADER = {"序号", "责任单位", "督办等级", "红牌", "黄牌", "最长逾期（天）", "联系人及电话", "提醒内容", "发送情况"};
    private static final int[] WIDTHS = {5, 16, 8, 6, 6, 8, 22, 60, 10};

    public void write(LocalDate asOf, List<Line> lines, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            EscalationStyles colours = new EscalationStyles(styles);
            XSSFSheet sheet = workbook.createSheet("督办提醒清单");
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row title = sheet.createRow(0);
            title.setHeightInPoints(24);
            ReportStyles.cell(title, 0, styles.title).setCellValue("督办提醒清单（截至 " + asOf + "，黄牌、红牌问题未销号的单位）");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                ReportStyles.cell(header, c, styles.header).setCellValue(HEADER[c]);
            }
            sheet.createFreezePane(0, 2);
            int r = 2;
            for (Line l : lines) {
                Row row = sheet.createRow(r);
                String[] texts = {"", l.unit(), EscalationStyles.name(l.escalation()), "", "", "",
                    l.people().isEmpty() ? "（单位名录中没有电话）" : l.people(), l.message(), ""};
                for (int c = 0; c < texts.length; c++) {
                    var cell = ReportStyles.cell(row, c, c == 2 ? colours.of(l.escalation()) : styles.body);
                    switch (c) {
                        case 0 -> cell.setCellValue(r - 1);
                        case 3 -> cell.setCellValue(l.red());
                        case 4 -> cell.setCellValue(l.yellow());
                        case 5 -> cell.setCellValue(l.mostOverdueDays());
                        default -> cell.setCellValue(CellText.fitted(texts[c]));
                    }
                }
                RowHeights.fit(row, texts, WIDTHS, 1);
                r++;
            }
            if (lines.isEmpty()) {
                sheet.createRow(r).createCell(0).setCellValue("截至 " + asOf + " 没有黄牌、红牌问题");
            }
            PrintedPages.setUp(workbook, "督办提醒清单　截至 " + asOf);
            workbook.write(out);
        }
    }
}
