package org.civicinspect.gui.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Interview;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SetSource;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interview screen's rules without a window: a number must be a number, a screening answer that rules the
 * respondent out ends the questions (and going back undoes it), a key with no option says so, a skipped question is
 * passed both ways, and a multiple choice needs an option before Enter.
 */
class InterviewViewModelTest {

    @TempDir Path temp;

    private static Questionnaire questionnaire() {
        Question age = new Question("S1", "您的年龄？", QuestionKind.NUMBER, List.of(), true, null, null, null, List.of());
        Question resident = new Question("S2", "在本市居住满半年吗？", QuestionKind.YES_NO, List.of(
                new QuestionOption("1", "已满半年", false, false, false), new QuestionOption("2", "不满半年", false, false, true)),
                true, null, null, null, List.of());
        Question heard = new Question("Q1", "听说过创建文明城市吗？", QuestionKind.YES_NO, List.of(
                new QuestionOption("1", "听说过", true, false, false), new QuestionOption("2", "没听说过", false, false, false),
                new QuestionOption("9", "不清楚", false, true, false)), false, null, "知晓率", BigDecimal.ONE, List.of());
        Question where = new Question("Q2", "从哪里听说的？", QuestionKind.MULTIPLE, List.of(
                new QuestionOption("1", "电视", false, false, false), new QuestionOption("2", "社区宣传", false, false, false)),
                false, new AskedWhen("Q1", List.of("1")), null, null, List.of());
        Question say = new Question("Q3", "还有什么建议？", QuestionKind.TEXT, List.of(), false, null, null, null, List.of());
        return new Questionnaire("small-questionnaire", "小问卷", 1, new SetSource("小问卷.xlsx", "c".repeat(64)), TestWorkspaces.CLOCK.instant(),
                List.of(age, resident, heard, where, say), List.of("知晓率"));
    }

    @Test
    void theRulesOfTheInterviewScreen() {
        Messages.use("zh");
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.workspace().write(tx -> {
            tx.questionnaires().insert(questionnaire());
            return null;
        });
        String roundId = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), "").id();
        InterviewViewModel vm = new InterviewViewModel(new InterviewViewModel.UseCases(services.prepareInterviews(), services.recordInterview()),
                new CurrentThreadTaskExecutor(), new ScriptedDialogs());
        vm.reload();
        assertEquals(InterviewViewModel.Stage.NO_ROUND, vm.stageProperty().get());
        services.pinQuestionnaire().run("甲轮", "small-questionnaire");
        vm.reload();
        assertEquals(InterviewViewModel.Stage.READY, vm.stageProperty().get());
        vm.enter();
        assertTrue(vm.messageProperty().get().contains("区"), "a district is needed first: this workspace has none to offer");
        vm.districtProperty().set("城东区");
        vm.enter();
        assertEquals("S1", vm.questionProperty().get().code());

        vm.typedProperty().set("三十四");
        vm.enter();
        assertEquals("S1", vm.questionProperty().get().code(), "not a number: the question stays");
        vm.typedProperty().set("34");
        vm.enter();
        vm.number(2);
        assertEquals(InterviewViewModel.Stage.END, vm.stageProperty().get(), "不满半年 rules the respondent out");
        vm.back();
        assertEquals("S2", vm.questionProperty().get().code());
        vm.number(1);
        vm.number(4);
        assertEquals("Q1 没有第 4 项", vm.messageProperty().get());
        vm.number(2);
        assertEquals("Q3", vm.questionProperty().get().code(), "没听说过: Q2 is not asked");
        vm.back();
        assertEquals("Q1", vm.questionProperty().get().code(), "going back passes the question not asked");
        vm.number(1);
        assertEquals("Q2", vm.questionProperty().get().code());
        assertEquals(List.of(false, false), vm.options().stream().map(InterviewViewModel.OptionLine::chosen).toList());
        vm.enter();
        assertEquals("Q2", vm.questionProperty().get().code(), "a multiple choice needs an option before Enter");
        vm.number(1);
        vm.number(2);
        vm.number(1);
        vm.enter();
        vm.enter();
        assertEquals(InterviewViewModel.Stage.END, vm.stageProperty().get(), "the short text may stay empty");
        vm.enter();

        Interview done = services.workspace().read(tx -> tx.interviews().find(roundId, "A001")).orElseThrow();
        assertEquals(Map.of("S1", List.of("34"), "S2", List.of("1"), "Q1", List.of("1"), "Q2", List.of("2")), done.answers());
        assertEquals(1, vm.completedProperty().get());
        assertEquals("A002", vm.interviewIdProperty().get());
        assertEquals(InterviewViewModel.Stage.READY, vm.stageProperty().get());
    }
}
