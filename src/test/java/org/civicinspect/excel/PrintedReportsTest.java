package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report as it prints: each sheet on A4, fitted to the page's width, its frozen title and header rows repeated on
 * every page, the round and scope at the top of each page and 第 x 页 共 y 页 at the foot; and the same data written
 * twice, the clock moved on, gives the same file byte for byte.
 */
class PrintedReportsTest {

    /**
     * Samples.SCOPE's page header: the round and the time of its data (2026-11-13 09:30 UTC, the 13th in any zone from
     * −09:30 to +14:29), then how many inspections are counted and how many are not yet.
     */
    private static final String PAGE_HEADER = "2026年第一轮模拟测评　数据截至 2026-11-13 ";
    private static final String PAGE_HEADER_COUNTS = "\n计入已审核通过 8 个；未计入待审核 2 个、进行中 1 个、已退回 0 个";

    @TempDir Path temp;

    private static final Map<String, Xlsx.Writing> REPORTS = Map.of(
            "通报", out -> new BulletinWriter().write(BulletinWriterTest.bulletin(BulletinWriterTest.events()), Samples.SCOPE, "2026-11-02 至 2026-11-13", out),
            "排名", out -> new RankingWorkbookWriter().write("排名通报", Samples.SCOPE, "2026-11-02 至 2026-11-13",
                    List.of(RankingWorkbookWriterTest.districts(), RankingWorkbookWriterTest.units()), out),
            "指标达标分析", out -> new StandardAnalysisWriter().write("指标达标分析", Samples.SCOPE, "2026-11-02 至 2026-11-13",
                    StandardAnalysisWriterTest.lines(), out),
            "点位测评表", out -> new SiteReportWriter().write("2026年第一轮模拟测评", Samples.SCOPE, "2026-11-02 至 2026-11-13",
                    List.of(SiteReportWriterTest.park(List.of())), out, Progress.NONE),
            "问题清单", out -> new ProblemListWriter().write("问题清单", Samples.SCOPE, ProblemListWriterTest.problems(50, List.of()), out,
                    Progress.NONE),
            "整改督办单", out -> new SupervisionWriter().write("2026年第一轮模拟测评", Samples.SCOPE, SupervisionWriterTest.AS_OF, SupervisionWriterTest.lines(), out));

