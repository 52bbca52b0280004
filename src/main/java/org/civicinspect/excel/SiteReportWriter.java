package org.civicinspect.excel;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicinspect.model.Progress;

/**
 * 点位测评表: one printable A4 sheet per inspected site: the round and the report's scope, the site and the visit, where
 * the inspection stands (whether the round's figures count it, whether it is finished), then each standard with its
 * result, the number of violations, points earned of its points, the problem and photo thumbnails, the totals and the
 * signature lines. Rows where a standard lost points are filled rose by conditional formatting. Written as a stream.
 */
public final class SiteReportWriter {

    /**
     * One inspected site: where, who, when, where its inspection stands ({@code standing}, e.g. 已审核通过，计入本轮统计),
     * its lines and its totals (rates in percent, two places; null when nothing was scored, every answer 不适用),
     * how many of its standards are still unanswered, and whether it is counted while awaiting review (marked 待审核).
     */
    public record SiteSheet(String site, String siteType, String district, String street, String address, String team,
                            String time, String standing, List<Line> lines, BigDecimal earned, BigDecimal possible, BigDecimal scoreRate,
                            BigDecimal complianceRate, int unanswered, boolean awaitingReview) {
        public SiteSheet {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One standard at the site: its result as printed (符合, 不符合, a grade, 不适用, 未答), the number of violations or
     * occurrences where one was counted, and {@code earned}, null where the standard was 不适用 or not answered.
     */
    public record Line(String code, String text, BigDecimal points, String result, Integer count, BigDecimal earned, String problem,
                       List<Path> photos) {
        public Line {
            photos = List.copyOf(photos);
        }
    }

    private static final String[] HEADER = {"序号", "测评标准", "分值", "结果", "处数", "得分", "问题描述", "照片"};
    private static final int[] WIDTHS = {9, 36, 7, 7, 6, 7, 24, 16};
    private static final int POINTS = 2;
    private static final int RESULT = 3;
    private static final int COUNT = 4;
    private static final int EARNED = 5;
    private static final int PROBLEM = 6;
    private static final int PHOTO = 7;

    public void write(String roundName, ReportScope scope, String period, List<SiteSheet> sites, OutputStream out, Progress progress) throws IOException {
        // Thousands of small sheets: their rows are held uncompressed, mostly in memory (HeldRows), never gzipped per sheet.
        StreamedWorkbook.write(out, false, scope, workbook -> {
            ReportStyles styles = new ReportStyles(workbook);
            Thumbnails thumbnails = new Thumbnails(workbook);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < sites.size(); i++) {
                SiteSheet site = sites.get(i);
                SXSSFSheet sheet = workbook.createSheet(sheetName(i + 1, site.site(), names));
                fill(workbook, sheet, styles, thumbnails, roundName, scope, period, site);
                // A finished sheet's rows are written out now, not when the whole workbook is: thousands of sheets'
                // rows held as cells until then crowd a small heap. The last row stays, as SXSSF reads the sheet's
                // extent (the file's dimension) from the rows it still holds.
                sheet.flushRows(1);
                if ((i + 1) % 20 == 0) {
                    progress.update(i + 1, sites.size());
                    progress.checkCancelled();
                }
            }
            if (sites.isEmpty()) {
                SXSSFSheet sheet = workbook.createSheet("点位测评表");
                sheet.createRow(0).createCell(0).setCellValue(roundName + "：还没有测评过的点位");
                ScopeText.headingRow(sheet, styles, 1, WIDTHS, scope);
            }
        });
    }

    private static void fill(SXSSFWorkbook workbook, SXSSFSheet sheet, ReportStyles styles, Thumbnails thumbnails, String roundName,
                             ReportScope scope, String period, SiteSheet site) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        title.createCell(0).setCellValue("点位测评表");
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
        int r = ScopeText.headingRow(sheet, styles, 1, WIDTHS, scope);
        r = pair(sheet, styles, r, "测评轮次", roundName + "（" + period + "）", "测评时间", site.time());
        r = pair(sheet, styles, r, "点位名称", site.site() + (site.awaitingReview() ? "（待审核）" : ""), "点位类型", site.siteType());
        r = pair(sheet, styles, r, "区县 / 街道", site.district() + " " + site.street(), "地址", site.address());
        r = pair(sheet, styles, r, "测评组", site.team(), "", "");
        r = pair(sheet, styles, r, "点位状态", site.standing(), "完成情况", site.unanswered() == 0 ? "已全部作答"
                : "未完成（尚有 " + site.unanswered() + " 条未答）");
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < HEADER.length; c++) {
            header.createCell(c).setCellValue(HEADER[c]);
            header.getCell(c).setCellStyle(styles.header);
        }
        // A drawing is a part of its own in the file: only sheets with photos get one.
        SXSSFDrawing drawing = site.lines().stream().anyMatch(l -> !l.photos().isEmpty()) ? sheet.createDrawingPatriarch() : null;
        int number = 0;
        for (Line line : site.lines()) {
            Row row = sheet.createRow(r);
            String standard = line.code() + " " + line.text();
            ReportStyles.cell(row, 0, styles.body).setCellValue(++number);
            ReportStyles.cell(row, 1, styles.body).setCellValue(standard);
            ReportStyles.cell(row, POINTS, styles.number).setCellValue(line.points().doubleValue());
            ReportStyles.cell(row, RESULT, styles.body).setCellValue(line.result());
            Cell count = ReportStyles.cell(row, COUNT, styles.body);
            if (line.count() != null) {
                count.setCellValue(line.count());
            }
            Cell earned = ReportStyles.cell(row, EARNED, styles.number);
            if (line.earned() != null) {
                earned.setCellValue(line.earned().doubleValue());
            }
            ReportStyles.cell(row, PROBLEM, styles.body).setCellValue(CellText.fitted(line.problem()));
            ReportStyles.cell(row, PHOTO, styles.body);
            RowHeights.fit(row, new String[] {"", standard, "", line.result(), "", "", line.problem(), ""}, WIDTHS, 1);
            int placed = 0;
            for (Path photo : line.photos()) {
                if (placed < 1 && drawing != null && thumbnails.place(drawing, photo, r, PHOTO)) {
                    placed++;
                    row.setHeightInPoints(Math.max(row.getHeightInPoints(), ReportStyles.PHOTO_ROW_POINTS));
                }
            }
            if (line.photos().size() > 1) {
                row.getCell(PROBLEM).setCellValue(CellText.fitted(line.problem() + "（另有 " + (line.photos().size() - 1) + " 张照片）"));
            }
            r++;
        }
        if (r > headerRow + 1) {
            String first = "$F" + (headerRow + 2);
            ReportStyles.highlightWhere(sheet, new CellRangeAddress(headerRow + 1, r - 1, 0, HEADER.length - 1),
                    "AND(ISNUMBER(" + first + ")," + first + "<$C" + (headerRow + 2) + ")");
        }
        Row total = sheet.createRow(r++);
        ReportStyles.cell(total, 0, styles.header).setCellValue("合计");
        ReportStyles.cell(total, 1, styles.header).setCellValue(totals(site));
        ReportStyles.cell(total, RESULT, styles.header);
        ReportStyles.cell(total, COUNT, styles.header);
        if (site.scoreRate() == null) {
            // Nothing scored: no points to total, and a 0.00 beside "得分率 —" would read as a score of nothing.
            ReportStyles.cell(total, POINTS, styles.header).setCellValue("—");
            ReportStyles.cell(total, EARNED, styles.header).setCellValue("—");
        } else {
            ReportStyles.cell(total, POINTS, styles.number).setCellValue(site.possible().doubleValue());
            ReportStyles.cell(total, EARNED, styles.number).setCellValue(site.earned().doubleValue());
        }
        ReportStyles.cell(total, PROBLEM, styles.header);
        ReportStyles.cell(total, PHOTO, styles.header);
        RowHeights.fit(total, new String[] {"", totals(site)}, WIDTHS, 1);
        r++;
        Row signatures = sheet.createRow(r);
        signatures.setHeightInPoints(30);
        signatures.createCell(0).setCellValue("测评员签字：＿＿＿＿＿＿　　复核人签字：＿＿＿＿＿＿　　点位负责人签字：＿＿＿＿＿＿　　日期：＿＿＿＿");
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADER.length - 1));
        sheet.createFreezePane(0, headerRow + 1);
    }

    /**
     * The site's rates as final only when every standard is answered: an unfinished sheet says so and its rates are
     * 暂计; a site answered entirely 不适用 has no rate ("—"); one counted while awaiting review is marked 待审核.
     */
    static String totals(SiteSheet site) {
        String rates = site.scoreRate() == null ? "得分率 —　达标率 —（全部不适用，无计分项）"
                : "得分率 " + site.scoreRate().toPlainString() + "%　达标率 " + site.complianceRate().toPlainString() + "%";
        if (site.unanswered() > 0) {
            return "未完成（尚有 " + site.unanswered() + " 条未答）　暂计" + rates.replace("　达标率", "　暂计达标率");
        }
        return site.awaitingReview() ? rates + "（待审核）" : rates;
    }

    /** A row of two labelled values: label, value (merged), label, value (merged). */
    private static int pair(SXSSFSheet sheet, ReportStyles styles, int r, String label, String value, String label2, String value2) {
        Row row = sheet.createRow(r);
        ReportStyles.cell(row, 0, styles.header).setCellValue(label);
        ReportStyles.cell(row, 1, styles.body).setCellValue(value);
        ReportStyles.cell(row, 2, styles.header).setCellValue(label2);
        ReportStyles.cell(row, 3, styles.body).setCellValue(value2);
        for (int c = 4; c < HEADER.length; c++) {
            ReportStyles.cell(row, c, styles.body);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 3, HEADER.length - 1));
        RowHeights.fit(row, new String[] {label, value, label2, value2}, new int[] {WIDTHS[0], WIDTHS[1], WIDTHS[2],
                IntStream.of(WIDTHS).skip(3).sum()}, 1);
        return r + 1;
    }


    /** A unique, legal sheet name from the site's number and name (Excel allows 31 characters). */
    static String sheetName(int number, String site, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(String.format("%04d %s", number, site), '_');
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            name = base.substring(0, Math.min(base.length(), 27)) + "~" + n;
        }
        return name;
    }
}
