package org.civicinspect.service.library;

import org.civicinspect.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Category;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every layout of docs/workbook-formats.md (the indicator workbook), each with its own small workbook. */
class ImportIndicatorWorkbookTest {

    private static final Object[] HEADER = {"序号", "测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "适用点位"};

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspaces.open(temp.resolve("ws"));
    }

    private IndicatorImportResult importFile(Path file) {
        return services.importIndicatorWorkbook().run(file, null, Progress.NONE);
    }

    private IndicatorTree imported(WorkbookBuilder workbook) throws Exception {
        IndicatorImportResult result = importFile(workbook.save(temp, "book" + System.nanoTime() + ".xlsx"));
        assertEquals(List.of(), result.errors().stream().map(SheetProblem::toString).toList());
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, result.outcome());
        return services.loadIndicatorSet().run(result.set().id()).orElseThrow().tree();
    }

    private static Standard only(IndicatorTree tree) {
        assertEquals(1, tree.standardCount());
        return tree.standards().findFirst().orElseThrow();
    }

    @Test
    void sharedSampleImportsWithTheExpectedCounts() {
        IndicatorImportResult result = importFile(TestWorkspaces.sharedSample("indicators-sample.xlsx"));
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, result.outcome());
        IndicatorTree tree = result.tree();
        assertEquals(5, tree.categories().size());
        assertEquals(8, tree.indicatorCount());
        assertEquals(18, tree.standardCount());
        assertEquals(11, tree.siteTypes().size());
        assertEquals(new BigDecimal("43"), tree.totalPoints());
        Standard methods = tree.standards().filter(s -> s.text().startsWith("工作人员使用文明用语")).findFirst().orElseThrow();
        assertEquals(List.of("实地考察", "问卷调查"), methods.methods());
        assertEquals("XX市全国文明城市创建实地考察测评标准（示例）", result.set().name());
    }

    @Test
    void builtInSampleSetIsShapedLikeTheNationalSystem() {
        IndicatorImportResult result = services.importSampleIndicatorSet().run(Progress.NONE);
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, result.outcome());
        IndicatorTree tree = result.tree();
        assertTrue(tree.categories().size() >= 6);
        assertTrue(tree.indicatorCount() >= 20);
        assertTrue(tree.standardCount() >= 120);
        assertTrue(tree.siteTypes().containsAll(List.of("农贸市场", "主次干道", "背街小巷", "商业大街", "交通路口", "公交站点",
                "公共广场", "公园", "社区", "小区", "医院", "中小学校周边", "窗口单位", "建筑工地", "景区景点", "公共厕所")));
        for (ScoringMode mode : ScoringMode.values()) {
            assertTrue(tree.standards().anyMatch(s -> s.scoring().mode() == mode), mode.name());
        }
        assertTrue(tree.standards().anyMatch(s -> s.methods().contains("材料审核")));
        assertTrue(tree.standards().anyMatch(s -> s.methods().contains("问卷调查")));
        assertTrue(tree.standards().filter(Standard::negativeList).count() >= 3);
        assertTrue(result.set().name().contains("示例（非官方文本）"));
        assertEquals(ImportSampleIndicatorSet.FILE_NAME, result.set().source().fileName());
    }

    @Test
    void findsTheHeaderBelowTitlesBlankRowsAndSkipsNotesEverywhere() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("实地考察")
                .row("XX市文明城市实地考察点位操作手册")
                .row("（2026年版）")
                .blankRow()
                .row("说明：本表供模拟测评使用")
                .row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "符合/不符合", "主次干道")
                .row("注：以下为市容部分")
                .blankRow()
                .row(2, "公共环境", "市容秩序", "无乱贴乱画", "实地考察", 3, "符合/不符合", "背街小巷")
                .row("注：测评时从入口向内行进约200米"));
        assertEquals(2, tree.standardCount());
        assertEquals(List.of("路面干净", "无乱贴乱画"), tree.standards().map(Standard::text).toList());
    }

    @Test
    void namesTheSetAfterTheTitleRow() throws Exception {
        Path file = new WorkbookBuilder().sheet("表")
                .row("XX市文明城市测评体系（2026版）")
                .row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "主次干道")
                .save(temp, "whatever.xlsx");
        assertEquals("XX市文明城市测评体系（2026版）", importFile(file).set().name());
    }

    @Test
    void readsTheAliasesOfEveryColumn() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1")
                .row("一级指标", "二级指标", "代码", "三级指标", "考察方式", "标准分（分）", "评分方式", "考察点位", "判定说明")
                .row("公共秩序", "交通秩序", "JT-01", "礼让斑马线", "实地考察", "3分", "ABC", "交通路口", "观察两个信号周期"));
        Standard s = only(tree);
        assertEquals("JT-01", s.code());
        assertEquals(ScoringRule.GRADED, s.scoring());
        assertEquals("观察两个信号周期", s.observationRule());
        assertEquals(List.of("交通路口"), s.siteTypes());
        assertEquals("公共秩序", tree.categories().get(0).name());
        assertEquals("交通秩序", tree.categories().get(0).indicators().get(0).name());
    }

    @Test
    void readsOtherAliasesToo() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1")
                .row("项目", "指标名称", "编码", "考察内容和要求", "测评方式", "分数", "计分方式", "测评点位", "备注", "负面清单")
                .row("公共服务", "窗口服务", "CK-1", "挂牌上岗", "实地考察", 2, "符合/不符合", "窗口单位", "看胸牌", "")
                .row("公共服务", "窗口服务", "CK-2", "发生重大事件", "其他", 5, "", "", "", "是"));
        assertEquals(2, tree.standardCount());
        Standard negative = tree.standards().filter(s -> s.code().equals("CK-2")).findFirst().orElseThrow();
        assertTrue(negative.negativeList());
        assertEquals(List.of(), negative.siteTypes());
        assertEquals(List.of("其他"), negative.methods());
    }

    @Test
    void aliasesWithSpacesAndFullWidthFormsStillMatch() throws Exception {
        Standard s = only(imported(new WorkbookBuilder().sheet("Sheet1")
                .row("测 评 项 目", "测评内容", "测评标准\n", "分\u3000值", "适用点位")
                .row("公共环境", "环境卫生", "路面干净", "２", "公园")));
        assertEquals(new BigDecimal("2"), s.points());
    }

    @Test
    void mergedCategoryAndIndicatorCellsMeanSameAsAbove() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1")
                .row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "主次干道")
                .row(2, null, null, "垃圾桶完好", "实地考察", 2, "", "主次干道")
                .row(3, null, "市容秩序", "无乱贴乱画", "实地考察", 2, "", "背街小巷")
                .row(4, "公共秩序", "交通秩序", "礼让行人", "实地考察", 2, "", "交通路口")
                .merge("B2:B4").merge("C2:C3"));
        assertEquals(List.of("公共环境", "公共秩序"), tree.categories().stream().map(Category::name).toList());
        assertEquals(2, tree.categories().get(0).indicators().size());
        assertEquals(2, tree.categories().get(0).indicators().get(0).standards().size());
    }

    @Test
    void blankCategoryAndIndicatorCellsMeanSameAsAbove() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1")
                .row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "主次干道")
                .row(2, "", "", "垃圾桶完好", "实地考察", 2, "", "主次干道")
                .row(3, "", "市容秩序", "无乱贴乱画", "实地考察", 2, "", "背街小巷"));
        assertEquals(1, tree.categories().size());
        assertEquals(List.of(2, 1), tree.categories().get(0).indicators().stream().map(i -> i.standards().size()).toList());
    }

    @Test
    void aBlankIndicatorUnderANewCategoryIsAnErrorNotACarryOver() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1")
                .row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "主次干道")
                .row(2, "公共秩序", "", "礼让行人", "实地考察", 2, "", "交通路口")
                .save(temp, "bad.xlsx");
        IndicatorImportResult result = importFile(file);
        assertEquals(IndicatorImportResult.Outcome.REJECTED, result.outcome());
        assertEquals("Sheet1!C3", result.errors().get(0).location());
        assertEquals("row.missingIndicator", result.errors().get(0).messageKey());
    }

    @Test
    void codesWrittenAtTheStartOfTheTextBecomeCodes() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1")
                .row("测评项目", "测评内容", "测评标准", "分值", "适用点位")
                .row("基础设施", "无障碍设施", "Ⅲ-57 无障碍通道畅通", 2, "医院")
                .row("基础设施", "无障碍设施", "景点-01-02 游客中心开放", 2, "景区景点"));
        assertEquals(List.of("Ⅲ-57", "景点-01-02"), tree.standards().map(Standard::code).toList());
        assertEquals(List.of("无障碍通道畅通", "游客中心开放"), tree.standards().map(Standard::text).toList());
    }

    @Test
    void localNumberingOrdersRowsButIsNoIdentity() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1")
                .row("测评项目", "测评内容", "测评标准", "分值", "适用点位")
                .row("一、公共环境", "（一）环境卫生", "（3）公厕干净", 2, "公园")
                .row("", "", "1）路面干净", 2, "公园")
                .row("", "", "(2)垃圾桶完好", 2, "公园")
                .row("", "", "4.无积水", 2, "公园")
                .row("", "", "5、无杂物", 2, "公园"));
        assertEquals(List.of("路面干净", "垃圾桶完好", "公厕干净", "无积水", "无杂物"), tree.standards().map(Standard::text).toList());
        assertEquals("公共环境", tree.categories().get(0).name());
        assertEquals("环境卫生", tree.categories().get(0).indicators().get(0).name());
        assertEquals(List.of("01-01-01", "01-01-02", "01-01-03", "01-01-04", "01-01-05"), tree.standards().map(Standard::code).toList());
    }

    @Test
    void generatedCodesAreStableAcrossImports() throws Exception {
        WorkbookBuilder first = new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "主次干道")
                .row(2, "公共秩序", "交通秩序", "礼让行人", "实地考察", 2, "", "交通路口");
        WorkbookBuilder second = new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "主次干道")
                .row(2, "公共秩序", "交通秩序", "礼让行人", "实地考察", 2, "", "交通路口")
                .row("注：第二份文件多了这一行注释，内容相同");
        assertEquals(imported(first).standards().map(Standard::code).toList(), imported(second).standards().map(Standard::code).toList());
    }

    @Test
    void readsSeveralMethodsInOneCell() throws Exception {
        Standard s = only(imported(new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row(1, "公共服务", "窗口服务", "文明用语", "实地考察、问卷调查\n材料审核", 2, "", "窗口单位")));
        assertEquals(List.of("实地考察", "问卷调查", "材料审核"), s.methods());
    }

    @Test
    void readsPointsWrittenAsTextWithUnitsAndFullWidthDigits() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row(1, "公共环境", "环境卫生", "甲", "实地考察", "3分", "", "公园")
                .row(2, "公共环境", "环境卫生", "乙", "实地考察", "２", "", "公园")
                .row(3, "公共环境", "环境卫生", "丙", "实地考察", 2.5, "", "公园")
                .row(4, "公共环境", "环境卫生", "丁", "实地考察", "１.５ 分", "", "公园"));
        assertEquals(List.of("3", "2", "2.5", "1.5"), tree.standards().map(s -> s.points().toPlainString()).toList());
    }

    @Test
    void readsEveryScoringModeAndNoneMeansBinary() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row(1, "公共环境", "环境卫生", "甲", "实地考察", 2, "符合/不符合", "公园")
                .row(2, "公共环境", "环境卫生", "乙", "实地考察", 2, "A/B/C/C#", "公园")
                .row(3, "公共环境", "环境卫生", "丙", "实地考察", 4, "按处扣分（每处1分）", "公园")
                .row(4, "公共环境", "环境卫生", "丁", "实地考察", 2, "", "公园"));
        assertEquals(List.of(ScoringRule.BINARY, ScoringRule.GRADED, ScoringRule.deduction(BigDecimal.ONE), ScoringRule.BINARY),
                tree.standards().map(Standard::scoring).toList());
    }

    @Test
    void splitsSiteTypesOnEverySeparator() throws Exception {
        Standard s = only(imported(new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "主次干道、背街小巷，公园,广场;社区/小区\n医院；学校")));
        assertEquals(List.of("主次干道", "背街小巷", "公园", "广场", "社区", "小区", "医院", "学校"), s.siteTypes());
    }

    @Test
    void oneSheetPerSiteTypeMergesTheSameStandardIntoOneWithSeveralTypes() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder()
                .sheet("农贸市场")
                .row("农贸市场实地考察标准")
                .row("序号", "测评项目", "测评内容", "测评标准", "分值")
                .row(1, "公共环境", "环境卫生", "地面无垃圾、无积水", 2)
                .row(2, "市场管理", "诚信计量", "设置公平秤", 2)
                .sheet("主次干道")
                .row("序号", "测评项目", "测评内容", "测评标准", "分值")
                .row(1, "公共环境", "环境卫生", "地面无垃圾、无积水", 2)
                .row(2, "公共秩序", "交通秩序", "非机动车停放有序", 2)
                .sheet("公园")
                .row("序号", "测评项目", "测评内容", "具体标准", "分值")
                .row(1, "公共环境", "环境卫生", " 地面无垃圾、无积水 ", "2分"));
        assertEquals(3, tree.standardCount());
        Standard shared = tree.standards().filter(s -> s.text().equals("地面无垃圾、无积水")).findFirst().orElseThrow();
        assertEquals(List.of("农贸市场", "主次干道", "公园"), shared.siteTypes());
        assertEquals(new BigDecimal("4"), tree.pointsFor("农贸市场"));
    }

    @Test
    void theSameCodeOnSeveralSheetsIsOneStandard() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder()
                .sheet("医院").row("标准编码", "测评项目", "测评内容", "测评标准", "分值").row("WK-01", "公共服务", "窗口服务", "挂牌上岗", 2)
                .sheet("窗口单位").row("标准编码", "测评项目", "测评内容", "测评标准", "分值").row("WK-01", "公共服务", "窗口服务", "挂牌 上岗", 2));
        assertEquals(List.of("医院", "窗口单位"), only(tree).siteTypes());
    }

    @Test
    void theSameStandardWithDifferentPointsOnTwoSheetsIsAnError() throws Exception {
        Path file = new WorkbookBuilder()
                .sheet("医院").row("测评项目", "测评内容", "测评标准", "分值").row("公共服务", "窗口服务", "挂牌上岗", 2)
                .sheet("窗口单位").row("测评项目", "测评内容", "测评标准", "分值").row("公共服务", "窗口服务", "挂牌上岗", 3)
                .save(temp, "conflict.xlsx");
        IndicatorImportResult result = importFile(file);
        assertEquals(IndicatorImportResult.Outcome.REJECTED, result.outcome());
        SheetProblem problem = result.errors().get(0);
        assertEquals("窗口单位!C2", problem.location());
        assertEquals(List.of("分值", "医院!C2"), problem.args());
    }

    @Test
    void cleansStraySpacesLineBreaksAndFullWidthForms() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row("１", " 公共环境\u3000", "环境\n卫生", "  路面\n干净，无\u3000积水  ", "实地考察", "２", "符合／不符合", " 主次干道 、 公园 "));
        Standard s = only(tree);
        assertEquals("路面干净，无积水", s.text());
        assertEquals("公共环境", tree.categories().get(0).name());
        assertEquals("环境卫生", tree.categories().get(0).indicators().get(0).name());
        assertEquals(List.of("主次干道", "公园"), s.siteTypes());
        assertEquals(ScoringRule.BINARY, s.scoring());
    }

    @Test
    void readsGradeCoefficientsAndDefaultDeductionFromTheSettingsSheet() throws Exception {
        IndicatorTree tree = imported(new WorkbookBuilder()
                .sheet("测评体系").row("测评项目", "测评内容", "测评标准", "分值", "计分方式", "适用点位")
                .row("公共环境", "环境卫生", "路面干净", 4, "按处扣分", "公园")
                .sheet("计分设置").row("参数", "值").row("A档系数", 1).row("B档系数", 0.8).row("C档系数", 0.5).row("C#档系数", 0)
                .row("每处扣分", 0.5).row("不符合需说明或照片", "否"));
        assertEquals(new BigDecimal("0.8"), tree.grades().b());
        assertFalse(tree.problemsNeedEvidence());
        assertEquals(new BigDecimal("0.5"), tree.grades().c());
        assertEquals(new BigDecimal("0.5"), only(tree).scoring().deductionPerOccurrence());
    }

    @Test
    void sheetsWithoutATableAreSkippedWithANote() throws Exception {
        Path file = new WorkbookBuilder()
                .sheet("填表说明").row("本表由创文办制定").row("请勿修改表头")
                .sheet("标准").row(HEADER).row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "公园")
                .save(temp, "notes.xlsx");
        IndicatorImportResult result = importFile(file);
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, result.outcome());
        assertEquals("填表说明", result.notes().get(0).sheet());
    }

    @Test
    void reportsEveryErrorAtItsCellAndChangesNothing() throws Exception {
        services.importSampleIndicatorSet().run(Progress.NONE);
        Map<String, Long> before = TestWorkspaces.counts(services);
        Path file = new WorkbookBuilder().sheet("农贸市场")
                .row("测评项目", "测评内容", "测评标准", "测评方法", "分值", "计分方式", "负面清单")
                .row("公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "")
                .row("公共环境", "环境卫生", "垃圾桶完好", "实地考察", "两分", "", "")
                .row("公共环境", "环境卫生", "公厕干净", "实地考察", 2, "优良中差", "")
                .row("公共环境", "环境卫生", "", "实地考察", 2, "", "")
                .row("公共环境", "环境卫生", "无积水", "实地考察", 0, "", "可能")
                .save(temp, "errors.xlsx");
        IndicatorImportResult result = importFile(file);
        assertEquals(IndicatorImportResult.Outcome.REJECTED, result.outcome());
        assertEquals(List.of("农贸市场!E3", "农贸市场!F4", "农贸市场!C5", "农贸市场!E6", "农贸市场!G6"),
                result.errors().stream().map(SheetProblem::location).toList());
        assertEquals(List.of("两分"), result.errors().get(0).args());
        assertEquals(before, TestWorkspaces.counts(services));
    }

    @Test
    void aFieldStandardWithoutSiteTypesIsAnError() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "")
                .save(temp, "notypes.xlsx");
        IndicatorImportResult result = importFile(file);
        assertEquals("Sheet1!H2", result.errors().get(0).location());
    }

    @Test
    void aGenericSheetNameWithoutASiteTypeColumnIsAnError() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row("测评项目", "测评内容", "测评标准", "分值")
                .row("公共环境", "环境卫生", "路面干净", 2).save(temp, "generic.xlsx");
        assertEquals("import.noSiteTypes", importFile(file).errors().get(0).messageKey());
    }

    @Test
    void sameFileTwiceAddsNothingAndAChangedFileIsANewVersion() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row("XX市测评体系").row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 2, "", "公园").save(temp, "v1.xlsx");
        IndicatorImportResult first = importFile(file);
        Map<String, Long> after = TestWorkspaces.counts(services);
        IndicatorImportResult again = importFile(file);
        assertEquals(IndicatorImportResult.Outcome.ALREADY_IMPORTED, again.outcome());
        assertEquals(first.set().id(), again.set().id());
        assertEquals(after, TestWorkspaces.counts(services));

        Path changed = new WorkbookBuilder().sheet("Sheet1").row("XX市测评体系").row(HEADER)
                .row(1, "公共环境", "环境卫生", "路面干净", "实地考察", 3, "", "公园").save(temp, "v2.xlsx");
        IndicatorImportResult second = importFile(changed);
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, second.outcome());
        assertEquals("XX市测评体系", second.set().name());
        assertEquals(2, second.set().version());
        assertEquals(new BigDecimal("2"), services.loadIndicatorSet().run("XX市测评体系 v1").orElseThrow().tree().totalPoints());
        assertEquals(new BigDecimal("3"), services.loadIndicatorSet().run("XX市测评体系").orElseThrow().tree().totalPoints());
    }

    @Test
    void exportThenImportGivesAnIdenticalSet() throws Exception {
        IndicatorImportResult sample = services.importSampleIndicatorSet().run(Progress.NONE);
        LoadedIndicatorSet loaded = services.loadIndicatorSet().run(sample.set().id()).orElseThrow();
        Path out = temp.resolve("export.xlsx");
        services.exportIndicatorWorkbook().run(loaded, out);
        IndicatorImportResult back = importFile(out);
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, back.outcome());
        assertEquals(loaded.tree(), services.loadIndicatorSet().run(back.set().id()).orElseThrow().tree());
        assertEquals(loaded.set().name(), back.set().name());
        assertEquals(2, back.set().version());
    }

    @Test
    void sharedSampleRoundTripsThroughOurTemplateToo() throws Exception {
        IndicatorImportResult first = importFile(TestWorkspaces.sharedSample("indicators-sample.xlsx"));
        Path out = temp.resolve("sample-export.xlsx");
        services.exportIndicatorWorkbook().run(new LoadedIndicatorSet(first.set(), first.tree()), out);
        assertEquals(first.tree(), importFile(out).tree());
    }

    @Test
    void aProblemOfTheWholeFileHasNoCell() {
        assertNull(emptyToNull(SheetProblem.ofFile("import.noSheets").location()));
        assertFalse(SheetProblem.at("农贸市场", "F12", "row.pointsNotNumber", "两分").location().isEmpty());
        assertEquals("农贸市场!F12", SheetProblem.at("农贸市场", "F12", "row.pointsNotNumber", "两分").location());
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
