package org.civicinspect.gui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.FirstRun;
import org.civicinspect.gui.FxTaskExecutor;
import org.civicinspect.gui.MainWindow;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Progress;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start asks the workspace's role and offers the demo; the answer is kept and shows in 设置. */
@ExtendWith(ApplicationExtension.class)
class FirstRunScreenTest {

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Services services;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        services = TestWorkspaces.open(temp.resolve("ws-" + System.nanoTime()));
        services.importSampleIndicatorSet().run(Progress.NONE);
        dialogs.firstRun = Optional.of(new FirstRun(WorkspaceRole.FIELD, false));
        window = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new ChooseLanguage(temp), org.civicinspect.Launcher.demoCity());
        Scene scene = new Scene(window.root(), 1366, 768);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWelcomeAsksOnceAndSettingsShowTheAnswer(FxRobot robot) throws Exception {
        robot.interact(() -> window.welcome());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.changePreferences().current().role() == WorkspaceRole.FIELD);
        assertEquals(List.of(true), dialogs.welcomes, "an empty workspace is offered the demo");
        assertTrue(!services.offerDemoCity().shouldOffer(), "declining the demo is kept");

        robot.interact(() -> window.welcome());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(1, dialogs.welcomes.size(), "the welcome comes once");

        robot.clickOn("#nav-settings");
        RadioButton field = robot.lookup("#fieldRole").queryAs(RadioButton.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, field::isSelected);
    }
}
