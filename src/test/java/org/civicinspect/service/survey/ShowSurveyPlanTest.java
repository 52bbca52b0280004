package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.civicinspect.service.survey.SurveyPlanProgress.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A survey plan against the six paper interviews of {@link ImportPaperInterviewsTest}, counted by hand:
 *
 * <pre>
 * A01 王芳 城东区 入户 有效      A02 王芳 城东区 街访 有效      A06 王芳 城东区 入户 无效（Q7 说不清）
 * A03 李强 城西区 电话 无效（甄别）A04 李强 城西区 入户 无效（放弃）A05 李强 城西区 入户 有效
 *
 * 样本配额            目标  有效  无效  还差
 * 城东区 入户           10     1     1     9
 * 城东区 街访            5     1     0     4
 * 城西区 入户            8     1     1     7
 * 城西区 电话（计划外）  0     0     1     0
 * 城东区                15     2     1    13
 * 城西区                 8     1     2     7
 * 全市                  23     3     3    20
 *
 * 样本结构  全市 S2=1 已满半年 目标 20：A01 A02 A05 → 3；城东区 S1=2 18 周岁及以上 目标 10：A01 A02 → 2
 * 访问员    王芳 城东区 入户 6：1 有效 1 无效；王芳 城东区 街访 5：1；李强 城西区 入户 8：1 有效 1 无效；
 *           李强 城西区 电话（计划外）：0 有效 1 无效。王芳合计 11 份，有效 2。
 * </pre>
 */
class ShowSurveyPlanTest {

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void openWorkspace() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        String questionnaire = services.importQuestionnaire().run(Path.of("assets", "sample-questionnaire.xlsx"), null, Progress.NONE)
                .questionnaire().id();
        services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), "");
        services.pinQuestionnaire().run("甲轮", questionnaire);
        services.addPerson().run("王芳", "", Role.INSPECTOR, null);
        services.addPerson().run("李强", "", Role.INSPECTOR, null);
    }

    static Path planWorkbook(Path folder) throws Exception {
        return new WorkbookBuilder()
                .sheet("样本配额").row("区", "方式", "目标数")
                .row("城东区", "入户", 10).row("城东区", "街访", 5).row("城西区", "入户", 8)
                .sheet("样本结构").row("区", "题号", "选项代码", "目标数")
                .row("全市", "S2", "1", 20).row("城东区", "S1", "2", 10)
                .sheet("访问员分配").row("访问员", "区", "方式", "目标数")
                .row("王芳", "城东区", "入户", 6).row("王芳", "城东区", "街访", 5).row("李强", "城西区", "入户", 8)
                .save(folder, "样本计划.xlsx");
    }

    private void interviews() throws Exception {
        String text = "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1,Q4,Q5,Q7,Q11,Q12\n"
                + "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1,1,1;3,1,1,多设垃圾桶\n"
                + "A02,王芳,城东区,街访,2026-11-20 10:00,2026-11-20 10:03,否,2,1,2,2,,1,3,\n"
                + "A03,李强,城西区,电话,2026-11-20 11:00,2026-11-20 11:10,否,1,1,1,1,2,1,1,\n"
                + "A04,李强,城西区,入户,2026-11-20 14:00,2026-11-20 14:08,是,2,1,1,,,,,\n"
                + "A05,李强,城西区,入户,2026-11-20 15:00,2026-11-20 15:20,,2,1,9,1,4,2,2,\n"
                + "A06,王芳,城东区,入户,2026-11-21 09:00,2026-11-21 09:15,否,2,1,1,2,,9,1,\n";
        Path csv = Files.writeString(temp.resolve("纸质问卷.csv"), text, StandardCharsets.UTF_8);
        assertTrue(services.importPaperInterviews().run("甲轮", csv).ok());
    }

    private static Tally tally(String district, InterviewMethod method, int target, int valid, int invalid, boolean planned) {
        return new Tally(district, method, target, valid, invalid, planned);
    }

    @Test
    void everyTargetIsCountedAgainstTheValidInterviewsAsWorkedOutByHand() throws Exception {
        ImportSurveyPlan.Result imported = services.importSurveyPlan().run("甲轮", planWorkbook(temp));
        assertEquals(List.of(), imported.errors().stream().map(Messages::describe).toList());
        interviews();

        SurveyPlanProgress progress = services.showSurveyPlan().run("甲轮");
        assertEquals(List.of(
                tally("城东区", InterviewMethod.HOME, 10, 1, 1, true),
                tally("城东区", InterviewMethod.STREET, 5, 1, 0, true),
                tally("城西区", InterviewMethod.HOME, 8, 1, 1, true),
                tally("城西区", InterviewMethod.PHONE, 0, 0, 1, false)), progress.cells());
        assertEquals(List.of(9, 4, 7, 0), progress.cells().stream().map(Tally::remaining).toList());
        assertEquals(List.of(tally("城东区", null, 15, 2, 1, true), tally("城西区", null, 8, 1, 2, true)), progress.districts());
        assertEquals(tally(null, null, 23, 3, 3, true), progress.city());
        assertEquals(20, progress.city().remaining());

        assertEquals(List.of("S2=1 已满半年", "S1=2 18 周岁及以上"), progress.profiles().stream().map(SurveyPlanProgress.ProfileTally::label).toList());
        assertEquals(List.of(3, 2), progress.profiles().stream().map(SurveyPlanProgress.ProfileTally::valid).toList());
        assertEquals(List.of(17, 8), progress.profiles().stream().map(SurveyPlanProgress.ProfileTally::remaining).toList());

        assertEquals(List.of(
                new SurveyPlanProgress.InterviewerTally("王芳", tally("城东区", InterviewMethod.HOME, 6, 1, 1, true)),
                new SurveyPlanProgress.InterviewerTally("王芳", tally("城东区", InterviewMethod.STREET, 5, 1, 0, true)),
                new SurveyPlanProgress.InterviewerTally("李强", tally("城西区", InterviewMethod.HOME, 8, 1, 1, true)),
                new SurveyPlanProgress.InterviewerTally("李强", tally("城西区", InterviewMethod.PHONE, 0, 0, 1, false))), progress.interviewers());
        assertEquals(tally(null, null, 11, 2, 1, true), progress.ofInterviewer("王芳"));
        assertEquals(tally(null, null, 0, 0, 0, false), progress.ofInterviewer("张三"));
    }

    @Test
    void aRoundWithoutAPlanShowsItsInterviewsAsUnplannedCells() throws Exception {
        interviews();
        SurveyPlanProgress progress = services.showSurveyPlan().run("甲轮");
        assertTrue(progress.plan().isEmpty());
        assertEquals(tally(null, null, 0, 3, 3, false), progress.city());
        assertEquals(4, progress.cells().size());
        assertFalse(progress.cells().stream().anyMatch(Tally::planned));
    }

    @Test
    void aTargetMetCountsNothingStillWanted() {
        Tally met = tally("城东区", InterviewMethod.HOME, 10, 12, 0, true);
        assertTrue(met.met());
        assertEquals(0, met.remaining());
    }
}