    @Test
    void everySheetOfEveryReportPrintsOnA4WithItsHeaderRowsOnEachPageAndTheScopeAndPageNumbers() throws Exception {
        for (Map.Entry<String, Xlsx.Writing> report : REPORTS.entrySet()) {
            try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, report.getKey() + ".xlsx", report.getValue()))) {
                for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                    String where = report.getKey() + " / " + sheet.getSheetName();
                    assertTrue(Xlsx.print(sheet).startsWith("A4 "), where + ": " + Xlsx.print(sheet));
                    assertTrue(Xlsx.print(sheet).endsWith(" fit 1 wide × 0 tall"), where + ": " + Xlsx.print(sheet));
                    assertTrue(sheet.getHeader().getCenter().startsWith(PAGE_HEADER), where + ": " + sheet.getHeader().getCenter());
                    assertTrue(sheet.getHeader().getCenter().endsWith(PAGE_HEADER_COUNTS), where + ": " + sheet.getHeader().getCenter());
                    assertEquals("第 &P 页 共 &N 页", sheet.getFooter().getCenter(), where);
                    if (!sheet.getSheetName().equals(BulletinWriter.SUMMARY)) {
                        assertRepeatsItsFrozenRows(sheet, where);
                    }
                }
            }
        }
    }

    /** Every table freezes its title and header rows on screen; the same rows head every printed page. */
    private static void assertRepeatsItsFrozenRows(org.apache.poi.ss.usermodel.Sheet sheet, String where) {
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane, where + " freezes its header");
        assertTrue(pane.getHorizontalSplitPosition() >= 2, where + ": at least the title and the column headers");
        assertEquals("1:" + pane.getHorizontalSplitPosition(), Xlsx.repeatingRows(sheet), where);
    }

    @Test
    void thePageHeaderCountingUnreviewedInspectionsStillFitsAPortraitPageLineByLine() throws Exception {
        ReportScope scope = new ReportScope("2026年第12期双周督查（演示）", Samples.SCOPE.start(), Samples.SCOPE.end(), ReportScope.Counted.WITH_UNREVIEWED,
                Map.of(InspectionStatus.APPROVED, 34, InspectionStatus.COMPLETED, 30, InspectionStatus.IN_PROGRESS, 64,
                        InspectionStatus.RETURNED, 2, InspectionStatus.NOT_STARTED, 128), Samples.SCOPE.dataTime());
        try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, "排名.xlsx", out -> new RankingWorkbookWriter().write("排名通报", scope,
                "2026-11-02 至 2026-11-13", List.of(RankingWorkbookWriterTest.districts()), out)))) {
            String header = workbook.getSheetAt(0).getHeader().getCenter();
            String[] lines = header.split("\n");
            assertEquals(2, lines.length, header);
            assertTrue(lines[0].startsWith("2026年第12期双周督查（演示）　数据截至 2026-11-13 "), lines[0]);
            assertEquals("计入已审核通过 34 个、待审核 30 个（逐一标注）；未计入进行中 64 个、已退回 2 个", lines[1]);
            // Each line fits the 86 characters a portrait page holds, so none wraps or runs into the margins.
            for (String line : lines) {
                assertEquals(1, RowHeights.lines(line, 86), line);
            }
        }
    }

    @Test
    void aWideTablePrintsLandscapeAndANarrowOnePortrait() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, "问题清单.xlsx", REPORTS.get("问题清单")))) {
            // 6 + 9 + 12 + 18 + 10 + 36 + 28 + 11 + 16 = 146 characters: in portrait (about 86) it would print at 59%.
            assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(workbook.getSheetAt(0)));
        }
        try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, "排名.xlsx", REPORTS.get("排名")))) {
            // 6 + 22 + 11 + 11 + 8 + 8 + 12 + 9 + 9 = 96 characters: portrait, at 90% (86 / 96) as LibreOffice prints it.
            assertEquals("A4 portrait fit 1 wide × 0 tall", Xlsx.print(workbook.getSheetAt(0)));
        }
    }

    @Test
    void theBlankChecklistsAndTheDrawPrintTheRoundAndPageNumbersAndRepeatTheirHeaders() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, "空白测评表.xlsx",
                out -> new BlankChecklistWriter().write(BlankChecklistWriterTest.draw(), BlankChecklistWriterTest.twoPages(), out, Progress.NONE)))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                assertEquals("2026年秋季测评　测评时间 2026-09-01 至 2026-09-03", sheet.getHeader().getCenter(), sheet.getSheetName());
                assertEquals("第 &P 页 共 &N 页", sheet.getFooter().getCenter());
                assertRepeatsItsFrozenRows(sheet, sheet.getSheetName());
            }
            // The draw: title, three lines of how it was drawn, the column headers.
            var draw = workbook.getSheet(BlankChecklistWriter.DRAW_SHEET);
            assertEquals("1:5", Xlsx.repeatingRows(draw));
            // 10 + 10 + 14 + 30 + 12 + 8 + 8 = 92 characters: portrait at 93% (86 / 92), as long as no line of how it
            // was drawn runs on past the table (the quotas did, and the page shrank to about 40% to hold them).
            assertEquals("A4 portrait fit 1 wide × 0 tall", Xlsx.print(draw));
            for (String line : List.of("A2", "A3", "A4")) {
                assertTrue(Xlsx.cell(draw, line).getCellStyle().getWrapText(), line + " wraps within the table");
            }
        }
    }

    @Test
    void anOverdueLineIsTallEnoughToPrintItsWrappedStandardWhole() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, "整改督办单.xlsx", REPORTS.get("整改督办单")))) {
            // "01-01-01 路面干净，无垃圾、无积水": 9 narrow and 12 wide characters, 9 + 24 = 33 units in a column 30 wide
            // (29 a line): 2 lines of 14 points, and 4 to spare.
            assertEquals(32f, workbook.getSheet("逾期清单").getRow(3).getHeightInPoints());
        }
    }

    @Test
    void colourPrintsInBlackAndWhiteAsBoldTextOnAPaleFillNeverDarkNorRedText() throws Exception {
        for (Map.Entry<String, Xlsx.Writing> report : REPORTS.entrySet()) {
            try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, report.getKey() + ".xlsx", report.getValue()))) {
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    assertEveryFillPrintsPale(workbook.getSheetAt(i), report.getKey() + " / " + workbook.getSheetName(i));
                }
            }
        }
    }

    /** Grey as a black-and-white printer prints it, 0 black to 255 white: a fill darker than 180 swallows its text. */
    private static double grey(org.apache.poi.xssf.usermodel.XSSFColor colour) {
        byte[] rgb = colour.getRGB();
        return 0.299 * (rgb[0] & 0xff) + 0.587 * (rgb[1] & 0xff) + 0.114 * (rgb[2] & 0xff);
    }

    private static void assertEveryFillPrintsPale(XSSFSheet sheet, String where) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                var style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle();
                var font = style.getFont();
                String at = where + "!" + cell.getAddress();
                assertTrue(font.getXSSFColor() == null || grey(font.getXSSFColor()) < 100, at + ": text prints black");
                if (style.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
                    assertTrue(grey(style.getFillForegroundColorColor()) >= 180, at + ": fill " + style.getFillForegroundColorColor().getARGBHex());
                    assertTrue(font.getBold(), at + ": filled text is bold");
                }
            }
        }
        var formats = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            for (int r = 0; r < formats.getConditionalFormattingAt(i).getNumberOfRules(); r++) {
                var rule = formats.getConditionalFormattingAt(i).getRule(r);
                assertTrue(grey((org.apache.poi.xssf.usermodel.XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()) >= 180, where);
                assertTrue(rule.getFontFormatting() != null && rule.getFontFormatting().isBold(), where + ": highlighted text is bold");
            }
        }
    }

    @Test
    void theSameDataGivesTheSameFileByteForByteHoweverLaterItIsWritten() throws Exception {
        Map<String, Xlsx.Writing> reports = new java.util.HashMap<>(REPORTS);
        reports.put("空白测评表", out -> new BlankChecklistWriter().write(BlankChecklistWriterTest.draw(), BlankChecklistWriterTest.twoPages(), out,
                Progress.NONE));
        Xlsx.assertByteIdenticalWhenWrittenTwice(temp, reports);
    }

    @Test
    void aReportIsDatedByItsDataNotByTheClock() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(Xlsx.write(temp, "排名.xlsx", REPORTS.get("排名")))) {
            var core = workbook.getProperties().getCoreProperties();
            assertEquals(java.time.Instant.parse("2026-11-13T09:30:00Z"), core.getCreated().toInstant());
            assertEquals(java.time.Instant.parse("2026-11-13T09:30:00Z"), core.getModified().toInstant());
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(Xlsx.write(temp, "空白测评表.xlsx", out -> new BlankChecklistWriter()
                .write(BlankChecklistWriterTest.draw(), BlankChecklistWriterTest.twoPages(), out, Progress.NONE)).toFile())) {
            // A blank form has no data time: a fixed one, 2000-01-01 00:00 UTC, stands in for it.
            zip.stream().forEach(entry -> assertEquals(java.time.Instant.parse("2000-01-01T00:00:00Z").toEpochMilli(), entry.getTime(), entry.getName()));
        }
    }
}
