package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The population profile (人口结构) comes in with the survey plan, all or nothing, and the survey is weighted to it only
 * when asked. Worked by hand:
 *
 * <pre>
 * 人口结构（全市）S1 年龄：1 18–34岁 50%，2 35–59岁 30%，3 60岁及以上 20%
 * 城东区（用全市的）：D01 D02 D03 18–34岁，Q1 知道 D01 D02；D04 35–59岁，Q1 不知道；60岁及以上无样本
 *   有样本各组占比合计 S = 80%，n' = 4
 *   权重 18–34岁 (50/80) ÷ 3/4 = 5/6；35–59岁 (30/80) ÷ 1/4 = 3/2；合计 3 × 5/6 + 3/2 = 4
 *   Q1 加权 (2 × 5/6) / 4 = 5/12 = 41.67%；未加权 2/4 = 50%
 * </pre>
 */
class WeightedSurveyTest {

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void openWorkspace() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        Path questionnaire = new WorkbookBuilder().sheet("问卷题目")
                .row("题号", "题目", "题型", "甄别题", "跳题条件", "指数", "权重")
                .row("S1", "您的年龄", "单选", "是", "", "", "")
                .row("Q1", "您是否知道本市正在创建全国文明城市", "是否", "", "", "知晓率", 1)
                .row("Q2", "您参加过哪些志愿服务", "多选", "", "", "参与率", 1)
                .sheet("选项").row("题号", "选项代码", "选项", "计为正向", "不读出", "作废")
                .row("S1", 0, "未满18岁", "", "", "是").row("S1", 1, "18–34岁", "", "", "").row("S1", 2, "35–59岁", "", "", "")
                .row("S1", 3, "60岁及以上", "", "", "")
                .row("Q1", 1, "知道", "是", "", "").row("Q1", 2, "不知道", "", "", "")
                .row("Q2", 1, "环境清洁", "是", "", "").row("Q2", 2, "没有参加过", "", "", "")
                .save(temp, "问卷.xlsx");
        String id = services.importQuestionnaire().run(questionnaire, "年龄问卷", Progress.NONE).questionnaire().id();
        services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), "");
        services.pinQuestionnaire().run("甲轮", id);
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private static List<String> english(List<SheetProblem> problems) {
        Messages.use("en");
        try {
            return problems.stream().map(Messages::describe).toList();
        } finally {
            Messages.use("zh");
        }
    }

    private Path plan() throws Exception {
        return new WorkbookBuilder()
                .sheet("样本配额").row("区", "方式", "目标数").row("城东区", "入户", 10)
                .sheet("人口结构").row("区", "题号", "选项代码", "人口占比")
                .row("", "S1", "1", 50).row("全市", "S1", "2", 30).row("全市", "S1", "3", "20%")
                .save(temp, "样本计划.xlsx");
    }

    private void interviews() throws Exception {
        String text = "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,Q1\n"
                + "D01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,1,1\n"
                + "D02,王芳,城东区,入户,2026-11-20 10:00,2026-11-20 10:12,否,1,1\n"
                + "D03,王芳,城东区,入户,2026-11-20 11:00,2026-11-20 11:12,否,1,2\n"
                + "D04,王芳,城东区,入户,2026-11-20 14:00,2026-11-20 14:12,否,2,2\n";
        Path csv = Files.writeString(temp.resolve("纸质问卷.csv"), text, StandardCharsets.UTF_8);
        assertTrue(services.importPaperInterviews().run("甲轮", csv).ok());
    }

    @Test
    void thePopulationProfileIsStoredWithThePlanAndExportsBackTheSame() throws Exception {
        ImportSurveyPlan.Result imported = services.importSurveyPlan().run("甲轮", plan());
        assertEquals(List.of(), english(imported.errors()));
        assertEquals(List.of(new PopulationShare("", "S1", "1", new BigDecimal("50")), new PopulationShare("", "S1", "2", new BigDecimal("30")),
                new PopulationShare("", "S1", "3", new BigDecimal("20"))), imported.plan().populations());
        Path out = temp.resolve("导出.xlsx");
        SurveyPlan exported = services.exportSurveyPlan().run("甲轮", out);
        assertEquals(imported.plan(), exported);
        assertEquals(imported.plan(), services.importSurveyPlan().run("甲轮", out).plan());
    }

    @Test
    void sharesThatDoNotAddUpToAHundredOrLeaveOutAnOptionAreRefusedWithTheirCellsAndChangeNothing() throws Exception {
        services.importSurveyPlan().run("甲轮", plan());
        Map<String, Long> before = services.workspace().read(tx -> tx.surveyPlans().tableCounts());
        Path file = new WorkbookBuilder().sheet("人口结构").row("区", "题号", "选项代码", "人口占比")
                .row("全市", "S1", "1", 50).row("全市", "S1", "2", 30).row("全市", "S1", "3", 19.5)
                .row("城东区", "S1", "1", 60).row("城东区", "S1", "2", 40)
                .save(temp, "坏人口结构.xlsx");
        ImportSurveyPlan.Result result = services.importSurveyPlan().run("甲轮", file);
        assertEquals(List.of(
                "人口结构!D2: the population shares of 全市 by S1 add up to 99.5%, not exactly 100% (up to 人口结构!D4; write percent, 30 for 30%)",
                "人口结构!C5: the population profile of 城东区 lacks option(s) 3 60岁及以上 of S1 (a share may be 0)"), english(result.errors()));
        assertNull(result.plan());
        assertEquals(before, services.workspace().read(tx -> tx.surveyPlans().tableCounts()));
    }

    @Test
    void theProfileIsOneSingleChoiceQuestionAndEveryShareAPercentage() throws Exception {
        Path mixed = new WorkbookBuilder().sheet("人口结构").row("区", "题号", "选项代码", "人口占比")
                .row("", "S1", "1", 100).row("", "Q1", "1", 100).row("", "S1", "2", "三成").row("", "S1", "3", 120)
                .save(temp, "混合.xlsx");
        assertEquals(List.of("人口结构!D4: population share \"三成\" is not a percentage from 0 to 100 (such as 30 or 30%)",
                        "人口结构!D5: population share \"120\" is not a percentage from 0 to 100 (such as 30 or 30%)"),
                english(services.importSurveyPlan().run("甲轮", mixed).errors()), "a share not read leaves the sums unchecked");
        Path other = new WorkbookBuilder().sheet("人口结构").row("区", "题号", "选项代码", "人口占比")
                .row("", "S1", "1", 100).row("", "Q1", "1", 100)
                .save(temp, "两道题.xlsx");
        assertEquals(List.of("人口结构!B3: the population profile is by one question only: this row names Q1, while 人口结构!B2 names S1"),
                english(services.importSurveyPlan().run("甲轮", other).errors()));
        Path multiple = new WorkbookBuilder().sheet("人口结构").row("区", "题号", "选项代码", "人口占比")
                .row("", "Q2", "1", 40).row("", "Q2", "2", 60)
                .save(temp, "多选.xlsx");
        assertEquals(List.of("人口结构!B2: question Q2 is a multiple choice, so its options cannot be weighting cells: use a single-choice"
                + " screening question such as the age band"), english(services.importSurveyPlan().run("甲轮", multiple).errors()));
    }

    @Test
    void theSurveyIsWeightedOnlyWhenAskedAndOnlyWithAProfile() throws Exception {
        interviews();
        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.scoreSurvey().run("甲轮", ScoreSurvey.DEFAULT_MINIMUM_DURATION, true));
        assertEquals("survey.noPopulation", refused.messageKey());

        services.importSurveyPlan().run("甲轮", plan());
        SurveyGroup plain = services.scoreSurvey().run("甲轮", ScoreSurvey.DEFAULT_MINIMUM_DURATION).scores().city();
        assertEquals(new BigDecimal("50.00"), Rounding.percent(plain.questions().get("Q1").rate()));
        assertNull(plain.weighting());

        ScoreSurvey.Result weighted = services.scoreSurvey().run("甲轮", ScoreSurvey.DEFAULT_MINIMUM_DURATION, true);
        SurveyGroup east = weighted.scores().byDistrict().get("城东区");
        assertEquals(new BigDecimal("41.67"), Rounding.percent(east.questions().get("Q1").rate()), "(2 × 5/6) / 4 = 5/12");
        assertEquals(new BigDecimal("41.67"), Rounding.percent(east.indices().get("知晓率").value()));
        assertEquals(List.of("城东区 3 60岁及以上"), weighted.scores().weighting().orElseThrow().emptyCells());
        assertEquals(new BigDecimal("0.8333333333333333"), weighted.scores().weighting().orElseThrow().weight("D01"), "(50/80) ÷ 3/4");
        assertEquals(0, new BigDecimal("1.5").compareTo(weighted.scores().weighting().orElseThrow().weight("D04")), "(30/80) ÷ 1/4");
    }

    @Test
    void theSurveyReportIsWeightedWhenAskedAndSaysSoOnEverySheet() throws Exception {
        interviews();
        services.importSurveyPlan().run("甲轮", plan());
        Path plain = temp.resolve("未加权.xlsx");
        Path weighted = temp.resolve("加权.xlsx");
        services.exportSurveyReport().run("甲轮", ScoreSurvey.DEFAULT_MINIMUM_DURATION, plain);
        services.exportSurveyReport().run("甲轮", ScoreSurvey.DEFAULT_MINIMUM_DURATION, true, weighted);

        assertTrue(sheetText(plain, "指数").contains("50.00"), sheetText(plain, "指数"));
        assertTrue(sheetText(plain, "指数").contains("受访者未按人口结构加权"));
        String index = sheetText(weighted, "指数");
        assertTrue(index.contains("41.67") && !index.contains("50.00"), "知晓率 (2 × 5/6) / 4 = 5/12: " + index);
        assertTrue(index.contains("受访者按第 S1 题的人口结构事后分层加权"), index);
        String explained = sheetText(weighted, "计算说明");
        assertTrue(explained.contains("权重 = 人口占比 ÷ 样本占比"), explained);
        assertTrue(explained.contains("60岁及以上"), "the empty cell is named: " + explained);
    }

    /** Every cell of the sheet as shown, one row a line. */
    private static String sheetText(Path workbook, String sheet) throws Exception {
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(workbook.toFile(), null, true)) {
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            StringBuilder text = new StringBuilder();
            for (var row : book.getSheet(sheet)) {
                for (var cell : row) {
                    text.append(format.formatCellValue(cell)).append(' ');
                }
                text.append('\n');
            }
            return text.toString();
        }
    }

    @Test
    void aProfileWhoseQuestionTheNowPinnedQuestionnaireLacksIsRefused() throws Exception {
        services.importSurveyPlan().run("甲轮", plan());
        Path withoutAge = new WorkbookBuilder().sheet("问卷题目").row("题号", "题目", "题型", "甄别题", "跳题条件", "指数", "权重")
                .row("Q1", "您是否知道本市正在创建全国文明城市", "是否", "", "", "知晓率", 1)
                .sheet("选项").row("题号", "选项代码", "选项", "计为正向").row("Q1", 1, "知道", "是").row("Q1", 2, "不知道", "")
                .save(temp, "无年龄问卷.xlsx");
        services.pinQuestionnaire().run("甲轮", services.importQuestionnaire().run(withoutAge, "无年龄问卷", Progress.NONE).questionnaire().id());
        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.scoreSurvey().run("甲轮", ScoreSurvey.DEFAULT_MINIMUM_DURATION, true));
        assertEquals("survey.populationQuestionGone", refused.messageKey());
    }
}
