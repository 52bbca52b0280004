package org.civicinspect.service.reports;

import org.civicinspect.TestWorkspaces;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.ReportScope;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin and the standards analysis of {@link HandWorkedCity}'s second round, every figure worked out on paper
 * (red and black lists of 2), read back cell by cell.
 */
class BulletinOfAHandWorkedRoundTest {

    @TempDir static Path temp;
    private static Services services;
    private static Path bulletin;
    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    @BeforeAll
    static void twoRounds() throws Exception {
        services = HandWorkedCity.build(temp.resolve("ws"), temp);
        bulletin = temp.resolve("通报.xlsx");
        services.exportBulletin().run(HandWorkedCity.SECOND, ReportScope.Counted.APPROVED, 2, bulletin);
    }

    private static List<String> row(Sheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? "" : SHOWN.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    /** The 0-based index of the first row whose first cell reads so. */
    private static int rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(SHOWN.formatCellValue(row.getCell(0)))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + first);
    }

    @Test
    void theCityFiguresAndTheirChangeAgainstTheFirstRound() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            // 14 findings: 东湖路 3, 新桥路 3, 西山路 2 (HJ-02 不适用), 东湖公园 3, 西山公园 3; 北湖公园 all 不适用
            assertEquals(List.of("测评结果", "14", "条（不含不适用）"), row(sheet, rowOf(sheet, "测评结果")).subList(0, 3));
            // 新桥路 HJ-01 and HJ-02, 东湖公园 ZX-01 (B), 西山公园 HJ-02
            assertEquals("4", row(sheet, rowOf(sheet, "发现问题")).get(1));
            // (8 + 2 + 6 + 7.98 + 7) / (8 + 8 + 6 + 9 + 9) = 30.98 / 40 = 77.45%
            assertEquals("77.45", row(sheet, rowOf(sheet, "实地考察得分率")).get(1));
            // fully met: 东湖路 3, 新桥路 1, 西山路 2, 东湖公园 2, 西山公园 2 = 10 of 14 = 71.43%
            assertEquals("71.43", row(sheet, rowOf(sheet, "达标率")).get(1));
            // first round: (5 + 8 + 6 + 6.99 + 8) / 42 = 33.99 / 42 = 80.93%; 77.45 − 80.93 = −3.48
            assertEquals("-3.48", row(sheet, rowOf(sheet, "得分率较上期")).get(1));
            // The older figure keeps its value under its honest name: the field score less the negative list (none here).
            assertEquals("77.45", row(sheet, rowOf(sheet, "实地考察得分")).get(1));
            // 综合得分: no material standard and no survey, so only 实地 77.45% × 40 = 30.98, marked incomplete; no 未成年人 category.
            assertEquals(List.of("综合得分", "30.98", "分（材料审核、实地考察、问卷调查按权重 40/40/20 相加减负面清单扣分：材料审核 0.00 + 实地考察 30.98"
                    + " + 问卷调查 0.00 − 0；不完整：材料审核、问卷调查 无得分，按 0 计；各部分算式见 score composite）"),
                    row(sheet, rowOf(sheet, "综合得分")).subList(0, 3));
        }
    }

    @Test
    void theScoreRateBySiteTypeAndByCategory() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            int types = rowOf(sheet, "（一）按点位类型") + 1;
            // 主次干道: (8 + 2 + 6) / (8 + 8 + 6) = 16 / 22 = 72.73%; fully met 3 + 1 + 2 = 6 of 8 = 75.00%;
            // first round (5 + 8 + 6) / 24 = 79.17%, so 72.73 − 79.17 = −6.44
            assertEquals(List.of("1", "主次干道", "3", "8", "72.73", "75.00", "2", "-6.44"), row(sheet, types + 1));
            // 公园: (7.98 + 7) / 18 = 83.22%; fully met 2 + 2 = 4 of 6 = 66.67%; first round (6.99 + 8) / 18 = 83.28%.
            // Its count of sites is left to the scope's rule for 北湖公园 (all 不适用): the figures do not depend on it.
            List<String> parks = row(sheet, types + 2);
            assertEquals(List.of("2", "公园"), parks.subList(0, 2));
            assertEquals(List.of("6", "83.22", "66.67", "2", "-0.06"), parks.subList(3, 8));
            int categories = rowOf(sheet, "（二）按测评项目") + 1;
            // 公共环境 (HJ-01, HJ-02, HJ-03): (8 + 2 + 6 + 6 + 4) / (8 + 8 + 6 + 6 + 6) = 26 / 34 = 76.47%;
            // fully met 3 + 1 + 2 + 2 + 1 = 9 of 12 = 75.00%; first round (5 + 8 + 6 + 6 + 5) / 36 = 83.33%
            assertEquals(List.of("1", "公共环境", "5", "12", "76.47", "75.00", "3", "-6.86"), row(sheet, categories + 1));
            // 公共秩序 (ZX-01): (1.98 + 3) / 6 = 83.00%, 1 of 2 = 50.00%; first round (0.99 + 3) / 6 = 66.50%
            assertEquals(List.of("2", "公共秩序", "2", "2", "83.00", "50.00", "1", "16.50"), row(sheet, categories + 2));
        }
    }

    @Test
    void theRedAndBlackListsOfDistrictsStreetsAndUnitsWithTheirChangeOfRank() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "三、区县、街道、责任单位红黑榜") + 1;
            // Two districts, three streets, three units: fewer than 2 × 2, so each list takes half of them, one.
            // 城西区 (6 + 7) / (6 + 9) = 86.67%, first round (6 + 8) / 17 = 82.35%: first both times.
            // 城东区 (8 + 2 + 7.98) / 25 = 71.92%, first round (5 + 8 + 6.99) / 25 = 79.96%: second both times.
            assertEquals(List.of("区县", "城西区", "86.67", "1", "4.32", "持平", "红榜"), row(sheet, header + 1));
            assertEquals(List.of("区县", "城东区", "71.92", "2", "-8.04", "持平", "黑榜"), row(sheet, header + 2));
            // 东湖街道 (8 + 7.98) / 17 = 94.00%, was third at (5 + 6.99) / 17 = 70.53%;
            // 新桥街道 2 / 8 = 25.00%, was first at 8 / 8; 西山街道 86.67% second both times
            assertEquals(List.of("街道", "城东区 东湖街道", "94.00", "1", "23.47", "↑2", "红榜"), row(sheet, header + 3));
            assertEquals(List.of("街道", "城东区 新桥街道", "25.00", "3", "-75.00", "↓2", "黑榜"), row(sheet, header + 4));
            // 交通局 6 / 6 = 100% (was 6 / 8 = 75%, third); 园林局 14.98 / 18 = 83.22% (was 83.28%, first);
            // 城管局 (8 + 2) / 16 = 62.50% (was 13 / 16 = 81.25%, second)
            assertEquals(List.of("责任单位", "交通局", "100.00", "1", "25.00", "↑2", "红榜"), row(sheet, header + 5));
            assertEquals(List.of("责任单位", "城管局", "62.50", "3", "-18.75", "↓1", "黑榜"), row(sheet, header + 6));
            assertEquals("四、点位红黑榜", row(sheet, header + 8).get(0));
        }
    }

    @Test
    void theSiteListsShareTiedRanksLeaveOutASiteWithoutARateAndCompareWithTheFirstRound() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "四、点位红黑榜") + 1;
            // Second round: 东湖路 8/8 and 西山路 6/6 both 100% share first place; 东湖公园 7.98/9 = 88.67% third;
            // 西山公园 7/9 = 77.78% fourth; 新桥路 2/8 = 25% fifth. 北湖公园 has no rate and no rank.
            // First round: 新桥路 100% 1st, 西山公园 8/9 = 88.89% 2nd, 东湖公园 6.99/9 = 77.67% 3rd, 西山路 6/8 = 75% 4th,
            // 东湖路 5/8 = 62.5% 5th. Five ranked, lists of 2: red ranks 1–2, black the last two from the bottom.
            assertEquals(List.of("红榜", "东湖路", "1", "100.00", "↑4", "主次干道", "城东区 东湖街道", "城管局"), row(sheet, header + 1));
            assertEquals(List.of("红榜", "西山路", "1", "100.00", "↑3", "主次干道", "城西区 西山街道", "交通局"), row(sheet, header + 2));
            assertEquals(List.of("黑榜", "西山公园", "4", "77.78", "↓2", "公园", "城西区 西山街道", "园林局"), row(sheet, header + 3));
            assertEquals(List.of("黑榜", "新桥路", "5", "25.00", "↓4", "主次干道", "城东区 新桥街道", "城管局"), row(sheet, header + 4));
            List<String> next = row(sheet, header + 5);
            assertFalse(!next.isEmpty() && List.of("红榜", "黑榜").contains(next.get(0)), "four sites listed, 北湖公园 never: " + next);
        }
    }

    @Test
    void theWeakestStandardsAreOnlyThoseBelowFullMarks() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "五、失分较多的测评标准") + 1;
            // HJ-02: (2 + 0 + 2 + 0) / 8 = 50.00%, 2 of 4 met; ZX-01: (1.98 + 3) / 6 = 83.00%, 1 of 2;
            // HJ-01: (4 + 0 + 4 + 4 + 4) / 20 = 80.00%, 4 of 5. HJ-03 met everywhere: not listed.
            assertEquals(List.of("HJ-02", "设施完好", "公共环境", "50.00", "50.00", "2", "4"), row(sheet, header + 1));
            assertEquals(List.of("ZX-01", "秩序良好", "公共秩序", "83.00", "50.00", "1", "2"), row(sheet, header + 2));
            assertEquals(List.of("HJ-01", "路面干净", "公共环境", "80.00", "80.00", "1", "5"), row(sheet, header + 3));
            assertEquals("六、整改情况", row(sheet, header + 5).get(0));
        }
    }

    @Test
    void theRectificationSectionJudgesWhatWasDueByTheRoundsEnd() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            int first = rowOf(sheet, "六、整改情况") + 1;
            // Due by 2026-10-23, the first round's four problems (due 2026-10-16): 东湖路 HJ-01 and 西山公园 HJ-01 passed their
            // recheck (已销号); 西山路 HJ-02 was answered 不适用, so not rechecked: still open; 东湖公园 ZX-01 failed its recheck (B).
            // 2 of 4 fixed = 50.00%; two open 7 days past their deadline: 黄, since 红 takes more than 7 days or 2 reopenings.
            assertEquals("截至 2026-10-23，到期问题 4 个，已整改销号 2 个，整改率 50.00%；逾期未整改 2 个，其中红牌 0 个。", row(sheet, first).get(0));
            // open: those two (黄), and the second round's three, due 2026-10-30, 7 days away (白)
            assertEquals("在办问题督办等级：白牌 3 个，黄牌 2 个，红牌 0 个。", row(sheet, first + 1).get(0));
            // worst first: 交通局 0 of 1, 园林局 1 of 2 = 50%, 城管局 1 of 1. Three units: lists of one each.
            assertEquals(List.of("整改黑榜", "交通局", "1", "0", "0.00", "1", "0", "0"), row(sheet, first + 4));
            assertEquals(List.of("", "园林局", "2", "1", "50.00", "1", "0", "1"), row(sheet, first + 5));
            assertEquals(List.of("整改红榜", "城管局", "1", "1", "100.00", "0", "0", "0"), row(sheet, first + 6));
            // the first round had nothing due, so nobody held the placard before
            assertEquals("流动黑牌：交通局。", row(sheet, first + 7).get(0));
            assertEquals("通报批评：交通局。", row(sheet, first + 8).get(0));
        }
    }

    @Test
    void theWorstProblemsOfTheRoundAreExposedWithTheirPhoto() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            Sheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "七、典型问题曝光") + 1;
            // the second round's problems and failed rechecks, worst first: 东湖公园 ZX-01 failed its recheck, 7 days past
            // 2026-10-16 on 2026-10-23 (黄), though it lost only 3 − 1.98 = 1.02; then the new ones, due 2026-10-30 (白), most
            // points lost first: 新桥路 HJ-01 4 − 0 = 4; 西山公园 HJ-02 and 新桥路 HJ-02 2 − 0 = 2 each (by unit: 园林局 before 城管局)
            assertEquals(List.of("无照片", "ZX-01 秩序良好：东湖公园ZX-01问题", "东湖公园", "城东区 东湖街道", "园林局", "2026-10-16", "黄", "复查未通过"),
                    row(sheet, header + 1));
            assertEquals(List.of("", "HJ-01 路面干净：新桥路HJ-01问题", "新桥路", "城东区 新桥街道", "城管局", "2026-10-30", "白", ""), row(sheet, header + 2));
            assertEquals(List.of("无照片", "HJ-02 设施完好：西山公园HJ-02问题", "西山公园", "城西区 西山街道", "园林局", "2026-10-30", "白", ""),
                    row(sheet, header + 3));
            assertEquals(List.of("无照片", "HJ-02 设施完好：新桥路HJ-02问题", "新桥路", "城东区 新桥街道", "城管局", "2026-10-30", "白", ""),
                    row(sheet, header + 4));
            assertEquals(1, ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getDrawingPatriarch().getShapes().size(), "新桥路's photo");
            assertEquals("八、负面清单", row(sheet, header + 6).get(0));
        }
    }

    @Test
    void theStandardsAnalysisGivesEachStandardsScoreRateBesideItsComplianceRate() throws Exception {
        Path out = temp.resolve("分析.xlsx");
        services.exportStandardAnalysis().run(HandWorkedCity.SECOND, ReportScope.Counted.APPROVED, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            int header = rowOf(sheet, "序号");
            assertEquals(List.of("序号", "编码", "测评项目", "测评标准", "测评点位数", "得分率(%)", "达标率(%)", "问题数"),
                    row(sheet, header).subList(0, 8));
            // weakest 达标率 first, then the lower 得分率: HJ-02 50/50, ZX-01 50/83, HJ-01 80/80, HJ-03 6/6 = 100/100
            assertEquals(List.of("1", "HJ-02", "公共环境", "设施完好", "4", "50.00", "50.00", "2"), row(sheet, header + 1).subList(0, 8));
            assertEquals(List.of("2", "ZX-01", "公共秩序", "秩序良好", "2", "83.00", "50.00", "1"), row(sheet, header + 2).subList(0, 8));
            assertEquals(List.of("3", "HJ-01", "公共环境", "路面干净", "5", "80.00", "80.00", "1"), row(sheet, header + 3).subList(0, 8));
            assertEquals(List.of("4", "HJ-03", "公共环境", "无乱张贴", "3", "100.00", "100.00", "0"), row(sheet, header + 4).subList(0, 8));
        }
    }

    @Test
    void theSameDataGivesTheSameBulletinWhateverTheClock() throws Exception {
        Path later = temp.resolve("later.xlsx");
        Clock clock = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
        new Services(TestWorkspaces.workspace(temp.resolve("ws")), clock).exportBulletin().run(HandWorkedCity.SECOND, ReportScope.Counted.APPROVED, 2, later);
        try (XSSFWorkbook first = new XSSFWorkbook(bulletin.toFile()); XSSFWorkbook second = new XSSFWorkbook(later.toFile())) {
            assertEquals(first.getNumberOfSheets(), second.getNumberOfSheets());
            for (int s = 0; s < first.getNumberOfSheets(); s++) {
                Sheet a = first.getSheetAt(s);
                Sheet b = second.getSheetAt(s);
                assertEquals(a.getLastRowNum(), b.getLastRowNum(), a.getSheetName());
                for (int r = 0; r <= a.getLastRowNum(); r++) {
                    assertEquals(row(a, r), row(b, r), a.getSheetName() + " row " + (r + 1));
                }
            }
        }
    }
}
