package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second round of {@link HandWorkedCity}, worked out on paper, against the ranking workbook, the site sheets and the
 * 问题清单, cell by cell. Scores of the second round (first round in brackets, for the change):
 *
 * <pre>
 * 东湖路   4 + 2 + 2            = 8 / 8      (5 / 8)      达标 3 of 3
 * 新桥路   max(0, 4 − 6×1) + 0 + 2 = 2 / 8  (8 / 8)      达标 1 of 3, 2 problems
 * 西山路   4 + 不适用 + 2        = 6 / 6      (6 / 8)      达标 2 of 2
 * 东湖公园 4 + 2 + 3 × 0.66     = 7.98 / 9   (6.99 / 9)   达标 2 of 3, 1 problem
 * 西山公园 4 + 0 + 3            = 7 / 9      (8 / 9)      达标 2 of 3, 1 problem
 * 北湖公园 all 不适用: visited, no rate
 * </pre>
 */
class RankingSitesAndProblemsOfAHandWorkedRoundTest {

    @TempDir static Path temp;
    private static Services services;
    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    @BeforeAll
    static void twoRounds() throws Exception {
        services = HandWorkedCity.build(temp.resolve("ws"), temp);
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : SHOWN.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    /** The site sheet's line that gives its 得分率. */
    private static String totalOf(Sheet sheet) {
        for (Row r : sheet) {
            String line = String.join(" ", row(sheet, r.getRowNum()));
            if (line.contains("得分率") && !line.contains("统计范围")) {
                return line;
            }
        }
        throw new AssertionError("no 得分率 on " + sheet.getSheetName());
    }

    private static Sheet sheetOf(XSSFWorkbook workbook, String site) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().contains(site)) {
                return sheet;
            }
        }
        throw new AssertionError("no sheet for " + site);
    }

    private static int rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && SHOWN.formatCellValue(row.getCell(0)).startsWith(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + first);
    }

    @Test
    void theRankingWorkbookRanksDistrictsStreetsAndUnitsWithTheirChangeAgainstTheFirstRound() throws Exception {
        Path out = temp.resolve("排名.xlsx");
        services.exportRanking().run(HandWorkedCity.SECOND, ReportScope.Counted.APPROVED, 2, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet districts = workbook.getSheet("区县排名");
            assertEquals(List.of("排名", "区县", "得分率(%)", "达标率(%)", "问题数", "点位数", "较上期(百分点)", "名次变化", "红黑榜"), row(districts, 3));
            // 城西区 6 + 7 = 13 of 6 + 9 = 15: 86.67%; 达标 2 + 2 of 2 + 3 = 80.00%; 北湖公园 counts among its 3 sites.
            // First round 6 + 8 = 14 of 17 = 82.35%: 86.67 − 82.35 = 4.32. With two districts each list holds one.
            assertEquals(List.of("1", "城西区", "86.67", "80.00", "1", "3", "4.32", "持平", "红榜"), row(districts, 4));
            // 城东区 8 + 2 + 7.98 = 17.98 of 25: 71.92%; 达标 3 + 1 + 2 = 6 of 9: 66.67%; first round 19.99 of 25 = 79.96%.
            assertEquals(List.of("2", "城东区", "71.92", "66.67", "3", "3", "-8.04", "持平", "黑榜"), row(districts, 5));

            Sheet streets = workbook.getSheet("街道排名");
            // 东湖街道 8 + 7.98 = 15.98 of 17 = 94.00% (first round 11.99 of 17 = 70.53%, third then);
            // 西山街道 13 of 15 = 86.67% (82.35%, second); 新桥街道 2 of 8 = 25.00% (100.00%, first).
            assertEquals(List.of("1", "城东区 东湖街道", "94.00", "83.33", "1", "2", "23.47", "↑2", "红榜"), row(streets, 4));
            assertEquals(List.of("2", "城西区 西山街道", "86.67", "80.00", "1", "3", "4.32", "持平", ""), row(streets, 5));
            assertEquals(List.of("3", "城东区 新桥街道", "25.00", "33.33", "2", "1", "-75.00", "↓2", "黑榜"), row(streets, 6));

            Sheet units = workbook.getSheet("责任单位排名");
            // 交通局 6 of 6 (6 of 8 = 75.00% before, third); 园林局 14.98 of 18 = 83.22% (14.99 of 18 = 83.28%, first);
            // 城管局 10 of 16 = 62.50% (13 of 16 = 81.25%, second).
            assertEquals(List.of("1", "交通局", "100.00", "100.00", "0", "1", "25.00", "↑2", "红榜"), row(units, 4));
            assertEquals(List.of("2", "园林局", "83.22", "66.67", "2", "3", "-0.06", "↓1", ""), row(units, 5));
            assertEquals(List.of("3", "城管局", "62.50", "66.67", "2", "2", "-18.75", "↓1", "黑榜"), row(units, 6));
            assertEquals(6, units.getLastRowNum(), "three units, nothing after them");
        }
    }

    @Test
    void aSiteSheetTotalsItsFindingsAndASiteAnsweredEntirelyNotApplicableHasNoRate() throws Exception {
        Path out = temp.resolve("点位.xlsx");
        services.exportSiteReport().run(HandWorkedCity.SECOND, ReportScope.Counted.APPROVED, out, Progress.NONE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet xinqiao = sheetOf(workbook, "新桥路");
            String total = totalOf(xinqiao);
            // 0 + 0 + 2 = 2 of 4 + 2 + 2 = 8: 25.00%; 1 of 3 standards fully met: 33.33%.
            assertTrue(total.contains("2") && total.contains("8") && total.contains("25.00") && total.contains("33.33"), total);
            Sheet beihu = sheetOf(workbook, "北湖公园");
            String none = totalOf(beihu);
            assertTrue(none.contains("—") && !none.contains("0.00"), "no rate, never 0.00%: " + none);
        }
    }

    @Test
    void aSiteSheetShowsEachFindingWithItsPointsWorkedOutAndStatesTheScope() throws Exception {
        Path out = temp.resolve("点位-逐条.xlsx");
        services.exportSiteReport().run(HandWorkedCity.SECOND, ReportScope.Counted.APPROVED, out, Progress.NONE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            // 新桥路: 6 处 → max(0, 4 − 6 × 1) = 0; 不符合 → 0 of 2; 符合 → 2 of 2; total 2 of 8.
            assertEquals(List.of(List.of("1", "HJ-01 路面干净", "4.00", "不符合", "6", "0.00", "新桥路HJ-01问题"),
                    List.of("2", "HJ-02 设施完好", "2.00", "不符合", "", "0.00", "新桥路HJ-02问题"),
                    List.of("3", "HJ-03 无乱张贴", "2.00", "符合", "", "2.00", ""),
                    List.of("合计", "得分率 25.00%　达标率 33.33%", "8.00", "", "", "2.00", "")), findings(sheetOf(workbook, "新桥路")));
            // 东湖公园: 0 处 → 4 of 4; 符合 → 2 of 2; B → 3 × 0.66 = 1.98 of 3; total 7.98 of 9 = 88.67%, 2 of 3 fully met.
            assertEquals(List.of(List.of("1", "HJ-01 路面干净", "4.00", "符合", "0", "4.00", ""),
                    List.of("2", "HJ-02 设施完好", "2.00", "符合", "", "2.00", ""),
                    List.of("3", "ZX-01 秩序良好", "3.00", "B", "", "1.98", "东湖公园ZX-01问题"),
                    List.of("合计", "得分率 88.67%　达标率 66.67%", "9.00", "", "", "7.98", "")), findings(sheetOf(workbook, "东湖公园")));
            for (Sheet sheet : workbook) {
                assertTrue(row(sheet, 1).get(0).startsWith("统计范围：计入已审核通过点位 6 个（未计入：待审核 0 个、进行中 0 个、已退回 0 个、未开始 0 个）"),
                        sheet.getSheetName() + ": " + row(sheet, 1));
            }
        }
    }

    /** A site sheet's finding lines and its total: 序号, 测评标准, 分值, 结果, 处数, 得分, 问题描述, as shown (points to two decimals). */
    private static List<List<String>> findings(Sheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        for (int r = rowOf(sheet, "序号") + 1; r <= rowOf(sheet, "合计"); r++) {
            List<String> cells = new ArrayList<>(row(sheet, r));
            while (cells.size() < 7) {
                cells.add("");
            }
            lines.add(cells.subList(0, 7));
        }
        return lines;
    }

    @Test
    void theProblemListShowsTheRecordsWithTheirDeadlinesAndAFailedRecheck() throws Exception {
        Path out = temp.resolve("问题清单.xlsx");
        int written = services.exportProblemList().run(HandWorkedCity.SECOND, ReportScope.Counted.APPROVED, out, Progress.NONE);
        // Raised in the second round: 新桥路 HJ-01 (6 处) and HJ-02, 西山公园 HJ-02; and 东湖公园 ZX-01, raised in the first
        // round (C), whose recheck failed (B). 西山路 HJ-02 from the first round was answered 不适用: not rechecked, not listed.
        assertEquals(4, written);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> lines = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = row(sheet, r.getRowNum());
                if (cells.size() > 7 && cells.get(3).matches("新桥路|西山公园|东湖公园")) {
                    lines.add(cells.get(3) + " " + cells.get(5) + " " + cells.get(7));
                }
            }
            // The second round ends on 2026-10-23: due seven days later; the first round's problem stays due on 2026-10-16.
            assertEquals(List.of("东湖公园 ZX-01 秩序良好 2026-10-16", "新桥路 HJ-01 路面干净 2026-10-30", "新桥路 HJ-02 设施完好 2026-10-30",
                    "西山公园 HJ-02 设施完好 2026-10-30"), lines.stream().sorted().toList());
        }
    }
}
