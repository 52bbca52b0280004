package org.civicinspect.excel;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 通报: the workbook an office forwards after a round. Its first sheet is the summary as it is read out: the
 * round, the city's figures, the negative-list deductions and the resulting total, the red and black lists, the
 * weakest standards; then the full rankings, the standards analysis and the negative-list events.
 */
public final class BulletinWriter {

    /** A labelled figure of the summary: a number (stored as a number) with its unit, or a text. */
    public record Fact(String label, Object value, String unit) {
    }

    /** One negative-list event as it is listed. */
    public record Event(LocalDate date, String standardCode, String standardText, String description, BigDecimal deduction) {
    }

    /** Everything the bulletin shows; {@code honours} are the lines marked 红榜 or 黑榜 of every ranking. */
    public record Bulletin(String title, List<Fact> facts, List<RankingSheet> rankings, List<StandardAnalysisWriter.Line> standards,
                           int weakestShown, List<Event> events) {
        public Bulletin {
            facts = List.copyOf(facts);
            rankings = List.copyOf(rankings);
            standards = List.copyOf(standards);
            events = List.copyOf(events);
        }
    }

    static final String SUMMARY = "通报";
    private static final int COLUMNS = 6;
    private static final int[] WIDTHS = {14, 30, 12, 12, 14, 12};

