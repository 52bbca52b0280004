package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A staff member whose .pgpass holds no password for the office's server types it when the app starts. */
class ServerSignInOnTheDesktopTest {

    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";

    @TempDir Path temp;
    private DesktopApp app;
    private String keptPasswordFile;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (keptPasswordFile != null) {
            System.setProperty(PASSWORD_FILE, keptPasswordFile);
        }
    }

    @Test
    void aWrongPasswordIsSaidOnTheFormAndTheRightOneOpensTheWorkspace() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        String address = ServerWorkspaces.address(temp.resolve("office"));
        keptPasswordFile = System.getProperty(PASSWORD_FILE);
        System.setProperty(PASSWORD_FILE, temp.resolve("none.pgpass").toString());

        FxToolkit.registerPrimaryStage();
        DesktopApp.startOn(WorkspaceAddress.of(address, null, temp.resolve("local")), temp.resolve("local"), "zh", null, null);
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp::new);
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();

        signIn(robot, "not-the-password");
        String why = robot.lookup("#signInWhy").queryAs(Label.class).getText();
        assertEquals(Messages.get("server.signInRefused", address, "civicinspect_test"), why);
        assertEquals("", robot.lookup("#serverPassword").queryAs(PasswordField.class).getText(), "the field never keeps a password");

        signIn(robot, "civicinspect_test");
        assertTrue(robot.lookup("#serverPassword").tryQuery().isEmpty(), "the sign-in form gives way to the workspace");
        assertTrue(robot.lookup(Messages.get("app.workspace", address)).tryQuery().isPresent(), "the window names the server it works on");
        assertTrue(robot.lookup(Messages.get("firstStart.server", address)).tryQuery().isPresent(),
                "the first start of a server workspace says it is the office's shared one");
        assertTrue(robot.lookup(Messages.get("role.workspace.FIELD")).tryQuery().isEmpty(), "a server workspace is never a field laptop's");
    }

    private static void signIn(FxRobot robot, String password) throws Exception {
        robot.interact(() -> robot.lookup("#serverPassword").queryAs(PasswordField.class).setText(password));
        robot.interact(() -> robot.lookup("#serverSignIn").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#serverSignIn").tryQuery().map(javafx.scene.Node::isDisabled).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
