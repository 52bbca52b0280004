package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.number;
import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.excel.SiteReportWriter.Line;
import org.civicinspect.excel.SiteReportWriter.SiteSheet;
import org.civicinspect.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 点位测评表: one printable sheet per inspected site with the report's scope, where the inspection stands, its results,
 * counts, points, problems, a photo thumbnail and totals.
 */
class SiteReportWriterTest {

    private static final String ROUND = "2026年秋季测评";
    private static final String PERIOD = "2026-09-01 至 2026-09-03";

    @TempDir Path temp;

    private static final String APPROVED = "已审核通过；计入本轮统计";

    /** 0 + 1.5 × 0.66 = 0.99 earned of 2 + 1.5 = 3.5 points: 0.99 / 3.5 = 28.29%; 0 of 2 scored standards fully met. */
    static SiteSheet park(List<Path> photos) {
        return new SiteSheet("幸福公园", "公园", "城东区", "东湖街道", "幸福路1号", "第一组（张伟、李娜）", "2026-09-01 09:30–10:05", APPROVED, List.of(
                new Line("01-01-01", "路面干净，无垃圾、无积水", new BigDecimal("2"), "不符合", null, BigDecimal.ZERO, "东门垃圾桶满溢", photos),
                new Line("01-01-02", "绿化带整洁，无黄土裸露", new BigDecimal("1.5"), "B", 1, new BigDecimal("0.99"), "", List.of()),
                new Line("01-03-01", "公厕干净无异味", new BigDecimal("1"), "不适用", null, null, "", List.of())),
                new BigDecimal("0.99"), new BigDecimal("3.5"), new BigDecimal("28.29"), new BigDecimal("0.00"), 0, false);
    }

    private static SiteSheet named(String name) {
        return new SiteSheet(name, "公园", "城东区", "", "", "第一组", "", APPROVED, List.of(
                new Line("01-01-01", "路面干净", new BigDecimal("2"), "符合", null, new BigDecimal("2"), "", List.of())),
                new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("100.00"), new BigDecimal("100.00"), 0, false);
    }

    private Path write(List<SiteSheet> sites, Progress progress) throws Exception {
        return Xlsx.write(temp, "点位测评表.xlsx", out -> new SiteReportWriter().write(ROUND, Samples.SCOPE, PERIOD, sites, out, progress));
    }

