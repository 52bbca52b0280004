package org.civicinspect.gui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.gui.WorkspaceEvents;
import org.civicinspect.service.Services;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 任务与材料 page at the office, in a real (headless) window: the office's unit package buttons and not the unit's,
 * and Alt+U writing the chosen unit's task package; an empty workspace offers only to take a task package in.
 */
@ExtendWith(ApplicationExtension.class)
class UnitButtonsOnTheTasksPageTest {

    @TempDir static Path temp;
    private static TaskBreakdownCity city;
    private static Services empty;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedDialogs emptyDialogs = new ScriptedDialogs();

    @BeforeAll
    static void theCityAndAnEmptyWorkspace() throws Exception {
        city = TaskBreakdownCity.make(temp);
        empty = new Services(Workspace.open(temp.resolve("交通局的电脑")), TestWorkspaces.CLOCK);
    }

    @Start
    void start(Stage stage) {
        TasksView view = new TasksView(city.services(), new FxTaskExecutor(city.services().workspace().folder()), dialogs, new WorkspaceEvents());
        stage.setScene(scene(view));
        stage.show();
        Stage other = new Stage();
        other.setScene(scene(new TasksView(empty, new FxTaskExecutor(empty.workspace().folder()), emptyDialogs, new WorkspaceEvents())));
        other.show();
    }

    private static Scene scene(TasksView view) {
        Scene scene = new Scene(view.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        return scene;
    }

    private static List<String> shown(FxRobot robot, Stage stage) {
        return robot.from(stage.getScene().getRoot()).lookup((Button b) -> b.getId() != null && b.getId().endsWith("Button") && b.isVisible())
                .queryAllAs(Button.class).stream().map(Button::getId).filter(id -> id.matches("send.*|receive.*|addMaterial.*|writeReply.*"))
                .sorted().toList();
    }

    @Test
    void theOfficeSendsAUnitItsPackageByKeyAndAnEmptyWorkspaceOnlyTakesOneIn(FxRobot robot) throws Exception {
        List<Stage> stages = robot.listTargetWindows().stream().filter(w -> w instanceof Stage).map(w -> (Stage) w).toList();
        Stage office = stages.stream().filter(s -> s.getScene().lookup("#unitList") != null
                && !robot.from(s.getScene().getRoot()).lookup("#roundChoice").queryComboBox().getItems().isEmpty()).findFirst().orElseThrow();
        Stage unit = stages.stream().filter(s -> s != office).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, office).size() == 2);
        assertEquals(List.of("receiveReplyButton", "sendUnitButton"), shown(robot, office));
        assertEquals(List.of("receiveTaskButton"), shown(robot, unit));

        dialogs.nextChoice = "交通局";
        dialogs.nextText = empty.showDeviceKey().fingerprint();
        Path out = temp.resolve("交通局-任务.cipkg");
        dialogs.nextPackageSave = out;
        robot.interact(office::requestFocus);
        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.informations.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);
        assertTrue(dialogs.informations.get(0).contains("交通局") && Files.size(out) > 0, dialogs.informations::toString);
        assertFalse(dialogs.offeredChoices.get(0).isEmpty());
    }
}