    public void write(Bulletin bulletin, ReportScope scope, String subtitle, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            summary(workbook.createSheet(SUMMARY), styles, bulletin, scope);
            RankingWorkbookWriter.addSheets(workbook, styles, bulletin.title(), scope, subtitle, bulletin.rankings());
            StandardAnalysisWriter.addSheet(workbook, styles, "指标达标分析", bulletin.title() + " 指标达标分析", scope, subtitle, bulletin.standards());
            events(workbook.createSheet("负面清单"), styles, bulletin, scope);
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, ReportStyles styles, Bulletin bulletin, ReportScope scope) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = title(sheet, styles, bulletin.title() + " 测评情况通报", scope, WIDTHS);
        r = heading(sheet, styles, r + 1, "一、总体情况");
        for (Fact fact : bulletin.facts()) {
            Row row = sheet.createRow(r++);
            ReportStyles.cell(row, 0, styles.header).setCellValue(fact.label());
            Cell value = ReportStyles.cell(row, 1, styles.body);
            if (fact.value() instanceof BigDecimal d) {
                value.setCellValue(d.doubleValue());
                value.setCellStyle(styles.number);
            } else if (fact.value() instanceof Integer n) {
                value.setCellValue(n);
            } else {
                value.setCellValue(String.valueOf(fact.value()));
            }
            ReportStyles.cell(row, 2, styles.body).setCellValue(fact.unit());
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, COLUMNS - 1));
        }
        r = heading(sheet, styles, r + 1, "二、红黑榜");
        CellStyle red = styles.filled(IndexedColors.ROSE);
        CellStyle black = styles.filled(IndexedColors.GREY_40_PERCENT);
        CellStyle redNumber = styles.twoDecimals(red);
        CellStyle blackNumber = styles.twoDecimals(black);
        r = tableHeader(sheet, styles, r, "类别", "名称", "得分率(%)", "排名", "较上期(百分点)", "榜单");
        for (RankingSheet ranking : bulletin.rankings()) {
            for (RankingSheet.Line line : ranking.lines()) {
                if (line.mark().isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                boolean onRed = "红榜".equals(line.mark());
                CellStyle style = onRed ? red : black;
                CellStyle number = onRed ? redNumber : blackNumber;
                ReportStyles.cell(row, 0, style).setCellValue(ranking.groupHeading());
                ReportStyles.cell(row, 1, style).setCellValue(line.group());
                ReportStyles.cell(row, 2, number).setCellValue(line.scoreRate().doubleValue());
                ReportStyles.cell(row, 3, style).setCellValue(line.rank());
                Cell change = ReportStyles.cell(row, 4, number);
                if (line.change() != null) {
                    change.setCellValue(line.change().doubleValue());
                } else {
                    change.setCellValue("—");
                }
                ReportStyles.cell(row, 5, style).setCellValue(line.mark());
            }
        }
        r = heading(sheet, styles, r + 1, "三、达标率最低的测评标准");
        r = tableHeader(sheet, styles, r, "编码", "测评标准", "达标率(%)", "问题数", "测评点位数", "");
        for (StandardAnalysisWriter.Line line : bulletin.standards().subList(0, Math.min(bulletin.weakestShown(), bulletin.standards().size()))) {
            Row row = sheet.createRow(r++);
            ReportStyles.cell(row, 0, styles.body).setCellValue(line.code());
            ReportStyles.cell(row, 1, styles.body).setCellValue(line.text());
            ReportStyles.cell(row, 2, styles.number).setCellValue(line.complianceRate().doubleValue());
            ReportStyles.cell(row, 3, styles.body).setCellValue(line.problems());
            ReportStyles.cell(row, 4, styles.body).setCellValue(line.sites());
            ReportStyles.cell(row, 5, styles.body);
            RowHeights.fit(row, new String[] {line.code(), line.text()}, WIDTHS, 1);
        }
        r = heading(sheet, styles, r + 1, "四、负面清单");
        Row note = sheet.createRow(r);
        note.createCell(0).setCellValue(bulletin.events().isEmpty() ? "本期未发生负面清单事件。"
                : "本期发生负面清单事件 " + bulletin.events().size() + " 件，详见“负面清单”表。");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
        ReportStyles.printOnA4(sheet, false);
    }

    private static void events(Sheet sheet, ReportStyles styles, Bulletin bulletin, ReportScope scope) {
        int[] widths = {12, 12, 34, 36, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = title(sheet, styles, bulletin.title() + " 负面清单事件", scope, widths);
        r = tableHeader(sheet, styles, r + 1, "日期", "编码", "测评标准", "事件描述", "扣分");
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.cloneStyleFrom(styles.body);
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
        BigDecimal total = BigDecimal.ZERO;
        for (Event e : bulletin.events()) {
            Row row = sheet.createRow(r++);
            ReportStyles.cell(row, 0, date).setCellValue(e.date());
            ReportStyles.cell(row, 1, styles.body).setCellValue(e.standardCode());
            ReportStyles.cell(row, 2, styles.body).setCellValue(e.standardText());
            ReportStyles.cell(row, 3, styles.body).setCellValue(e.description());
            ReportStyles.cell(row, 4, styles.number).setCellValue(e.deduction().doubleValue());
            RowHeights.fit(row, new String[] {"", "", e.standardText(), e.description(), ""}, widths, 1);
            total = total.add(e.deduction());
        }
        Row sum = sheet.createRow(r);
        ReportStyles.cell(sum, 0, styles.header).setCellValue("合计");
        for (int c = 1; c < 4; c++) {
            ReportStyles.cell(sum, c, styles.header);
        }
        ReportStyles.cell(sum, 4, styles.number).setCellValue(total.doubleValue());
        ReportStyles.printOnA4(sheet, true);
    }

    /** The title and, under it, the scope; returns the next row. */
    private static int title(Sheet sheet, ReportStyles styles, String text, ReportScope scope, int[] widths) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(26);
        ReportStyles.cell(row, 0, styles.title).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
        return ScopeText.headingRow(sheet, styles, 1, widths, scope);
    }

    private static int heading(Sheet sheet, ReportStyles styles, int r, String text) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setFont(styles.bold);
        cell.setCellStyle(style);
        return r + 1;
    }

    private static int tableHeader(Sheet sheet, ReportStyles styles, int r, String... headings) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < headings.length; c++) {
            ReportStyles.cell(row, c, styles.header).setCellValue(headings[c]);
        }
        return r + 1;
    }

}