    private Path picture(String name) throws Exception {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void writesOneNumberedSheetPerSite() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of()), named("东门农贸市场")), Progress.NONE))) {
            assertEquals(List.of("0001 幸福公园", "0002 东门农贸市场"), Xlsx.sheetNames(workbook));
        }
    }

    @Test
    void noInspectedSiteGivesOneSheetThatSaysSo() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(), Progress.NONE))) {
            assertEquals(List.of("点位测评表"), Xlsx.sheetNames(workbook));
            assertEquals(ROUND + "：还没有测评过的点位", text(workbook.getSheetAt(0), "A1"));
            assertEquals(ScopeText.heading(Samples.SCOPE), text(workbook.getSheetAt(0), "A2"));
        }
    }

    @Test
    void aSheetNamesTheRoundItsScopeTheSiteTheVisitAndWhereItStandsAboveTheHeader() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of())), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("点位测评表", text(sheet, "A1"));
            assertEquals(ScopeText.heading(Samples.SCOPE), text(sheet, "A2"));
            assertTrue(text(sheet, "A2").startsWith("统计范围：计入已审核通过点位 8 个（未计入：待审核 2 个、进行中 1 个、已退回 0 个、未开始 1 个）　数据截至 "),
                    text(sheet, "A2"));
            assertEquals(List.of("测评轮次", ROUND + "（" + PERIOD + "）", "测评时间", "2026-09-01 09:30–10:05", "", "", "", ""), Xlsx.row(sheet, 3));
            assertEquals(List.of("点位名称", "幸福公园", "点位类型", "公园", "", "", "", ""), Xlsx.row(sheet, 4));
            assertEquals(List.of("区县 / 街道", "城东区 东湖街道", "地址", "幸福路1号", "", "", "", ""), Xlsx.row(sheet, 5));
            assertEquals(List.of("测评组", "第一组（张伟、李娜）", "", "", "", "", "", ""), Xlsx.row(sheet, 6));
            assertEquals(List.of("点位状态", APPROVED, "完成情况", "已全部作答", "", "", "", ""), Xlsx.row(sheet, 7));
            assertEquals(List.of("序号", "测评标准", "分值", "结果", "处数", "得分", "问题描述", "照片"), Xlsx.row(sheet, 8));
            assertTrue(Xlsx.merged(sheet).containsAll(List.of("A1:H1", "A2:H2", "D3:H3", "D4:H4", "D5:H5", "D6:H6", "D7:H7")),
                    Xlsx.merged(sheet).toString());
        }
    }

    @Test
    void eachStandardShowsItsPointsAndWhatItEarnedAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of())), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("1", "01-01-01 路面干净，无垃圾、无积水", "2.00", "不符合", "", "0.00", "东门垃圾桶满溢", ""), Xlsx.row(sheet, 9));
            assertEquals(List.of(2.0, 1.5, 0.99), List.of(number(sheet, "A10"), number(sheet, "C10"), number(sheet, "F10")));
            assertTrue(Xlsx.blank(sheet, "F11"), "不适用 earns nothing and shows nothing");
            assertEquals("0.00", Xlsx.format(sheet, "C10"));
        }
    }

    @Test
    void aGradedAnswerPrintsTheGradeWithTheCountOfViolationsInItsOwnColumn() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of())), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            // 1 violation → B: 1.5 × 0.66 = 0.99
            assertEquals(List.of("2", "01-01-02 绿化带整洁，无黄土裸露", "1.50", "B", "1", "0.99", "", ""), Xlsx.row(sheet, 10));
            assertEquals(1.0, number(sheet, "E10"));
        }
    }

    @Test
    void theTotalsFollowTheStandardsThenTheSignatureLine() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of())), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("合计", "得分率 28.29%　达标率 0.00%", "3.50", "", "", "0.99", "", ""), Xlsx.row(sheet, 12));
            assertEquals(3.5, number(sheet, "C12"));
            assertEquals(0.99, number(sheet, "F12"));
            assertTrue(text(sheet, "A14").startsWith("测评员签字："));
            assertTrue(Xlsx.merged(sheet).contains("A14:H14"));
        }
    }

    @Test
    void anUnfinishedSheetSaysSoAndGivesItsRatesOnlyAsProvisional() throws Exception {
        // 2 of 2 points on the one answered standard: 100.00% so far, one standard still unanswered.
        SiteSheet unfinished = new SiteSheet("东门农贸市场", "农贸市场", "城东区", "东湖街道", "", "第一组", "2026-09-01 09:30", "进行中；未计入本轮统计",
                List.of(new Line("01-01-01", "路面干净", new BigDecimal("2"), "符合", null, new BigDecimal("2"), "", List.of()),
                        new Line("01-01-02", "摊位整齐", new BigDecimal("1"), "未答", null, null, "", List.of())),
                new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("100.00"), new BigDecimal("100.00"), 1, false);
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(unfinished), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("点位状态", "进行中；未计入本轮统计", "完成情况", "未完成（尚有 1 条未答）", "", "", "", ""), Xlsx.row(sheet, 7));
            assertEquals("未完成（尚有 1 条未答）　暂计得分率 100.00%　暂计达标率 100.00%", text(sheet, "B11"));
        }
    }

    @Test
    void aSiteAnsweredEntirelyNotApplicableHasNoRateNeverZero() throws Exception {
        SiteSheet allNotApplicable = new SiteSheet("滨河公园", "公园", "城西区", "", "", "第二组", "", APPROVED,
                List.of(new Line("01-03-01", "公厕干净无异味", new BigDecimal("1"), "不适用", null, null, "", List.of())),
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, 0, false);
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(allNotApplicable), Progress.NONE))) {
            assertEquals("得分率 —　达标率 —（全部不适用，无计分项）", text(workbook.getSheetAt(0), "B10"));
        }
    }

    @Test
    void aSiteCountedWhileAwaitingReviewIsMarkedByItsNameAndItsRate() throws Exception {
        SiteSheet pending = new SiteSheet("幸福公园", "公园", "城东区", "", "", "第一组", "", "已完成，待审核；计入本轮统计，审核后结果可能变化",
                List.of(new Line("01-01-01", "路面干净", new BigDecimal("2"), "符合", null, new BigDecimal("2"), "", List.of())),
                new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("100.00"), new BigDecimal("100.00"), 0, true);
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(pending), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("幸福公园（待审核）", text(sheet, "B4"));
            assertEquals("得分率 100.00%　达标率 100.00%（待审核）", text(sheet, "B10"));
        }
    }

    @Test
    void aStandardThatLostPointsIsHighlightedByConditionalFormatting() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of())), Progress.NONE))) {
            assertEquals(List.of("A9:H11: AND(ISNUMBER($F9),$F9<$C9)"), Xlsx.conditionalFormats(workbook.getSheetAt(0)));
        }
    }

    @Test
    void printsOnA4LandscapeWithTheHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of())), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(sheet));
            assertEquals("1:8", Xlsx.repeatingRows(sheet));
        }
    }

    @Test
    void theFirstReadablePhotoIsPlacedInTheRowAndTheOthersAreCounted() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.jpg"), "not a picture");
        List<Path> photos = List.of(broken, picture("a.png"), picture("b.png"));
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(photos)), Progress.NONE))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream().map(XSSFPicture.class::cast).toList();
            assertEquals(1, pictures.size());
            assertEquals(8, pictures.get(0).getClientAnchor().getRow1(), "row 9");
            assertEquals(7, pictures.get(0).getClientAnchor().getCol1(), "column H");
            assertEquals("东门垃圾桶满溢（另有 2 张照片）", text(sheet, "G9"));
            assertTrue(sheet.getRow(8).getHeightInPoints() >= 66, "tall enough for the thumbnail");
        }
    }

    @Test
    void aSheetWithoutPhotosHasNoDrawing() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(park(List.of())), Progress.NONE))) {
            assertEquals(null, workbook.getSheetAt(0).getDrawingPatriarch());
            assertEquals(0, workbook.getAllPictures().size());
        }
    }

    @Test
    void sheetNamesAreLegalShortEnoughAndUniqueWhateverTheSiteIsCalled() throws Exception {
        List<SiteSheet> sites = List.of(named("人民公园/东区[一期]:南门*临时?点位名称很长很长很长很长很长"), named("Park"), named("PARK"));
        try (XSSFWorkbook workbook = Xlsx.open(write(sites, Progress.NONE))) {
            List<String> names = Xlsx.sheetNames(workbook);
            assertEquals(List.of("0002 Park", "0003 PARK"), names.subList(1, 3));
            assertTrue(names.get(0).length() <= 31 && names.get(0).startsWith("0001 人民公园_东区_一期__南门_临时_"), names.get(0));
        }
    }

    @Test
    void reportsProgressEveryTwentySites() throws Exception {
        List<SiteSheet> sites = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            sites.add(named("点位" + i));
        }
        List<String> seen = new ArrayList<>();
        write(sites, (done, total) -> seen.add(done + "/" + total));
        assertEquals(List.of("20/45", "40/45"), seen);
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        List<SiteSheet> sites = List.of(park(List.of(picture("a.png"))), named("东门农贸市场"));
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new SiteReportWriter().write(ROUND, Samples.SCOPE, PERIOD, sites, out, Progress.NONE));
    }
}
