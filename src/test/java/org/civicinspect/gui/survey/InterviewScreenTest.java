package org.civicinspect.gui.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Interview;
import org.civicinspect.model.Person;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An interviewer opens 问卷调查 and conducts two interviews of the sample questionnaire with the keyboard alone (one
 * where Q4 = 参加过 brings in the multiple choice Q5, one where Q4 = 没有参加过 skips it, each with a 不读出 answer), then
 * abandons a third with a reason; the workspace holds exactly what was keyed.
 */
@ExtendWith(ApplicationExtension.class)
class InterviewScreenTest {

    static final Path SAMPLE = Path.of("assets", "sample-questionnaire.xlsx");

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Services services;
    private String roundId;

    /** A workspace with sites (so districts), the interviewer 王芳 signed in, and round 甲轮 pinning the sample questionnaire. */
    static String surveyRound(Services services) {
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        Person interviewer = services.addPerson().run("王芳", "", Role.INSPECTOR, "第一组");
        services.signedIn().signIn(interviewer);
        String questionnaire = services.importQuestionnaire().run(SAMPLE, null, Progress.NONE).questionnaire().id();
        String round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "").id();
        services.pinQuestionnaire().run("甲轮", questionnaire);
        return round;
    }

    @Start
    void start(Stage stage) {
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        roundId = surveyRound(services);
        MainWindow window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new ChooseLanguage(temp), null);
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void twoInterviewsWithTheKeyboardAlone(FxRobot robot) throws Exception {
        robot.clickOn("#nav-survey");
        Label count = robot.lookup("#interviewCount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count.getText().equals("本轮已完成 0 份"));

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT1);                      // S1 18 周岁及以上, S2 已满半年
        robot.type(KeyCode.DIGIT1);                                      // Q1 听说过
        assertTrue(robot.lookup(".not-read-aloud-tag").queryAll().stream().anyMatch(n -> ((Label) n).getText().equals("「不读出」")),
                "不清楚 is marked as not read aloud");
        robot.type(KeyCode.DIGIT3);                                      // Q2 不清楚 (不读出)
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT1);                      // Q3 知道, Q4 参加过: Q5 is asked
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.ENTER);       // Q5 环境清洁 + 关爱老人和儿童
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1);      // Q6 … Q8
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT1);      // Q9 … Q11
        robot.write("希望多设垃圾桶").type(KeyCode.ENTER);                 // Q12
        robot.type(KeyCode.ENTER);                                       // end of the interview
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count.getText().equals("本轮已完成 1 份"));

        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1, KeyCode.DIGIT1);
        robot.type(KeyCode.DIGIT2);                                      // Q4 没有参加过: Q5 is skipped
        robot.type(KeyCode.DIGIT1);                                      // Q6 参加过
        robot.type(KeyCode.BACK_SPACE);                                  // back to Q6, past the skipped Q5
        robot.type(KeyCode.DIGIT2);                                      // Q6 没有参加过
        robot.type(KeyCode.DIGIT3);                                      // Q7 说不清 (不读出, makes the interview invalid)
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT3, KeyCode.DIGIT3, KeyCode.DIGIT6);  // Q8, Q9, Q10, Q11 不清楚
        robot.type(KeyCode.ENTER, KeyCode.ENTER);                        // Q12 left empty; end
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count.getText().equals("本轮已完成 2 份"));

        dialogs.nextText = "受访者中途离开";
        robot.type(KeyCode.ENTER, KeyCode.DIGIT2, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.workspace().read(tx -> tx.interviews().ofRound(roundId)).stream()
                .anyMatch(Interview::abandoned));

        Map<String, Interview> interviews = services.workspace().read(tx -> tx.interviews().ofRound(roundId)).stream()
                .collect(Collectors.toMap(Interview::id, i -> i));
        assertEquals(List.of("A001", "A002", "A003"), interviews.keySet().stream().sorted().toList());
        Interview first = interviews.get("A001");
        assertEquals(Map.ofEntries(Map.entry("S1", List.of("2")), Map.entry("S2", List.of("1")), Map.entry("Q1", List.of("1")),
                Map.entry("Q2", List.of("9")), Map.entry("Q3", List.of("1")), Map.entry("Q4", List.of("1")), Map.entry("Q5", List.of("1", "3")),
                Map.entry("Q6", List.of("1")), Map.entry("Q7", List.of("1")), Map.entry("Q8", List.of("1")), Map.entry("Q9", List.of("2")),
                Map.entry("Q10", List.of("1")), Map.entry("Q11", List.of("1")), Map.entry("Q12", List.of("希望多设垃圾桶"))), first.answers());
        Interview second = interviews.get("A002");
        assertEquals(Map.ofEntries(Map.entry("S1", List.of("2")), Map.entry("S2", List.of("1")), Map.entry("Q1", List.of("1")),
                Map.entry("Q2", List.of("1")), Map.entry("Q3", List.of("1")), Map.entry("Q4", List.of("2")), Map.entry("Q6", List.of("2")),
                Map.entry("Q7", List.of("9")), Map.entry("Q8", List.of("1")), Map.entry("Q9", List.of("3")), Map.entry("Q10", List.of("3")),
                Map.entry("Q11", List.of("9"))), second.answers());
        for (Interview done : List.of(first, second)) {
            assertNotNull(done.endedAt());
            assertFalse(done.abandoned());
            assertFalse(done.endedAt().isBefore(done.startedAt()));
            assertEquals("王芳", done.interviewer());
        }
        assertEquals(first.district(), second.district(), "the district chosen once is kept for the next interview");
        Interview third = interviews.get("A003");
        assertTrue(third.abandoned());
        assertEquals(Map.of("S1", List.of("2")), third.answers());
        // Scored: only A001 counts; A002 gave the vague 说不清 on Q7, A003 was abandoned.
        assertEquals(1, services.scoreSurvey().run("甲轮", java.time.Duration.ZERO).scores().city().valid().size());
    }
}
