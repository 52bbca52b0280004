package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.number;
import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 指标达标分析: one numbered line per standard as given (weakest first), 得分率 beside 达标率, numbers as numbers, weak standards filled rose. */
class StandardAnalysisWriterTest {

    private static final String TITLE = "2026年秋季测评 指标达标分析";
    private static final String SUBTITLE = "2026-09-01 至 2026-09-03";

    @TempDir Path temp;

    static List<StandardAnalysisWriter.Line> lines() {
        return List.of(
                new StandardAnalysisWriter.Line("01-02-01", "市容秩序", "无占道经营、店外经营", 8, new BigDecimal("50.25"), new BigDecimal("37.50"), 5,
                        "东门占道经营（3）；流动摊贩（2）"),
                new StandardAnalysisWriter.Line("01-01-02", "环境卫生", "绿化带整洁，无黄土裸露", 6, new BigDecimal("94.33"), new BigDecimal("83.33"), 1, ""),
                new StandardAnalysisWriter.Line("01-01-01", "环境卫生", "路面干净，无垃圾、无积水", 14, new BigDecimal("100"), new BigDecimal("100"), 0, ""));
    }

    private Path write(List<StandardAnalysisWriter.Line> lines) throws Exception {
        return Xlsx.write(temp, "分析.xlsx", out -> new StandardAnalysisWriter().write(TITLE, Samples.SCOPE, SUBTITLE, lines, out));
    }

    @Test
    void writesTheTitleScopeSubtitleAndHeaderThenOneNumberedLinePerStandardInTheGivenOrder() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            assertEquals(List.of("指标达标分析"), Xlsx.sheetNames(workbook));
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(TITLE, text(sheet, "A1"));
            assertEquals(ScopeText.heading(Samples.SCOPE), text(sheet, "A2"));
            assertEquals(SUBTITLE, text(sheet, "A3"));
            assertEquals(List.of("A1:I1", "A2:I2", "A3:I3"), Xlsx.merged(sheet));
            assertEquals(List.of("序号", "编码", "测评项目", "测评标准", "测评点位数", "得分率(%)", "达标率(%)", "问题数", "主要问题"), Xlsx.row(sheet, 4));
            assertEquals(List.of("1", "01-02-01", "市容秩序", "无占道经营、店外经营", "8", "50.25", "37.50", "5", "东门占道经营（3）；流动摊贩（2）"),
                    Xlsx.row(sheet, 5));
            assertEquals(List.of("3", "01-01-01", "环境卫生", "路面干净，无垃圾、无积水", "14", "100.00", "100.00", "0", ""), Xlsx.row(sheet, 7));
        }
    }

    @Test
    void numbersAreNumbersAndTheRateHasTwoDecimals() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of(2.0, 6.0, 94.33, 83.33, 1.0),
                    List.of(number(sheet, "A6"), number(sheet, "E6"), number(sheet, "F6"), number(sheet, "G6"), number(sheet, "H6")));
            assertEquals("0.00", Xlsx.format(sheet, "F6"));
            assertEquals("0.00", Xlsx.format(sheet, "G6"));
        }
    }

    @Test
    void onlyTheRateOfAStandardBelowEightyPercentIsHighlighted() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            assertEquals(List.of("G5:G7: G5<80"), Xlsx.conditionalFormats(workbook.getSheetAt(0)));
        }
    }

    @Test
    void printsOnA4LandscapeWithAFilterAndTheHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(lines()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(sheet));
            assertEquals("1:4", Xlsx.repeatingRows(sheet));
            assertEquals("A4:I7", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(4, sheet.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void noStandardsGivesTheHeaderAloneAndNoHighlighting() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(List.of()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(3, sheet.getLastRowNum());
            assertEquals(List.of(), Xlsx.conditionalFormats(sheet));
        }
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new StandardAnalysisWriter().write(TITLE, Samples.SCOPE, SUBTITLE, lines(), out));
    }
}
