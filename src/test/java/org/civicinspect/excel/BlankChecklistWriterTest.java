package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 空白测评表: the draw record, then one printable page per assigned site with its type's standards and empty answer columns. */
class BlankChecklistWriterTest {

    private static final String ROUND = "2026年秋季测评";
    private static final String DATES = "2026-09-01 至 2026-09-03";

    @TempDir Path temp;

    static DrawRecord draw() {
        return new DrawRecord(ROUND, DATES, "XX市测评体系 v2", -42L, 2, "城东区公园 1 个；全市农贸市场 2 个", List.of(
                new DrawRecord.Line("第一组", "城东区", "东湖街道", "幸福公园", "公园", "必查点", 2),
                new DrawRecord.Line("第二组", "城西区", "", "东门农贸市场", "农贸市场", "抽签", 2)));
    }

    private static BlankChecklist page(String team, Site site) {
        IndicatorTree tree = Samples.tree();
        return new BlankChecklist(ROUND, DATES, team, team.equals("第一组") ? "张伟、李娜" : "", site,
                tree.filtered(s -> s.appliesTo(site.siteType())));
    }

    private Path write(List<BlankChecklist> pages, Progress progress) throws Exception {
        return Xlsx.write(temp, "空白测评表.xlsx", out -> new BlankChecklistWriter().write(draw(), pages, out, progress));
    }

    static List<BlankChecklist> twoPages() {
        return List.of(page("第一组", Samples.park()), page("第二组", Samples.market()));
    }

    @Test
    void theDrawRecordComesFirstThenOnePagePerSiteNumberedInOrder() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(twoPages(), Progress.NONE))) {
            assertEquals(List.of("抽签结果", "001 第一组 幸福公园", "002 第二组 东门农贸市场"), Xlsx.sheetNames(workbook));
        }
    }

    @Test
    void theDrawRecordShowsHowTheSitesWereDrawnAndWhatCameOut() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(twoPages(), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheet("抽签结果");
            assertEquals(ROUND + "  抽签结果", text(sheet, "A1"));
            assertEquals("测评时间：" + DATES + "　　测评体系：XX市测评体系 v2", text(sheet, "A2"));
            assertEquals("随机种子：-42　　避开最近期数：2　　必查点全部抽入", text(sheet, "A3"));
            assertEquals("配额：城东区公园 1 个；全市农贸市场 2 个", text(sheet, "A4"));
            assertEquals(List.of("A1:G1", "A2:G2", "A3:G3", "A4:G4"), Xlsx.merged(sheet));
            assertEquals(List.of("测评组", "区县", "街道", "点位名称", "点位类型", "来源", "标准数"), Xlsx.row(sheet, 5));
            assertEquals(List.of("第一组", "城东区", "东湖街道", "幸福公园", "公园", "必查点", "2"), Xlsx.row(sheet, 6));
            assertEquals(List.of("第二组", "城西区", "", "东门农贸市场", "农贸市场", "抽签", "2"), Xlsx.row(sheet, 7));
            assertEquals("1:5", Xlsx.repeatingRows(sheet));
            assertEquals("A4 portrait fit 1 wide × 0 tall", Xlsx.print(sheet));
        }
    }

    @Test
    void aPageNamesTheSiteAndTeamThenListsTheStandardsOfItsTypeWithEmptyAnswerColumns() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(twoPages(), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheet("001 第一组 幸福公园");
            assertEquals(ROUND + "  点位测评表", text(sheet, "A1"));
            assertEquals("点位：幸福公园　　类型：公园　　测评时间：" + DATES, text(sheet, "A2"));
            assertEquals("区县/街道/社区：城东区 / 东湖街道 / 幸福社区　　地址：幸福路1号", text(sheet, "A3"));
            assertEquals("责任单位：城东区城管局　　测评组：第一组（张伟、李娜）　　到达时间：________", text(sheet, "A4"));
            assertEquals(List.of("序号", "编码", "测评内容", "测评标准", "分值", "计分方式", "结果", "问题描述"), Xlsx.row(sheet, 5));
            assertEquals(List.of("1", "01-01-01", "环境卫生", "路面干净，无垃圾、无积水", "2", "符合/不符合", "", ""), Xlsx.row(sheet, 6));
            assertEquals(List.of("2", "01-01-02", "环境卫生", "绿化带整洁，无黄土裸露\n（发现1处为B，2处为C，3处及以上为C#）", "1.5", "A/B/C/C#", "", ""),
                    Xlsx.row(sheet, 7));
            assertTrue(text(sheet, "A9").startsWith("测评员签名："), "a blank row, then the signature line");
            assertEquals(List.of("A1:H1", "A2:H2", "A3:H3", "A4:H4", "A9:H9"), Xlsx.merged(sheet));
            assertTrue(sheet.getRow(5).getHeightInPoints() >= 2 * RowHeights.LINE_POINTS, "room for a handwritten answer");
        }
    }

    @Test
    void aSiteWithoutStreetCommunityOrTeamMembersLeavesThemOut() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(twoPages(), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheet("002 第二组 东门农贸市场");
            assertEquals("区县/街道/社区：城西区　　地址：", text(sheet, "A3"));
            assertEquals("责任单位：　　测评组：第二组　　到达时间：________", text(sheet, "A4"));
            assertEquals(List.of("01-01-01", "01-02-01"), List.of(text(sheet, "B6"), text(sheet, "B7")), "only a market's standards");
            assertEquals("按处扣分（每处0.5分）", text(sheet, "F7"));
        }
    }

    @Test
    void everyPagePrintsOnA4WithItsHeaderRepeatedAndCentred() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(twoPages(), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheet("001 第一组 幸福公园");
            // 5 + 9 + 10 + 40 + 5 + 16 + 8 + 22 = 115 characters: wider than portrait holds at a readable size.
            assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(sheet));
            assertEquals("1:5", Xlsx.repeatingRows(sheet));
            assertTrue(sheet.getHorizontallyCenter());
        }
    }

    @Test
    void sheetNamesAreLegalShortEnoughAndUnique() throws Exception {
        Site odd = new Site("s3", "人民公园/东区[一期]:南门*临时?点位名称很长很长很长很长", "公园", "城东区", "", "", "", "", "", null, null, false, true);
        List<BlankChecklist> pages = List.of(page("第一组", odd), page("第一组", odd), page("第一组", Samples.park()));
        try (XSSFWorkbook workbook = Xlsx.open(write(pages, Progress.NONE))) {
            List<String> names = Xlsx.sheetNames(workbook);
            assertEquals(4, names.size());
            assertEquals(4, names.stream().distinct().count());
            for (String name : names) {
                assertTrue(name.length() <= 31, name);
                assertTrue(name.chars().noneMatch(c -> "/\\[]:*?".indexOf(c) >= 0), name);
            }
            assertTrue(names.get(1).startsWith("001 第一组 人民公园"), names.get(1));
            assertTrue(names.get(2).startsWith("002 第一组 人民公园"), names.get(2));
        }
    }

    @Test
    void reportsProgressPageByPage() throws Exception {
        List<String> seen = new ArrayList<>();
        write(twoPages(), (done, total) -> seen.add(done + "/" + total));
        assertEquals(List.of("1/2", "2/2"), seen);
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new BlankChecklistWriter().write(draw(), twoPages(), out, Progress.NONE));
    }
}
