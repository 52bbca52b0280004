package org.civicinspect.gui.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.civicinspect.gui.FxSnapshot;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.rectification.ListProblems;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 整改督办 board in a real (headless) window: the buttons offer only the steps the selected cards may take, and the
 * cards shown selected are the problems a step acts on, before and after the board is read again.
 */
@ExtendWith(ApplicationExtension.class)
class RectificationScreenTest {

    @TempDir static Path temp;
    private static Services services;

    @BeforeAll
    static void theDemoCity() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 4, 2, 9), Progress.NONE);
    }

    @Start
    void start(Stage stage) {
        RectificationView view = new RectificationView(services, new FxTaskExecutor(services.workspace().folder()), new ScriptedDialogs(), new WorkspaceEvents());
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ListProblems.Listed> column(FxRobot robot, ProblemStatus status) {
        return robot.lookup("#column-" + status.name()).queryAs(ListView.class);
    }

    private static Set<String> ids(List<ListProblems.Listed> problems) {
        return problems.stream().map(l -> l.problem().id()).collect(Collectors.toSet());
    }

    private static boolean enabled(FxRobot robot, String id) {
        return !robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void theSelectedCardsAreTheProblemsAStepMovesAndStaySelectedAfterwards(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Round> rounds = robot.lookup("#roundChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rounds.getItems().size() == 5);
        robot.interact(() -> rounds.getSelectionModel().select(3));
        ListView<ListProblems.Listed> toFix = column(robot, ProblemStatus.TO_FIX);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> toFix.getItems().size() >= 3);
        assertFalse(enabled(robot, "#startButton"), "nothing selected, nothing to do");

        robot.interact(() -> toFix.getSelectionModel().selectIndices(0, 2));
        Set<String> picked = ids(toFix.getSelectionModel().getSelectedItems());
        assertEquals(2, picked.size());
        assertTrue(enabled(robot, "#startButton"));
        assertFalse(enabled(robot, "#submitButton") || enabled(robot, "#closeButton") || enabled(robot, "#failButton"),
                "a problem waiting to be fixed can only be started");

        robot.clickOn("#startButton");
        ListView<ListProblems.Listed> fixing = column(robot, ProblemStatus.FIXING);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ids(fixing.getItems()).containsAll(picked));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(picked, ids(fixing.getSelectionModel().getSelectedItems()), "the moved cards are shown selected in their new column");
        assertTrue(toFix.getSelectionModel().getSelectedItems().isEmpty());
        assertTrue(enabled(robot, "#submitButton"));
        assertFalse(enabled(robot, "#startButton"));

        robot.interact(() -> toFix.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fixing.getSelectionModel().getSelectedItems().isEmpty(), "one column's selection at a time");
        Set<String> next = ids(toFix.getSelectionModel().getSelectedItems());
        String unit = toFix.getSelectionModel().getSelectedItem().place().unit();
        @SuppressWarnings("unchecked")
        ComboBox<String> units = robot.lookup("#unitChoice").queryAs(ComboBox.class);
        robot.interact(() -> units.setValue(unit));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxSnapshot.of(toFix.getItems()).stream().allMatch(l -> l.place().unit().equals(unit)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ids(toFix.getSelectionModel().getSelectedItems()).equals(next));
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ids(fixing.getItems()).containsAll(next));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(next, ids(fixing.getSelectionModel().getSelectedItems()), "after the board was read again, the step took the card shown");
        assertFalse(ids(toFix.getItems()).containsAll(next));
    }
}
