package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.number;
import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.excel.BulletinWriter.Bulletin;
import org.civicinspect.excel.BulletinWriter.Event;
import org.civicinspect.excel.BulletinWriter.ExposedProblem;
import org.civicinspect.excel.BulletinWriter.Fact;
import org.civicinspect.excel.BulletinWriter.Rectification;
import org.civicinspect.excel.BulletinWriter.UnitRectification;
import org.civicinspect.excel.BulletinWriter.ListedSite;
import org.civicinspect.excel.BulletinWriter.Share;
import org.civicinspect.model.Escalation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 通报: the summary as it is read out, then the rankings, the standards analysis and the negative-list events. */
class BulletinWriterTest {

    private static final String ROUND = "2026年秋季测评";
    private static final String SUBTITLE = "2026-09-01 至 2026-09-03";

    @TempDir Path temp;

    private static List<Fact> facts() {
        return List.of(new Fact("测评时间", "2026-09-01 至 2026-09-03", ""), new Fact("测评点位", 33, "个"),
                new Fact("实地考察得分率", new BigDecimal("86.42"), "%"), new Fact("负面清单扣分", new BigDecimal("1.5"), "分（2 件）"));
    }

    static List<Event> events() {
        return List.of(new Event(LocalDate.of(2026, 9, 2), "09-03-01", "未发生重大安全生产事故", "某工地脚手架坍塌", new BigDecimal("1")),
                new Event(LocalDate.of(2026, 9, 3), "09-03-01", "未发生重大安全生产事故", "某餐馆燃气泄漏", new BigDecimal("0.5")));
    }

    private static List<Share> siteTypes() {
        return List.of(new Share("主次干道", 4, 0, 10, new BigDecimal("87.50"), new BigDecimal("80.00"), 2, new BigDecimal("1.25")),
                new Share("公园", 1, 0, 0, null, null, 0, null));
    }

    private static List<Share> categories() {
        return List.of(new Share("公共环境", 5, 0, 8, new BigDecimal("90.00"), new BigDecimal("75.00"), 2, null));
    }

    private static List<ListedSite> sites() {
        return List.of(new ListedSite("红榜", 1, "东湖路", "主次干道", "城东区 东湖街道", "城东区城管局", new BigDecimal("100"), "↑2", false),
                new ListedSite("黑榜", 5, "西山公园", "公园", "城西区 西山镇", "园林局", new BigDecimal("40.50"), "新上榜", false));
    }

    private static Rectification rectification() {
        return new Rectification(LocalDate.of(2026, 9, 3), 5, 3, new BigDecimal("60.00"), 2, 1, 4, 2, 1, List.of(
                new UnitRectification("整改黑榜", "城西区城管局", 3, 1, new BigDecimal("33.33"), 2, 1, 1),
                new UnitRectification("", "园林局", 1, 1, new BigDecimal("100"), 0, 0, 0),
                new UnitRectification("整改红榜", "城东区城管局", 1, 1, new BigDecimal("100"), 0, 0, 0)), "城西区城管局", "园林局", List.of("城西区城管局"));
    }

    private static List<ExposedProblem> exposed(Path photo) {
        return List.of(new ExposedProblem(photo, "01-02-01 无占道经营、店外经营", "东门占道经营", "东湖路", "城东区 东湖街道", "城东区城管局",
                        LocalDate.of(2026, 9, 10), Escalation.RED, "复发、复查未通过"),
                new ExposedProblem(null, "01-01-02 绿化带整洁", "", "西山公园", "城西区 西山镇", "园林局", LocalDate.of(2026, 9, 10), Escalation.WHITE, ""));
    }

    static Bulletin bulletin(List<Event> events) {
        return bulletin(StandardAnalysisWriterTest.lines().subList(0, 2), events);
    }

    private static Bulletin bulletin(List<StandardAnalysisWriter.Line> weakest, List<Event> events) {
        return bulletin(weakest, rectification(), exposed(null), events);
    }

    private static Bulletin bulletin(List<StandardAnalysisWriter.Line> weakest, Rectification rectification, List<ExposedProblem> exposed,
                                     List<Event> events) {
        return new Bulletin(ROUND, facts(), siteTypes(), categories(), List.of(RankingWorkbookWriterTest.districts(), RankingWorkbookWriterTest.units()),
                sites(), List.of("北湖公园"), weakest, StandardAnalysisWriterTest.lines(), rectification, exposed, events);
    }

    private Path write(Bulletin bulletin) throws Exception {
        return Xlsx.write(temp, "通报.xlsx", out -> new BulletinWriter().write(bulletin, Samples.SCOPE, SUBTITLE, out));
    }

