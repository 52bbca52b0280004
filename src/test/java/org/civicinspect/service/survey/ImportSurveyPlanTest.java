package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A survey plan workbook in and out: all or nothing, every error named by sheet and cell, the export reads back the same. */
class ImportSurveyPlanTest {

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        String questionnaire = services.importQuestionnaire().run(Path.of("assets", "sample-questionnaire.xlsx"), null, Progress.NONE)
                .questionnaire().id();
        services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), "");
        services.createRound().run("乙轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "");
        services.pinQuestionnaire().run("甲轮", questionnaire);
        services.addPerson().run("王芳", "", Role.INSPECTOR, null);
        services.addPerson().run("李强", "", Role.INSPECTOR, null);
        services.addPerson().run("赵敏", "", Role.INSPECTOR, null);
        services.deactivatePerson().run(services.listPeople().people().stream().filter(p -> p.name().equals("赵敏")).findFirst().orElseThrow().id());
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private Map<String, Long> counts() {
        return services.workspace().read(tx -> tx.surveyPlans().tableCounts());
    }

    private static List<String> english(List<SheetProblem> problems) {
        Messages.use("en");
        try {
            return problems.stream().map(Messages::describe).toList();
        } finally {
            Messages.use("zh");
        }
    }

    @Test
    void anExportedPlanImportsBackToTheSamePlan() throws Exception {
        ImportSurveyPlan.Result first = services.importSurveyPlan().run("甲轮", ShowSurveyPlanTest.planWorkbook(temp));
        assertEquals(List.of("样本配额!C2: 城东区 入户: the target is 10 and 访问员分配 hands out 6"), english(first.notes()),
                "quotas handed out that do not add up to the target are said, and allowed");
        SurveyPlan imported = first.plan();
        Path out = temp.resolve("导出.xlsx");
        assertEquals(imported, services.exportSurveyPlan().run("甲轮", out));

        ImportSurveyPlan.Result again = services.importSurveyPlan().run("甲轮", out);
        assertEquals(List.of(), english(again.errors()));
        assertEquals(imported, again.plan());
        assertEquals(imported, services.showSurveyPlan().run("甲轮").plan());
        assertEquals(Map.of("survey_quota", 3L, "survey_profile_quota", 2L, "survey_assignment", 3L, "survey_population_share", 0L), counts());
    }

    @Test
    void aRoundWithoutAPlanExportsTheEmptyTemplate() throws Exception {
        Path out = temp.resolve("空白.xlsx");
        assertTrue(services.exportSurveyPlan().run("乙轮", out).isEmpty());
        ImportSurveyPlan.Result empty = services.importSurveyPlan().run("乙轮", out);
        assertEquals(List.of("The workbook holds no targets"), english(empty.errors()));
    }

    @Test
    void aHostileWorkbookGivesEveryErrorByCellAndChangesNothing() throws Exception {
        services.importSurveyPlan().run("甲轮", ShowSurveyPlanTest.planWorkbook(temp));
        Map<String, Long> before = counts();
        SurveyPlan plan = services.showSurveyPlan().run("甲轮").plan();
        Path file = new WorkbookBuilder()
                .sheet("配额").row("样本计划（示例）").row("区县", "访问方式", "目标数")
                .row("城东区", "入户", 10)
                .row("城东区", "入户访问", 12)
                .row("", "街访", 5)
                .row("城西区", "骑车", "十个")
                .row("城西区", "电话", 2.5)
                .row("城西区", "街访", -3)
                .sheet("结构").row("区", "题号", "选项代码", "目标数")
                .row("全市", "S9", "1", 5)
                .row("全市", "S1", "7", 5)
                .row("城南区", "S2", "1", 5)
                .sheet("分配").row("访问员", "区", "方式", "目标数")
                .row("张三", "城东区", "入户", 5)
                .row("赵敏", "城东区", "入户", 5)
                .row("王芳", "城西区", "入户", 5)
                .row("", "城东区", "入户", 5)
                .save(temp, "坏计划.xlsx");
        ImportSurveyPlan.Result result = services.importSurveyPlan().run("甲轮", file);
        assertEquals(List.of(
                "配额!B4: 城东区 入户 already has a target at 配额!B3",
                "配额!A5: 区 is empty",
                "配额!B6: 方式 \"骑车\" is not understood: write 入户, 街访 or 电话",
                "配额!C6: 目标数 \"十个\" is not a whole number from 0 to 100000",
                "配额!C7: 目标数 \"2.5\" is not a whole number from 0 to 100000",
                "配额!C8: 目标数 \"-3\" is not a whole number from 0 to 100000",
                "结构!B2: question S9 is not a question of 文明城市创建市民问卷——示例（非官方文本） v1",
                "结构!C3: question S1 has no option 7",
                "分配!A2: 访问员 \"张三\" is not a registered person: add them with people add, or correct the name",
                "分配!A3: 访问员 \"赵敏\" is deactivated: activate them again or give the quota to someone else",
                "分配!A5: 访问员 is empty",
                "结构!A4: district 城南区 has no target on sheet 样本配额",
                "分配!C4: 城西区 入户 has no target on sheet 样本配额: give it one there, or correct this row"),
                english(result.errors()));
        assertNull(result.plan());
        assertEquals(before, counts());
        assertEquals(plan, services.showSurveyPlan().run("甲轮").plan());
    }

    @Test
    void aFileThatIsNotAWorkbookOrHasNoPlanSheetIsRefusedInOneSentence() throws Exception {
        Path text = Files.writeString(temp.resolve("计划.xlsx"), "区,方式,目标数\n城东区,入户,10\n");
        assertEquals(List.of("计划.xlsx is not an Excel workbook (.xlsx or .xls)"), english(services.importSurveyPlan().run("甲轮", text).errors()));

        Path other = new WorkbookBuilder().sheet("Sheet1").row("姓名", "电话").row("王芳", "123").save(temp, "名单.xlsx");
        assertEquals(List.of("No plan sheet found within the first 15 rows of sheet(s) Sheet1 (a header with 区, 方式 and 目标数; 题号, 选项代码 and"
                + " 目标数; 访问员, 区, 方式 and 目标数; or 题号, 选项代码 and 人口占比)"), english(services.importSurveyPlan().run("甲轮", other).errors()));
        assertEquals(0L, counts().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aProfileNeedsTheRoundsQuestionnaire() throws Exception {
        Path file = new WorkbookBuilder().sheet("样本结构").row("区", "题号", "选项代码", "目标数").row("", "S2", "1", 10).save(temp, "结构.xlsx");
        assertEquals(List.of("样本结构!B2: the round has no questionnaire yet, so a profile cannot be checked: use survey pin first"),
                english(services.importSurveyPlan().run("乙轮", file).errors()));
        assertTrue(services.importSurveyPlan().run("甲轮", file).ok());
        assertEquals("", services.showSurveyPlan().run("甲轮").plan().profiles().get(0).district());
    }
}
