package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.Role;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.Services;
import org.civicinspect.service.workspace.ChooseLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** When the app starts, the office picks who is working from its staff, once: the choice is remembered for the workspace. */
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {

    @TempDir static Path temp;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private MainWindow show(FxRobot robot, Services services) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(services, new FxTaskExecutor(services.workspace().folder()), dialogs, new ChooseLanguage(temp), null);
            Scene scene = new Scene(window[0].root(), 1366, 768);
            scene.getStylesheets().add(MainWindow.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            window[0].welcome();
        });
        return window[0];
    }

    private static Services office(Path folder) {
        Services services = TestWorkspaces.open(folder);
        services.changePreferences().save(new Preferences(WorkspaceRole.OFFICE, 3, 3, 10));
        return services;
    }

    @Test
    void theOfficePicksFromItsStaffOnceAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        Path folder = temp.resolve("office-" + System.nanoTime());
        Services services = office(folder);
        services.addPerson().run("陈主任", "", Role.SUPERVISOR, null);
        services.addPerson().run("张三", "", Role.INSPECTOR, "第1组");
        dialogs.nextChoice = Messages.get("signIn.person", "陈主任", Messages.get("role.SUPERVISOR"));
        show(robot, services);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.signedIn().person().isPresent());
        assertEquals("陈主任", services.signedIn().name());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#signedInButton").queryAs(Button.class).getText().equals(Messages.get("signIn.working", "陈主任")));

        dialogs.nextChoice = null;
        Services reopened = TestWorkspaces.open(folder);
        show(robot, reopened);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> reopened.signedIn().person().isPresent());
        assertEquals("陈主任", reopened.signedIn().name(), "remembered for the workspace, without asking again");
    }

    @Test
    void aNewOfficeIsAskedToAddItselfFirst(FxRobot robot) throws Exception {
        Services services = office(temp.resolve("new-" + System.nanoTime()));
        show(robot, services);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.informations.contains(Messages.get("signIn.addYourself")));
        assertTrue(robot.lookup("#nav-people").queryAs(javafx.scene.control.ToggleButton.class).isSelected(), "the People page is open");
        assertEquals(Messages.get("signIn.nobody"), robot.lookup("#signedInButton").queryAs(Button.class).getText());
        assertEquals(List.of(), services.listPeople().people());
    }
}
