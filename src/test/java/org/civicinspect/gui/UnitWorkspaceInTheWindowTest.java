package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.rectification.RaiseProblem;
import org.civicinspect.service.workspace.ChooseLanguage;
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
 * An empty workspace, its 整改督办 seen already, that takes in a unit task package from 任务与材料 shows the unit's
 * 整改督办 at once, without a restart.
 */
@ExtendWith(ApplicationExtension.class)
class UnitWorkspaceInTheWindowTest {

    @TempDir static Path temp;
    private static Services unit;
    private static Path task;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeAll
    static void anOfficeThatDispatchedAProblemByPackage() {
        Messages.use("zh");
        Services office = TestWorkspaces.open(temp.resolve("office"));
        office.importSampleIndicatorSet().run(Progress.NONE);
        office.saveUnit().run(ResponsibleUnit.named("城东区城管局"));
        office.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, "人民路 12 号", "城东区", "东湖街道", null, "占道经营", "城东区城管局",
                LocalDate.of(2026, 12, 10)), List.of(), "王芳");
        TestWorkspaces.signInSupervisor(office, "陈主任");
        Round round = office.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), "");
        unit = new Services(Workspace.open(temp.resolve("unit")), TestWorkspaces.CLOCK);
        task = office.sendUnitTask().run("城东区城管局", round.name(), unit.showDeviceKey().fingerprint(), temp.resolve("任务.cipkg")).file();
    }

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(unit, new FxTaskExecutor(unit.workspace().folder()), dialogs, new ChooseLanguage(temp), null);
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theTaskPackageTakenInOnTasksMakesRectificationTheUnits(FxRobot robot) throws Exception {
        robot.clickOn("#nav-rectification");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-tasks");
        dialogs.nextUnitPackages = List.of(task);
        dialogs.confirmAnswer = true;
        robot.clickOn("#receiveTaskButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.reports.isEmpty() || !dialogs.errors.isEmpty());
        assertEquals(List.of(), dialogs.errors);

        robot.clickOn("#nav-rectification");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup((Label l) -> Messages.get("unitProblems.heading").equals(l.getText())).tryQuery().isPresent(),
                "the unit's problem list, not the office's board");
    }
}
