package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.Services;
import org.civicinspect.service.sites.SiteFilter;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start of an empty workspace: a field laptop is led to its task package, and the demo city names its stages,
 * shows the time left as measured, and can be cancelled, which leaves the workspace as it was.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Services services;
    private MainWindow window;

    /** A small city that, after its first round, waits for the cancel that the test clicks. */
    private static final DemoCityMaker WAITS_FOR_CANCEL = (services, progress, stage) -> {
        CreateDemoCity.Made made = new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 80, 4, 2, 9), new Progress() {
            @Override
            public void update(long done, long total) {
                progress.update(done, total);
                for (int i = 0; done >= 2 && i < 600 && !progress.isCancelled(); i++) {
                    sleep();
                }
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }, stage);
        return new DemoCityMaker.Made(made.sites(), made.people(), made.rounds(), made.findings());
    };

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Start
    void start(Stage stage) {
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        services.importSampleIndicatorSet().run(Progress.NONE);
        window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new ChooseLanguage(temp), WAITS_FOR_CANCEL);
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aFieldLaptopIsLedToItsTaskPackage(FxRobot robot) throws Exception {
        dialogs.firstRun = Optional.of(new FirstRun(WorkspaceRole.FIELD, false));
        robot.interact(() -> window.welcome());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-scoring").queryAs(ToggleButton.class).isSelected());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#siteList").tryQuery().isPresent(), "after the welcome the task package is taken in on 现场评分");

        robot.clickOn("#nav-dashboard");
        Button importTask = robot.lookup("#importTaskButton").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, importTask::isVisible);
        assertTrue(importTask.isDefaultButton());
        assertTrue(robot.lookup(Messages.get("dashboard.fieldStart")).tryQuery().isPresent(), "the home page says what to do first");
        robot.clickOn(importTask);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#nav-scoring").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void theDemoCityNamesItsStagesAndCancellingLeavesTheWorkspaceAsItWas(FxRobot robot) throws Exception {
        long auditBefore = services.verifyWorkspace().run().entries();
        dialogs.firstRun = Optional.of(new FirstRun(WorkspaceRole.OFFICE, true));
        robot.interact(() -> window.welcome());
        // The preference is saved off the FX thread first; the demo's progress takes the window after that.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#demo-stage").tryQuery().isPresent());
        Label stage = robot.lookup("#demo-stage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getText().equals(Messages.get("demo.stage.round", 1, 4)));
        Label timeLeft = robot.lookup("#demo-time-left").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !timeLeft.getText().equals(Messages.get("firstStart.measuring")));
        assertTrue(timeLeft.getText().contains("实测"), timeLeft.getText());
        assertTrue(robot.lookup("#nav-dashboard").queryAs(Node.class).getParent().isDisabled(), "no screen opens on a half-made city");

        robot.clickOn("#demo-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.informations.contains(Messages.get("firstStart.cancelled")));
        assertEquals(0, services.listSites().run(SiteFilter.ALL).size());
        assertTrue(services.showRound().list().isEmpty());
        assertTrue(services.listPeople().people().isEmpty());
        assertEquals(auditBefore, services.verifyWorkspace().run().entries(), "not even the log holds a trace of the half-made city");
        assertTrue(!robot.lookup("#nav-dashboard").queryAs(Node.class).getParent().isDisabled());
    }
}
