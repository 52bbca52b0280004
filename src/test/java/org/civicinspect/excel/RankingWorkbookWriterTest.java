package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.number;
import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 排名通报: one printable sheet per grouping, rates as numbers, the red and black lists filled, a fall filled rose. */
class RankingWorkbookWriterTest {

    private static final String TITLE = "2026年秋季测评 排名通报";
    private static final String SUBTITLE = "2026-09-01 至 2026-09-03　全市：得分率 = 得分 ÷ 应得分　较上期：2026年春季测评";

    @TempDir Path temp;

    static RankingSheet districts() {
        return new RankingSheet("区县排名", "区县", List.of(
                new RankingSheet.Line(1, "城东区", new BigDecimal("92.50"), new BigDecimal("88.00"), 3, 12, 0, new BigDecimal("1.25"), "红榜", "↑1"),
                new RankingSheet.Line(2, "城南区", new BigDecimal("85.10"), new BigDecimal("80.33"), 7, 10, 0, null, "", "新上榜"),
                new RankingSheet.Line(3, "城西区", new BigDecimal("70.05"), new BigDecimal("61.90"), 15, 11, 0, new BigDecimal("-4.10"), "黑榜", "↓1")));
    }

    static RankingSheet units() {
        return new RankingSheet("责任单位排名", "责任单位", List.of(
                new RankingSheet.Line(1, "城东区城管局", new BigDecimal("90"), new BigDecimal("90"), 1, 4, 0, null, "红榜", "—")));
    }

    private Path write(List<RankingSheet> sheets) throws Exception {
        return Xlsx.write(temp, "排名.xlsx", out -> new RankingWorkbookWriter().write(TITLE, Samples.SCOPE, SUBTITLE, sheets, out));
    }

    @Test
    void writesOneSheetPerGroupingInOrder() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts(), units())))) {
            assertEquals(List.of("区县排名", "责任单位排名"), Xlsx.sheetNames(workbook));
        }
    }

    @Test
    void aSheetHasTheTitleScopeAndSubtitleAcrossItsWidthThenTheHeaderNamedForItsGrouping() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts(), units())))) {
            XSSFSheet sheet = workbook.getSheet("区县排名");
            assertEquals(TITLE + " 区县排名", text(sheet, "A1"));
            assertEquals(ScopeText.heading(Samples.SCOPE), text(sheet, "A2"));
            assertEquals(ScopeText.heading(Samples.SCOPE), text(workbook.getSheet("责任单位排名"), "A2"));
            assertEquals(SUBTITLE, text(sheet, "A3"));
            assertEquals(List.of("A1:I1", "A2:I2", "A3:I3"), Xlsx.merged(sheet));
            assertEquals(List.of("排名", "区县", "得分率(%)", "达标率(%)", "问题数", "点位数", "较上期(百分点)", "名次变化", "红黑榜"), Xlsx.row(sheet, 4));
            assertEquals("责任单位", text(workbook.getSheet("责任单位排名"), "B4"));
        }
    }

    @Test
    void ranksRatesCountsAndChangesAreNumbersShownWithTwoDecimals() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of(1.0, 92.5, 88.0, 3.0, 12.0, 1.25),
                    List.of(number(sheet, "A5"), number(sheet, "C5"), number(sheet, "D5"), number(sheet, "E5"), number(sheet, "F5"), number(sheet, "G5")));
            assertEquals(List.of("1", "城东区", "92.50", "88.00", "3", "12", "1.25", "↑1", "红榜"), Xlsx.row(sheet, 5));
            assertEquals("0.00", Xlsx.format(sheet, "C7"));
            assertEquals(-4.1, number(sheet, "G7"));
        }
    }

    @Test
    void aGroupWithoutAnEarlierRoundShowsADashForItsChange() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts())))) {
            assertEquals("—", text(workbook.getSheetAt(0), "G6"));
        }
    }

    @Test
    void aGroupWhoseSitesWereAnsweredEntirelyNotApplicableIsListedLastWithItsSitesButNoRateOrRank() throws Exception {
        RankingSheet withUnrated = new RankingSheet("区县排名", "区县", List.of(
                new RankingSheet.Line(1, "城东区", new BigDecimal("92.50"), new BigDecimal("88.00"), 3, 12, 0, null, "", "—"),
                RankingSheet.Line.unrated("城北区", 2, 0)));
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(withUnrated)))) {
            assertEquals(List.of("—", "城北区", "—", "—", "0", "2", "—", "—", ""), Xlsx.row(workbook.getSheetAt(0), 6));
        }
    }

    @Test
    void theChangeOfRankStandsBesideTheChangeOfRate() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("↑1", "新上榜", "↓1"), List.of(text(sheet, "H5"), text(sheet, "H6"), text(sheet, "H7")));
        }
    }

    @Test
    void theRedListIsFilledRoseTheBlackListGreyAndTheRestPlain() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(IndexedColors.ROSE.getIndex(), Xlsx.cell(sheet, "B5").getCellStyle().getFillForegroundColor());
            assertEquals(IndexedColors.ROSE.getIndex(), Xlsx.cell(sheet, "C5").getCellStyle().getFillForegroundColor(), "numbers too");
            assertEquals(IndexedColors.GREY_25_PERCENT.getIndex(), Xlsx.cell(sheet, "B7").getCellStyle().getFillForegroundColor());
            assertEquals(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL, Xlsx.cell(sheet, "B6").getCellStyle().getFillPattern());
        }
    }

    @Test
    void aFallAgainstTheEarlierRoundIsHighlightedByConditionalFormatting() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts(), new RankingSheet("街道排名", "街道", List.of()))))) {
            assertEquals(List.of("G5:G7: AND(ISNUMBER($G5),$G5<0)"), Xlsx.conditionalFormats(workbook.getSheetAt(0)));
            assertEquals(List.of(), Xlsx.conditionalFormats(workbook.getSheetAt(1)), "no lines, nothing to highlight");
        }
    }

    @Test
    void eachSheetPrintsOnA4PortraitWithItsHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of(districts())))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("A4 portrait fit 1 wide × 0 tall", Xlsx.print(sheet));
            assertEquals("1:4", Xlsx.repeatingRows(sheet));
            assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new RankingWorkbookWriter().write(TITLE, Samples.SCOPE, SUBTITLE, List.of(districts(), units()), out));
    }
}