    /** The 1-based number of the first row whose first cell reads so. */
    private static int rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(Xlsx.shown(sheet, "A" + (row.getRowNum() + 1)))) {
                return row.getRowNum() + 1;
            }
        }
        throw new AssertionError("no row starts with " + firstCell);
    }

    /** A bulletin whose rectification section lists {@code n} units. */
    private Path withUnits(int n) throws Exception {
        List<UnitRectification> units = java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new UnitRectification("", "第" + i + "责任单位", 2, 1, new BigDecimal("50.00"), 1, 0, 0)).toList();
        Rectification rectification = new Rectification(LocalDate.of(2026, 9, 3), 2 * n, n, new BigDecimal("50.00"), n, 0, 0, n, 0, units,
                null, null, List.of());
        return write(bulletin(StandardAnalysisWriterTest.lines().subList(0, 2), rectification, exposed(null), events()));
    }

    @Test
    void aTableThatWouldRunOverTheFootOfAPageStartsOnTheNextOneWithItsHeading() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(withUnits(30))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            // The units' table, its heading and 31 rows, with the section's figures above it, would run over the foot of the page
            // the sections above begin: the page ends above the section (rows are numbered from 1, breaks from 0 after the
            // row) and none inside it.
            int heading = rowOf(sheet, "六、整改情况");
            int last = rowOf(sheet, "流动黑牌：本期无单位持有。") - 1;
            List<Integer> breaks = java.util.Arrays.stream(sheet.getRowBreaks()).boxed().toList();
            assertTrue(breaks.contains(heading - 2), breaks + ", heading at " + heading);
            assertTrue(breaks.stream().noneMatch(b -> b >= heading - 1 && b < last), breaks + ", table from " + heading + " to " + last);
        }
    }

    @Test
    void theUnitsTableLongerThanAPageGoesOnOverPagesEachHeadedByItsColumnHeaders() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(withUnits(80))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            List<Integer> breaks = java.util.Arrays.stream(sheet.getRowBreaks()).boxed().toList();
            List<Integer> headers = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > rowOf(sheet, "六、整改情况") && "榜单".equals(Xlsx.shown(sheet, "A" + (row.getRowNum() + 1)))) {
                    headers.add(row.getRowNum());
                }
            }
            // A page of 734 points holds, in lines of 18: the section's heading, its two lines of figures, the table's heading, the
            // column headers (32) and 34 units; then the column headers and 38 units; then the last 8.
            assertEquals(3, headers.size(), headers.toString());
            assertEquals(List.of(34, 38), List.of(headers.get(1) - headers.get(0) - 1, headers.get(2) - headers.get(1) - 1));
            int section = rowOf(sheet, "六、整改情况");
            assertTrue(breaks.containsAll(List.of(section - 2, headers.get(1) - 1, headers.get(2) - 1)), breaks + ": pages start at "
                    + section + " and at the headers repeated at " + headers);
            assertEquals(3, breaks.stream().filter(b -> b >= section - 2 && b < rowOf(sheet, "通报批评：无。") - 1).count(), breaks.toString());
        }
    }

    @Test
    void theSummaryComesFirstThenTheRankingsTheAnalysisAndTheEvents() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            assertEquals(List.of("通报", "区县排名", "责任单位排名", "指标达标分析", "负面清单"), Xlsx.sheetNames(workbook));
            assertEquals(ROUND + " 区县排名", text(workbook.getSheet("区县排名"), "A1"));
            assertEquals(ROUND + " 指标达标分析", text(workbook.getSheet("指标达标分析"), "A1"));
            for (String name : Xlsx.sheetNames(workbook)) {
                assertEquals(ScopeText.heading(Samples.SCOPE), text(workbook.getSheet(name), "A2"), name + " states the scope under its title");
            }
        }
    }

    @Test
    void the包联RankingIsASectionOfItsOwnAfterTheUnitsWithItsRedAndBlackLists() throws Exception {
        Rectification units = rectification();
        Rectification withPartners = new Rectification(units.asOf(), units.due(), units.fixed(), units.rate(), units.overdue(), units.red(),
                units.white(), units.yellow(), units.redOpen(), units.units(), units.placardHolder(), units.placardFrom(), units.criticised(),
                List.of(new UnitRectification("整改红榜", "市发改委", 3, 2, new BigDecimal("66.67"), 1, 0, 0),
                        new UnitRectification("整改黑榜", "市财政局", 2, 0, new BigDecimal("0.00"), 2, 0, 0)));
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(StandardAnalysisWriterTest.lines().subList(0, 2), withPartners, exposed(null), events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int section = rowOf(sheet, "七、包联单位整改红黑榜");
            assertTrue(section > rowOf(sheet, "六、整改情况"));
            assertEquals("八、典型问题曝光", Xlsx.shown(sheet, "A" + rowOf(sheet, "八、典型问题曝光")));
            int header = section + 2;
            assertTrue(Xlsx.shown(sheet, "A" + (section + 1)).startsWith("按包联点位上截至 2026-09-03 到期问题的整改率由高到低排列"));
            assertEquals(List.of("榜单", "包联单位", "到期问题", "已整改", "整改率(%)", "逾期", "红牌", "复查未通过"), Xlsx.row(sheet, header));
            assertEquals(List.of("整改红榜", "市发改委", "3", "2", "66.67", "1", "0", "0"), Xlsx.row(sheet, header + 1));
            assertEquals(List.of("整改黑榜", "市财政局", "2", "0", "0.00", "2", "0", "0"), Xlsx.row(sheet, header + 2));
        }
    }

    @Test
    void theSummaryReadsAsABulletinSectionBySection() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            List<String> sections = new java.util.ArrayList<>();
            for (Row row : sheet) {
                String first = Xlsx.shown(sheet, "A" + (row.getRowNum() + 1));
                if (first.matches("^[一二三四五六七八九十]、.*") || first.startsWith("（")) {
                    sections.add(first);
                }
            }
            assertEquals(List.of("一、总体情况", "二、分类得分情况", "（一）按点位类型", "（二）按测评项目", "三、区县、街道、责任单位红黑榜",
                    "四、点位红黑榜", "五、失分较多的测评标准", "六、整改情况", "七、典型问题曝光", "八、负面清单"), sections);
        }
    }

    @Test
    void theScoreRateBySiteTypeAndByCategoryHasADashWhereNothingWasScored() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int types = rowOf(sheet, "（一）按点位类型") + 1;
            assertEquals(List.of("序号", "点位类型", "测评点位数", "测评结果数", "得分率(%)", "达标率(%)", "问题数", "较上期\n(百分点)"), Xlsx.row(sheet, types));
            assertEquals(List.of("1", "主次干道", "4", "10", "87.50", "80.00", "2", "1.25"), Xlsx.row(sheet, types + 1));
            assertEquals(87.5, number(sheet, "E" + (types + 1)));
            assertEquals(List.of("2", "公园", "1", "0", "—", "—", "0", "—"), Xlsx.row(sheet, types + 2), "visited, all 不适用: no rate");
            int categories = rowOf(sheet, "（二）按测评项目") + 1;
            assertEquals("测评项目", text(sheet, "B" + categories));
            assertEquals(List.of("1", "公共环境", "5", "8", "90.00", "75.00", "2", "—"), Xlsx.row(sheet, categories + 1));
        }
    }

    @Test
    void theSiteListsNameEachSiteWhereItIsWhoAnswersForItAndItsChangeOfRank() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "四、点位红黑榜") + 1;
            assertEquals(List.of("榜单", "点位名称", "排名", "得分率(%)", "名次变化", "点位类型", "所在区县街道", "责任单位"), Xlsx.row(sheet, header));
            assertEquals(List.of("红榜", "东湖路", "1", "100.00", "↑2", "主次干道", "城东区 东湖街道", "城东区城管局"), Xlsx.row(sheet, header + 1));
            assertEquals(List.of("黑榜", "西山公园", "5", "40.50", "新上榜", "公园", "城西区 西山镇", "园林局"), Xlsx.row(sheet, header + 2));
            assertEquals(IndexedColors.GREY_25_PERCENT.getIndex(), Xlsx.cell(sheet, "B" + (header + 2)).getCellStyle().getFillForegroundColor());
            assertEquals("未参与排名（全部不适用，无得分率）：北湖公园", text(sheet, "A" + (header + 3)));
        }
    }

    @Test
    void theRectificationSectionGivesTheTotalsEachUnitThePlacardAndTheUnitsCriticised() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int first = rowOf(sheet, "六、整改情况") + 1;
            assertEquals("截至 2026-09-03，到期问题 5 个，已整改销号 3 个，整改率 60.00%；逾期未整改 2 个，其中红牌 1 个。", text(sheet, "A" + first));
            assertEquals("在办问题督办等级：白牌 4 个，黄牌 2 个，红牌 1 个。", text(sheet, "A" + (first + 1)));
            assertEquals("各责任单位整改情况（按整改率由低到高）", text(sheet, "A" + (first + 2)));
            assertEquals(List.of("榜单", "责任单位", "到期问题", "已整改", "整改率(%)", "逾期", "红牌", "复查未通过"), Xlsx.row(sheet, first + 3));
            assertEquals(List.of("整改黑榜", "城西区城管局", "3", "1", "33.33", "2", "1", "1"), Xlsx.row(sheet, first + 4));
            assertEquals(33.33, number(sheet, "E" + (first + 4)));
            assertEquals(List.of("", "园林局", "1", "1", "100.00", "0", "0", "0"), Xlsx.row(sheet, first + 5));
            assertEquals(List.of("整改红榜", "城东区城管局", "1", "1", "100.00", "0", "0", "0"), Xlsx.row(sheet, first + 6));
            assertEquals("流动黑牌：城西区城管局（由 园林局 移交）。", text(sheet, "A" + (first + 7)));
            assertEquals("通报批评：城西区城管局。", text(sheet, "A" + (first + 8)));
        }
    }

    @Test
    void withNothingDueTheSectionSaysSoAndNobodyHoldsThePlacard() throws Exception {
        Rectification none = new Rectification(LocalDate.of(2026, 9, 3), 0, 0, null, 0, 0, 3, 0, 0, List.of(), null, null, List.of());
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(List.of(), none, List.of(), events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int first = rowOf(sheet, "六、整改情况") + 1;
            assertEquals(List.of("截至 2026-09-03，没有到期的整改问题。", "在办问题督办等级：白牌 3 个，黄牌 0 个，红牌 0 个。", "流动黑牌：本期无单位持有。", "通报批评：无。"),
                    List.of(text(sheet, "A" + first), text(sheet, "A" + (first + 1)), text(sheet, "A" + (first + 2)), text(sheet, "A" + (first + 3))));
            assertEquals("本期尚无立案的整改问题。", text(sheet, "A" + (rowOf(sheet, "七、典型问题曝光") + 1)));
        }
    }

    @Test
    void theWorstProblemsAreExposedWithTheirPhotoSiteUnitStandardAndDeadline() throws Exception {
        Path photo = temp.resolve("p.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(List.of(), rectification(), exposed(photo), events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "七、典型问题曝光") + 1;
            assertEquals(List.of("照片", "问题", "点位", "所在区县街道", "责任单位", "整改期限", "督办等级", "备注"), Xlsx.row(sheet, header));
            assertEquals(List.of("", "01-02-01 无占道经营、店外经营：东门占道经营", "东湖路", "城东区 东湖街道", "城东区城管局", "2026-09-10", "红", "复发、复查未通过"),
                    Xlsx.row(sheet, header + 1));
            assertEquals(DateUtil.getExcelDate(LocalDate.of(2026, 9, 10)), number(sheet, "F" + (header + 1)), "a date, not a text");
            assertEquals(List.of("无照片", "01-01-02 绿化带整洁", "西山公园", "城西区 西山镇", "园林局", "2026-09-10", "白", ""), Xlsx.row(sheet, header + 2));
            var red = Xlsx.cell(sheet, "G" + (header + 1)).getCellStyle();
            assertEquals(List.of(true, IndexedColors.ROSE.getIndex()), List.of(workbook.getFontAt(red.getFontIndex()).getBold(),
                    red.getFillForegroundColor()), "红 bold on a pale fill, as the problem list and supervision sheets print it");
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL, Xlsx.cell(sheet, "G" + (header + 2)).getCellStyle().getFillPattern(),
                    "白 plain");
            var pictures = sheet.getDrawingPatriarch().getShapes();
            assertEquals(1, pictures.size());
            var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) pictures.get(0).getAnchor();
            assertEquals(List.of(header, 0), List.of(anchor.getRow1(), (int) anchor.getCol1()), "the photo sits in its problem's row");
        }
    }

    @Test
    void theFactsAreLabelledWithNumbersStoredAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            assertEquals(ROUND + " 测评情况通报", text(sheet, "A1"));
            int first = rowOf(sheet, "一、总体情况") + 1;
            assertEquals(List.of("测评时间", "2026-09-01 至 2026-09-03", ""), Xlsx.row(sheet, first));
            assertEquals(33, number(sheet, "B" + (first + 1)));
            assertEquals(86.42, number(sheet, "B" + (first + 2)));
            assertEquals("0.00", Xlsx.format(sheet, "B" + (first + 2)));
            assertEquals(List.of("负面清单扣分", "1.50", "分（2 件）"), Xlsx.row(sheet, first + 3));
            assertTrue(Xlsx.merged(sheet).contains("C" + first + ":H" + first), "the unit runs to the right edge");
        }
    }

    @Test
    void theRedAndBlackListsTakeOnlyTheMarkedLinesOfEveryRanking() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "三、区县、街道、责任单位红黑榜") + 1;
            assertEquals(List.of("类别", "名称", "得分率(%)", "排名", "较上期\n(百分点)", "名次变化", "榜单"), Xlsx.row(sheet, header));
            assertEquals(List.of("区县", "城东区", "92.50", "1", "1.25", "↑1", "红榜"), Xlsx.row(sheet, header + 1));
            assertEquals(List.of("区县", "城西区", "70.05", "3", "-4.10", "↓1", "黑榜"), Xlsx.row(sheet, header + 2));
            assertEquals(List.of("责任单位", "城东区城管局", "90.00", "1", "—", "—", "红榜"), Xlsx.row(sheet, header + 3));
            assertEquals(70.05, number(sheet, "C" + (header + 2)));
            assertEquals(3, number(sheet, "D" + (header + 2)));
            assertEquals(header + 5, rowOf(sheet, "四、点位红黑榜"), "one blank row after the lists");
        }
    }

    @Test
    void theWeakestStandardsAreThoseGivenWithTheirScoreRateBesideTheirComplianceRate() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            int header = rowOf(sheet, "五、失分较多的测评标准") + 1;
            assertEquals(List.of("编码", "测评标准", "测评项目", "得分率(%)", "达标率(%)", "问题数", "测评点位数"), Xlsx.row(sheet, header));
            assertEquals(List.of("01-02-01", "无占道经营、店外经营", "市容秩序", "50.25", "37.50", "5", "8"), Xlsx.row(sheet, header + 1));
            assertEquals("01-01-02", text(sheet, "A" + (header + 2)));
            assertEquals(header + 4, rowOf(sheet, "六、整改情况"), "the two lines given");
            assertEquals(3, workbook.getSheet("指标达标分析").getLastRowNum() - 3, "the analysis sheet keeps every standard");
        }
    }

    @Test
    void withEveryStandardAtFullMarksTheSummarySaysSo() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(List.of(), events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            assertEquals("本期测评的标准均得满分。", text(sheet, "A" + (rowOf(sheet, "五、失分较多的测评标准") + 1)));
        }
    }

    @Test
    void theSummaryCountsTheEventsAndTheEventsSheetListsThemWithTheirTotal() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet summary = workbook.getSheet("通报");
            assertEquals("本期发生负面清单事件 2 件，详见“负面清单”表。", text(summary, "A" + (rowOf(summary, "八、负面清单") + 1)));
            XSSFSheet sheet = workbook.getSheet("负面清单");
            assertEquals(ROUND + " 负面清单事件", text(sheet, "A1"));
            assertEquals(ScopeText.heading(Samples.SCOPE), text(sheet, "A2"));
            assertEquals(List.of("日期", "编码", "测评标准", "事件描述", "扣分"), Xlsx.row(sheet, 4));
            assertEquals(List.of("2026-09-02", "09-03-01", "未发生重大安全生产事故", "某工地脚手架坍塌", "1.00"), Xlsx.row(sheet, 5));
            assertEquals(DateUtil.getExcelDate(LocalDate.of(2026, 9, 3)), number(sheet, "A6"), "a date, not a text");
            assertEquals(List.of("合计", "", "", "", "1.50"), Xlsx.row(sheet, 7));
            assertEquals(1.5, number(sheet, "E7"));
            assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(sheet));
        }
    }

    @Test
    void aRoundWithoutEventsSaysSoAndTotalsZero() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(List.of())))) {
            XSSFSheet summary = workbook.getSheet("通报");
            assertEquals("本期未发生负面清单事件。", text(summary, "A" + (rowOf(summary, "八、负面清单") + 1)));
            assertEquals(0, number(workbook.getSheet("负面清单"), "E5"));
        }
    }

    @Test
    void theSummaryPrintsOnA4Portrait() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(bulletin(events())))) {
            XSSFSheet sheet = workbook.getSheet("通报");
            assertEquals("A4 portrait fit 1 wide × 0 tall", Xlsx.print(sheet));
            assertTrue(Xlsx.merged(sheet).contains("A1:H1"));
        }
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new BulletinWriter().write(bulletin(events()), Samples.SCOPE, SUBTITLE, out));
    }
}
