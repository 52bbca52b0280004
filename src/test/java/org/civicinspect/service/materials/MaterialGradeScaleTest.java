package org.civicinspect.service.materials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.MaterialReview;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.IndicatorImportResult;
import org.civicinspect.service.reports.ScoreComposite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An indicator set's own material grade scale (A=1, B=0.8, C=0.6, D=0 in place of 完整 / 部分 / 缺失): reviews give its
 * labels, the composite counts their coefficients, a review keeps the coefficient it was given when the scale later
 * gives its label another, and a scale that is malformed or drops a label in use is refused, naming what is wrong.
 */
class MaterialGradeScaleTest {

    @TempDir Path temp;
    private Services office;
    private Round june;

    /** Four material standards of 5 points each, and one judged at sites. */
    @BeforeEach
    void officeWithFourMaterialStandards() throws Exception {
        Messages.use("zh");
        office = TestWorkspaces.open(temp.resolve("office"));
        Path indicators = new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("M1", "制度建设", "工作机制", "有创建工作方案", "材料审核", 5, "符合/不符合", "")
                .row("M2", "制度建设", "宣传", "网上申报宣传情况", "网上申报", 5, "符合/不符合", "")
                .row("M3", "制度建设", "统计", "有创建统计台账", "材料审核", 5, "符合/不符合", "")
                .row("M4", "制度建设", "督查", "有督查记录", "材料审核", 5, "符合/不符合", "")
                .row("HJ-01", "公共环境", "环境卫生", "路面干净", "实地考察", 4, "按处扣分（每处1分）", "主次干道")
                .save(temp, "体系.xlsx");
        office.importIndicatorWorkbook().run(indicators, null, Progress.NONE);
        june = office.createRound().run("六月轮", "latest", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), "");
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private void setScale(String... entries) {
        office.setMaterialGradeScale().run(june.name(), List.of(entries));
    }

    private MaterialReview review(String code, String grade) {
        return office.recordMaterialReview().run(june.name(), code, grade, "");
    }

    private CompositeScore.Part materialsPart() {
        return office.scoreComposite().run(ScoreComposite.Request.of(june.name())).score().part(CompositeScore.MATERIALS);
    }

