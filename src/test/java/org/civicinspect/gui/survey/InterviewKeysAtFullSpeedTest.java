package org.civicinspect.gui.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.service.Services;
import org.civicinspect.service.survey.RecordInterview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys delivered in one go on the JavaFX thread, so that no save can end between two of them: two whole interviews,
 * with going back, a changed answer that takes a question out, a multiple choice toggled on and off, land on the
 * questions and interviews they were typed for. And an interview the program was killed during is offered again.
 */
@ExtendWith(ApplicationExtension.class)
class InterviewKeysAtFullSpeedTest {

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Services services;
    private String roundId;
    private Stage stage;
    private InterviewView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        roundId = InterviewScreenTest.surveyRound(services);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1366, 768));
        stage.getScene().getStylesheets().add(MainWindow.STYLESHEET);
        stage.show();
    }

    /** Opens the page and waits until its round is ready for the next interview, or (when one is resumed) asking. */
    private void open(InterviewViewModel.Stage expected) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            view = new InterviewView(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new WorkspaceEvents());
            stage.getScene().setRoot(view.root());
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> view.viewModel().stageProperty().get() == expected
                && !view.viewModel().interviewIdProperty().get().isEmpty()).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keysAtFullSpeedLandOnTheQuestionsTheyWereTypedFor(FxRobot robot) throws Exception {
        open(InterviewViewModel.Stage.READY);
        robot.interact(() -> keys(
                KeyCode.ENTER, 2, 1, 1, 3, 1, 1,             // A001: S1, S2, Q1, Q2 不清楚, Q3, Q4 参加过
                2, 4, 2, KeyCode.ENTER,                     // Q5: 交通文明劝导 on, 其他 on, 交通文明劝导 off
                2, 1, KeyCode.BACK_SPACE, 3,                // Q6, Q7 支持, back to Q7: 说不清
                1, 5, 6, 1, "很好", KeyCode.ENTER,            // Q8, Q9, Q10 不清楚 (the sixth option), Q11, Q12
                KeyCode.ENTER,                              // end A001
                KeyCode.ENTER, 2, 1, 1, 1, 1, 1,            // A002 … Q4 参加过
                1, KeyCode.ENTER,                           // Q5 环境清洁
                KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, 2,  // back to Q4: 没有参加过 takes Q5 out
                1, 1, 1, 1, 2, 2, KeyCode.ENTER,            // Q6 … Q11, Q12 left empty
                KeyCode.ENTER));                            // end A002
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().completedProperty().get() == 2);

        Map<String, Interview> interviews = services.workspace().read(tx -> tx.interviews().ofRound(roundId)).stream()
                .collect(Collectors.toMap(Interview::id, i -> i));
        assertEquals(Map.ofEntries(Map.entry("S1", List.of("2")), Map.entry("S2", List.of("1")), Map.entry("Q1", List.of("1")),
                Map.entry("Q2", List.of("9")), Map.entry("Q3", List.of("1")), Map.entry("Q4", List.of("1")), Map.entry("Q5", List.of("4")),
                Map.entry("Q6", List.of("2")), Map.entry("Q7", List.of("9")), Map.entry("Q8", List.of("1")), Map.entry("Q9", List.of("5")),
                Map.entry("Q10", List.of("9")), Map.entry("Q11", List.of("1")), Map.entry("Q12", List.of("很好"))), interviews.get("A001").answers());
        assertEquals(Map.ofEntries(Map.entry("S1", List.of("2")), Map.entry("S2", List.of("1")), Map.entry("Q1", List.of("1")),
                Map.entry("Q2", List.of("1")), Map.entry("Q3", List.of("1")), Map.entry("Q4", List.of("2")), Map.entry("Q6", List.of("1")),
                Map.entry("Q7", List.of("1")), Map.entry("Q8", List.of("1")), Map.entry("Q9", List.of("1")), Map.entry("Q10", List.of("2")),
                Map.entry("Q11", List.of("2"))), interviews.get("A002").answers());
        assertEquals(2, interviews.values().stream().filter(i -> i.endedAt() != null && !i.abandoned()).count());
        assertEquals("A003", WaitForAsyncUtils.asyncFx(() -> view.viewModel().interviewIdProperty().get()).get(10, TimeUnit.SECONDS));
    }

    @Test
    void anInterviewLeftUnfinishedIsOfferedAndGoesOnWhereItStopped(FxRobot robot) throws Exception {
        RecordInterview record = services.recordInterview();
        record.start(new RecordInterview.Start(roundId, "B007", "", "城东区", InterviewMethod.STREET, null));
        record.answer(roundId, "B007", "S1", List.of("2"));
        record.answer(roundId, "B007", "S2", List.of("1"));
        dialogs.confirmAnswer = true;
        open(InterviewViewModel.Stage.ASKING);
        assertTrue(dialogs.confirmations.get(0).contains("B007"), dialogs.confirmations::toString);
        assertEquals(InterviewViewModel.Stage.ASKING, view.viewModel().stageProperty().get());
        assertEquals("Q1", view.viewModel().questionProperty().get().code());
        assertEquals(InterviewMethod.STREET, view.viewModel().methodProperty().get());

        robot.interact(() -> keys(1, 1, 1, 2, 1, 1, 1, 1, 1, 1, KeyCode.ENTER, KeyCode.ENTER));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.viewModel().completedProperty().get() == 1);
        Interview resumed = services.workspace().read(tx -> tx.interviews().find(roundId, "B007")).orElseThrow();
        assertNotNull(resumed.endedAt());
        assertFalse(resumed.abandoned());
        assertEquals(List.of("2"), resumed.answer("Q4"));
        assertEquals(12, resumed.answers().size(), resumed.answers()::toString);                 // Q5 skipped, Q12 left empty
        assertEquals("B008", view.viewModel().interviewIdProperty().get());
    }

    /** Each step a key (digits as ints, for the number keys) or a text typed into the field that has the focus. */
    private void keys(Object... steps) {
        for (Object step : steps) {
            if (step instanceof String text) {
                text.chars().forEach(c -> fire(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf((char) c), "", KeyCode.UNDEFINED, false, false, false, false)));
            } else if (step instanceof Integer digit) {
                KeyCode code = KeyCode.valueOf("DIGIT" + digit);
                fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
                fire(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(digit), "", KeyCode.UNDEFINED, false, false, false, false));
                fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
            } else {
                KeyCode code = (KeyCode) step;
                fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
                fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", code, false, false, false, false));
            }
        }
    }

    private void fire(KeyEvent event) {
        Event.fireEvent(stage.getScene().getFocusOwner(), event);
    }
}
