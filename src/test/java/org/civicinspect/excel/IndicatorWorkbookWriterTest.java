package org.civicinspect.excel;

import static org.civicinspect.excel.Xlsx.number;
import static org.civicinspect.excel.Xlsx.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our indicator template: what the writer puts where, and that the reader takes it back unchanged. */
class IndicatorWorkbookWriterTest {

    private static final String TITLE = "XX市全国文明城市测评体系（2026版）";

    @TempDir Path temp;

    private Path write(IndicatorTree tree) throws Exception {
        return Xlsx.write(temp, "体系.xlsx", out -> new IndicatorWorkbookWriter().write(TITLE, tree, out));
    }

    @Test
    void writesTheTemplateSheetThenTheSettingsSheet() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(Samples.tree()))) {
            assertEquals(List.of("测评体系", "计分设置"), Xlsx.sheetNames(workbook));
        }
    }

    @Test
    void theTemplateSheetHasTheTitleAcrossItsWidthThenTheHeaderThenOneRowPerStandard() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(Samples.tree()))) {
            XSSFSheet sheet = workbook.getSheet("测评体系");
            assertEquals(TITLE, text(sheet, "A1"));
            assertEquals(List.of("A1:L1"), Xlsx.merged(sheet));
            assertEquals(List.of("测评项目编码", "测评项目", "测评内容编码", "测评内容", "标准编码", "测评标准", "测评方法", "分值", "计分方式",
                    "适用点位", "负面清单", "观察规则"), Xlsx.row(sheet, 2));
            assertEquals(List.of("01", "公共环境", "01-01", "环境卫生", "01-01-02", "绿化带整洁，无黄土裸露", "实地考察、拍照", "1.5", "A/B/C/C#",
                    "公园", "", "发现1处为B，2处为C，3处及以上为C#"), Xlsx.row(sheet, 4));
            assertEquals(List.of("09", "负面清单", "09-03", "安全生产", "09-03-01", "未发生重大安全生产事故", "材料审核", "1", "符合/不符合",
                    "", "是", ""), Xlsx.row(sheet, 6));
            assertEquals(5, sheet.getLastRowNum(), "title, header and four standards");
        }
    }

    @Test
    void pointsAreNumbersAndDeductionsAreWrittenInWords() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(Samples.tree()))) {
            XSSFSheet sheet = workbook.getSheet("测评体系");
            assertEquals(2, number(sheet, "H3"));
            assertEquals(1.5, number(sheet, "H4"));
            assertEquals(3, number(sheet, "H5"));
            assertEquals("按处扣分（每处0.5分）", text(sheet, "I5"));
            assertEquals("公园、农贸市场", text(sheet, "J3"));
        }
    }

    @Test
    void theTemplateSheetPrintsOnA4LandscapeWithItsHeaderOnEveryPage() throws Exception {
        try (XSSFWorkbook workbook = Xlsx.open(write(Samples.tree()))) {
            XSSFSheet sheet = workbook.getSheet("测评体系");
            assertEquals("A4 landscape fit 1 wide × 0 tall", Xlsx.print(sheet));
            assertEquals("2:2", Xlsx.repeatingRows(sheet));
            assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "frozen below the header");
            assertEquals("A2:L6", sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void theSettingsSheetHoldsTheGradeCoefficientsAsNumbersAndWhetherProblemsNeedEvidence() throws Exception {
        GradeCoefficients grades = new GradeCoefficients(new BigDecimal("1"), new BigDecimal("0.8"), new BigDecimal("0.45"), new BigDecimal("0.1"));
        try (XSSFWorkbook workbook = Xlsx.open(write(Samples.tree(grades, false)))) {
            XSSFSheet sheet = workbook.getSheet("计分设置");
            assertEquals(List.of("参数", "值"), Xlsx.row(sheet, 1));
            assertEquals(List.of("A档系数", "B档系数", "C档系数", "C#档系数"),
                    List.of(text(sheet, "A2"), text(sheet, "A3"), text(sheet, "A4"), text(sheet, "A5")));
            assertEquals(List.of(1.0, 0.8, 0.45, 0.1), List.of(number(sheet, "B2"), number(sheet, "B3"), number(sheet, "B4"), number(sheet, "B5")));
            assertEquals(List.of("不符合需说明或照片", "否"), Xlsx.row(sheet, 6));
        }
    }

    @Test
    void theReaderTakesBackTheSameTitleAndTree() throws Exception {
        IndicatorTree tree = Samples.tree(new GradeCoefficients(new BigDecimal("1"), new BigDecimal("0.8"), new BigDecimal("0.45"),
                new BigDecimal("0.1")), false);
        IndicatorWorkbookContent content = new IndicatorWorkbookReader().read(WorkbookFiles.read(write(tree)), Progress.NONE);
        assertEquals(List.of(), content.errors());
        assertEquals(TITLE, content.title());
        assertEquals(tree, content.tree());
    }

    @Test
    void theReaderTakesBackTheDefaultsToo() throws Exception {
        IndicatorWorkbookContent content = new IndicatorWorkbookReader().read(WorkbookFiles.read(write(Samples.tree())), Progress.NONE);
        assertTrue(content.ok(), content.errors().toString());
        assertEquals(Samples.tree(), content.tree());
    }

    @Test
    void writesTheSameContentEveryTime() throws Exception {
        Xlsx.assertSameContentWhenWrittenTwice(temp, out -> new IndicatorWorkbookWriter().write(TITLE, Samples.tree(), out));
    }
}