    private static BigDecimal twoPlaces(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void withoutAScaleOfItsOwnTheSetGradesCompletePartialMissing() {
        ShowMaterialGradeScale.Shown shown = office.showMaterialGradeScale().run(june.name());
        assertEquals(false, shown.own());
        assertEquals("完整=1 部分=0.5 缺失=0", shown.scale().text());
        assertEquals(new BigDecimal("0.5"), review("M1", "partial").grade().coefficient());
    }

    /** 5 × 1 + 5 × 0.8 + 5 × 0.6 + 5 × 0 = 12 of 20 points: 0.6 of the materials part's 40 = 24.00. */
    @Test
    void theCompositeCountsTheCoefficientsOfTheSetsOwnScale() {
        setScale("A=1", "B=0.8", "C=0.6", "D=0");
        assertEquals("A=1 B=0.8 C=0.6 D=0", office.showMaterialGradeScale().run(june.name()).scale().text());
        review("M1", "A");
        review("M2", "B");
        review("M3", "C");
        review("M4", "D");

        CompositeScore.Part part = materialsPart();
        assertEquals(new BigDecimal("24.00"), twoPlaces(part.points()));
        assertEquals("Σ得分 / Σ满分 = 12 / 20 = 60.00%", part.rateFormula());
        assertEquals("测评方法为 材料审核/网上申报 的测评标准 4 条：A 1、B 1、C 1、D 1（系数 1 / 0.8 / 0.6 / 0），未审核 0 条不计入", part.source());
    }

    @Test
    void aGradeTheScaleDoesNotHaveIsRefusedNamingTheScalesGrades() {
        setScale("A=1", "B=0.8", "C=0.6", "D=0");
        RequestRefused refused = assertThrows(RequestRefused.class, () -> review("M1", "完整"));
        assertEquals("等级“完整”不认识：应为A、B、C、D或退回", Messages.get(refused.messageKey(), refused.args()));
        Messages.use("en");
        assertEquals("Grade \"完整\" is not known: use A, B, C, D or 退回 (returned)", Messages.get(refused.messageKey(), refused.args()));
    }

    @Test
    void aTypedGradeMatchesItsLabelInAnyLetterCaseOrWidth() {
        setScale("A=1", "B=0.8", "C=0.6", "D=0");
        assertEquals("D", review("M1", "d").grade().label());
        assertEquals("D", review("M2", "Ｄ").grade().label());
        assertEquals("B", review("M3", " ｂ ").grade().label());
        assertEquals("退回", office.recordMaterialReview().run(june.name(), "M4", "ＲＥＴＵＲＮＥＤ", "缺公章").grade().label());
    }

    @Test
    void coefficientsMayBeTypedInFullWidth() {
        setScale("A＝１", "B＝０．８", "C=0.6");
        assertEquals("A=1 B=0.8 C=0.6", office.showMaterialGradeScale().run(june.name()).scale().text());
    }

    /**
     * The trust rule: M2 was graded B when B counted 0.8; the scale then gives B 0.5. M2 keeps its 0.8 (4 of 5 points), M3
     * graded B afterwards counts 0.5 (2.5 of 5): 6.5 of 10 points, 0.65 × 40 = 26.00.
     */
    @Test
    void aReviewKeepsTheCoefficientItWasGivenWhenTheScaleChangesItsLabel() {
        setScale("A=1", "B=0.8", "C=0.6", "D=0");
        review("M2", "B");
        setScale("A=1", "B=0.5", "C=0.4", "D=0");
        review("M3", "B");

        assertEquals(List.of("M2 B 0.8", "M3 B 0.5"), office.listRoundMaterials().run(june.name()).lines().stream()
                .flatMap(l -> l.review().stream()).map(r -> r.standardCode() + " " + r.grade().label() + " " + r.grade().coefficientText()).toList());
        CompositeScore.Part part = materialsPart();
        assertEquals(new BigDecimal("26.00"), twoPlaces(part.points()));
        assertEquals("测评方法为 材料审核/网上申报 的测评标准 4 条：A 0、B 1、C 0、D 0（系数 1 / 0.5 / 0.4 / 0）、B 1（按审核时系数 0.8），未审核 2 条不计入（M1、M4）",
                part.source());
    }

    @Test
    void aReturnStandsBesideTheScaleAndCountsNothing() {
        setScale("A=1", "B=0.8");
        review("M1", "A");
        office.recordMaterialReview().run(june.name(), "M2", "returned", "须加盖公章后重交");
        CompositeScore.Part part = materialsPart();
        assertEquals("测评方法为 材料审核/网上申报 的测评标准 4 条：A 1、B 0、退回 1（系数 1 / 0.8 / 0），未审核 2 条不计入（M3、M4）", part.source());
        assertEquals(new BigDecimal("20.00"), twoPlaces(part.points()), "5 of 10 points");
        setScale("A=1", "C=0.5");
        assertEquals("A=1 C=0.5", office.showMaterialGradeScale().run(june.name()).scale().text(), "退回 is in no scale, so no scale drops it");
    }

    private void refused(String zh, String en, String... entries) {
        String before = office.showMaterialGradeScale().run(june.name()).scale().text();
        RequestRefused refusal = assertThrows(RequestRefused.class, () -> setScale(entries));
        assertEquals(zh, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("en");
        assertEquals(en, Messages.get(refusal.messageKey(), refusal.args()));
        Messages.use("zh");
        assertEquals(before, office.showMaterialGradeScale().run(june.name()).scale().text(), "the scale is as it was");
    }

    @Test
    void aMalformedScaleIsRefusedInOneSentenceNamingTheEntry() {
        setScale("A=1", "B=0.8", "C=0.6", "D=0");
        refused("等级 B 写了两次", "Grade B is given twice", "A=1", "B=0.8", "B=0.6");
        refused("等级 B 的系数“1.2”不是 0 到 1 之间的数", "The coefficient \"1.2\" of grade B is not a number from 0 to 1", "A=1", "B=1.2");
        refused("等级 B 的系数“-0.1”不是 0 到 1 之间的数", "The coefficient \"-0.1\" of grade B is not a number from 0 to 1", "A=1", "B=-0.1");
        refused("等级 B 的系数“八成”不是 0 到 1 之间的数", "The coefficient \"八成\" of grade B is not a number from 0 to 1", "A=1", "B=八成");
        refused("等级表是空的：至少写一个等级，如 A=1 B=0.8 C=0.6 D=0", "The grade scale is empty: give at least one grade, e.g. A=1 B=0.8 C=0.6 D=0");
        refused("等级不能叫“退回”：退回总是单独的一项，计 0 分", "A grade cannot be called \"退回\": 退回 (returned) always stands apart and counts 0",
                "A=1", "退回=0");
        refused("等级不能叫“Returned”：退回总是单独的一项，计 0 分", "A grade cannot be called \"Returned\": 退回 (returned) always stands apart and counts 0",
                "A=1", "Returned=0");
        refused("“B0.8”应写成“等级=系数”，如 A=1", "\"B0.8\" should read GRADE=COEFFICIENT, e.g. A=1", "A=1", "B0.8");
    }

    /** The help says 从高到低: {@code B=0.8 A=1} would make key 1 give B. */
    @Test
    void aScaleNotBestFirstIsRefused() {
        refused("等级表须从高到低写：A=1 比前面的 B=0.8 高，应排在它前面",
                "The scale goes best first: A=1 is higher than B=0.8 before it, so it comes first", "B=0.8", "A=1");
        refused("等级表须从高到低写：D=0.5 比前面的 C=0 高，应排在它前面",
                "The scale goes best first: D=0.5 is higher than C=0 before it, so it comes first", "A=1", "C=0", "D=0.5");
        setScale("完整=1", "免报=1", "缺失=0");
        assertEquals("完整=1 免报=1 缺失=0", office.showMaterialGradeScale().run(june.name()).scale().text(), "two grades may count alike");
    }

    @Test
    void labelsDifferingOnlyInLetterCaseOrWidthAreOneLabel() {
        refused("等级 a 和 A 是同一等级（不分大小写和全角半角），写了两次",
                "Grade a is grade A again (letter case and full or half width make no other grade)", "A=1", "a=0.5");
        refused("等级 Ａ 和 A 是同一等级（不分大小写和全角半角），写了两次",
                "Grade Ａ is grade A again (letter case and full or half width make no other grade)", "A=1", "Ａ=0.5");
    }

    @Test
    void aScaleThatDropsAGradeInUseIsRefusedNamingTheStandard() {
        setScale("A=1", "B=0.8", "C=0.6", "D=0");
        review("M3", "C");
        refused("新的等级表去掉了审核在用的等级：“C”有 1 条审核（M3 六月轮）。在新等级表里保留这些等级即可，如写成：A=1 B=0.8 C=0.6 D=0",
                "The new scale drops grades that reviews use: \"C\" in 1 review (M3 of 六月轮). Keep those grades in the new scale, e.g.: A=1 B=0.8 C=0.6 D=0",
                "A=1", "B=0.8", "D=0");
        setScale("甲=1", "A=0.9", "B=0.8", "C=0.5", "D=0");
        assertEquals(new BigDecimal("0.6"), office.listRoundMaterials().run(june.name()).lines().get(2).review().orElseThrow().grade().coefficient());
    }

    /**
     * A clerk with many reviews on 完整 / 部分 / 缺失 who types a new scale learns in one refusal every label in use, how
     * many reviews use it, the first of them, and the scale that keeps them.
     */
    @Test
    void oneRefusalNamesEveryDroppedGradeWithItsReviewsAndTheScaleThatKeepsThem() {
        Round july = office.createRound().run("七月轮", "latest", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), "");
        review("M1", "完整");
        review("M2", "完整");
        review("M3", "完整");
        review("M4", "缺失");
        office.recordMaterialReview().run(july.name(), "M1", "完整", "");
        office.recordMaterialReview().run(july.name(), "M2", "部分", "");
        refused("新的等级表去掉了审核在用的等级：“完整”有 4 条审核（M1 六月轮、M1 七月轮、M2 六月轮等）、“部分”有 1 条审核（M2 七月轮）、"
                        + "“缺失”有 1 条审核（M4 六月轮）。在新等级表里保留这些等级即可，如写成：A=1 完整=1 B=0.8 C=0.6 部分=0.5 D=0 缺失=0",
                "The new scale drops grades that reviews use: \"完整\" in 4 reviews (M1 of 六月轮, M1 of 七月轮, M2 of 六月轮, …), "
                        + "\"部分\" in 1 review (M2 of 七月轮), \"缺失\" in 1 review (M4 of 六月轮). "
                        + "Keep those grades in the new scale, e.g.: A=1 完整=1 B=0.8 C=0.6 部分=0.5 D=0 缺失=0",
                "A=1", "B=0.8", "C=0.6", "D=0");
    }

    private Path workbookWithGrades(String name, String grades) throws Exception {
        return new WorkbookBuilder().sheet("测评体系")
                .row("编码", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位")
                .row("M1", "制度建设", "工作机制", "有创建工作方案", "材料审核", 5, "符合/不符合", "")
                .sheet("计分设置").row("参数", "值").row("A档系数", 1).row("材料审核等级", grades)
                .save(temp, name);
    }

    @Test
    void theIndicatorWorkbooksScoringSettingsMayGiveTheScaleAndItsExportWritesItBack() throws Exception {
        IndicatorImportResult imported = office.importIndicatorWorkbook().run(workbookWithGrades("带等级.xlsx", "A=1 B=0.8 C=0.6 D=0"), "带等级", Progress.NONE);
        Round july = office.createRound().run("七月轮", imported.set().id(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31), "");
        assertEquals("A=1 B=0.8 C=0.6 D=0", office.showMaterialGradeScale().run(july.name()).scale().text());
        assertEquals(false, office.showMaterialGradeScale().run(june.name()).own(), "another version keeps its own (here the default)");

        Path out = temp.resolve("导出.xlsx");
        office.exportIndicatorWorkbook().run(office.loadIndicatorSet().run(imported.set().id()).orElseThrow(), out);
        try (XSSFWorkbook book = new XSSFWorkbook(out.toFile())) {
            Sheet settings = book.getSheet("计分设置");
            Row last = settings.getRow(settings.getLastRowNum());
            assertEquals(List.of("材料审核等级", "A=1 B=0.8 C=0.6 D=0"), List.of(last.getCell(0).getStringCellValue(), last.getCell(1).getStringCellValue()));
        }
    }

    @Test
    void aBadScaleInTheWorkbookRejectsItNamingTheCell() throws Exception {
        IndicatorImportResult rejected = office.importIndicatorWorkbook().run(workbookWithGrades("坏等级.xlsx", "A=1 B=1.2"), "坏等级", Progress.NONE);
        assertEquals(IndicatorImportResult.Outcome.REJECTED, rejected.outcome());
        assertEquals(List.of("计分设置!B3: 等级 B 的系数“1.2”不是 0 到 1 之间的数"), rejected.errors().stream().map(Messages::describe).toList());
        Messages.use("en");
        assertEquals(List.of("计分设置!B3: The coefficient \"1.2\" of grade B is not a number from 0 to 1"),
                rejected.errors().stream().map(Messages::describe).toList());
    }
}
