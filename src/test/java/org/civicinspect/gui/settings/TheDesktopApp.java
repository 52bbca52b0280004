package org.civicinspect.gui.settings;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.civicinspect.gui.DesktopAppStarter;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.workspace.ChangePreferences;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole desktop app, started as the jar starts it (no --db: the workspace 设置 chose last), and driven through its
 * 设置 screen as a clerk does, keys and buttons alike.
 */
final class TheDesktopApp {

    private final FxRobot robot = new FxRobot();
    private final Path home;
    private Object app;

    private TheDesktopApp(Path home) {
        this.home = home;
    }

    /**
     * Starts the app from the data folder {@code home} ({@code db}: what --db names, or null), its role already chosen so
     * that the first-start welcome does not ask.
     */
    static TheDesktopApp start(Path home, String db) throws TimeoutException, java.io.IOException {
        chooseOfficeRole(home);
        TheDesktopApp desktop = new TheDesktopApp(home);
        FxToolkit.registerPrimaryStage();
        desktop.app = DesktopAppStarter.start(new ChooseWorkspace(home).atStart(db, null), home);
        desktop.waitFor(() -> desktop.robot.lookup("#nav-settings").tryQuery().isPresent());
        return desktop;
    }

    /** Saves the role of the workspace in that data folder, as its first start's welcome does. */
    static void chooseOfficeRole(Path folder) throws java.io.IOException {
        java.nio.file.Files.createDirectories(folder);
        ChangePreferences preferences = new ChangePreferences(folder);
        Preferences now = preferences.current();
        preferences.save(new Preferences(WorkspaceRole.OFFICE, now.listSize(), now.warnDays(), now.keepBackups()));
    }

    /** Quits as a clerk does: what the last workspace opened asked is answered first. */
    void close() throws TimeoutException {
        waitFor(() -> !dialogs().isEmpty() || robot.lookup("#embeddedChoice").tryQuery().isPresent());
        robot.interact(() -> dialogs().forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitForFxEvents();
        DesktopAppStarter.stop(app);
        FxToolkit.cleanupStages();
    }

    /** Whether the window's header names this workspace (a folder, or a server's address). */
    boolean works(String place) {
        return robot.lookup(Messages.get("app.workspace", place)).tryQuery().isPresent();
    }

    void waitUntilItWorks(String place) throws TimeoutException {
        waitFor(() -> works(place));
    }

    /**
     * Opens 设置 once the workspace just opened has asked who is working: its people registry is empty, so it says to
     * add oneself first, which is closed here.
     */
    void openSettings() throws TimeoutException {
        waitFor(() -> !dialogs().isEmpty());
        robot.interact(() -> dialogs().forEach(javafx.stage.Window::hide));
        // Closing it shows 人员, once the dialog has given way.
        waitFor(() -> robot.lookup("#nav-people").queryAs(ToggleButton.class).isSelected());
        robot.interact(() -> robot.lookup("#nav-settings").queryAs(ToggleButton.class).fire());
        waitFor(() -> robot.lookup("#embeddedChoice").tryQuery().isPresent());
    }

    /** Fills in the office server's address and the password, then presses Enter in the password field. */
    void switchToServer(WorkspaceAddress.ServerParts server, String password) {
        robot.interact(() -> {
            robot.lookup("#serverChoice").queryAs(RadioButton.class).fire();
            text("#hostField", server.host());
            text("#portField", String.valueOf(server.port()));
            text("#databaseField", server.database());
            text("#loginField", server.login());
            robot.lookup("#passwordField").queryAs(PasswordField.class).setText(password);
        });
        robot.clickOn("#passwordField").type(javafx.scene.input.KeyCode.ENTER);
    }

    /** Chooses the folder on this computer and switches with the button. */
    void switchToFolder(Path folder) {
        robot.interact(() -> {
            robot.lookup("#embeddedChoice").queryAs(RadioButton.class).fire();
            text("#folderField", folder.toString());
            robot.lookup("#switchButton").queryButton().fire();
        });
    }

    /** The sentence beside the fields saying why the last switch was refused; waits until there is one. */
    String refusal() throws TimeoutException {
        waitFor(() -> !label("#workspaceProblem").isEmpty());
        return label("#workspaceProblem");
    }

    String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    String passwordTyped() {
        return robot.lookup("#passwordField").queryAs(PasswordField.class).getText();
    }

    Path home() {
        return home;
    }

    private void text(String id, String value) {
        robot.lookup(id).queryAs(TextField.class).setText(value);
    }

    private java.util.List<javafx.stage.Window> dialogs() {
        return robot.listWindows().stream().filter(w -> w instanceof Stage stage && stage.getModality() != Modality.NONE && stage.isShowing())
                .toList();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
