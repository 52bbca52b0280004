package org.civicinspect.gui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.WorkspaceAddress.ServerParts;
import org.civicinspect.service.common.SettingsFile;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 设置 → 工作区 on the office's server: a clerk switches from this computer's folder to the server and back, a wrong
 * password or a login without a role is refused in one sentence, and the choice (never the password) is the one the
 * next start opens.
 */
class WorkspaceChoiceOnServerTest {

    private static final String CLERK = "civic_settings_clerk";
    private static final String NEWCOMER = "civic_settings_newcomer";
    private static final String CLERKS_PASSWORD = "clerk-3f9a-pass";

    @TempDir Path temp;
    private Path home;
    private ServerParts office;
    private TheDesktopApp desktop;

    @BeforeEach
    void officeServer() {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        home = temp.resolve("home");
        office = new WorkspaceAddress(home, ServerWorkspaces.address(temp.resolve("office"))).serverParts().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        if (desktop != null) {
            desktop.close();
        }
        if (TestServer.inUse()) {
            TestServer.dropLogin(CLERK);
            TestServer.dropLogin(NEWCOMER);
        }
    }

    @Test
    void switchesToTheServerAndBackAndTheNextStartOpensTheOneChosen() throws Exception {
        String server = WorkspaceAddress.onServer(home, office).server();
        desktop = TheDesktopApp.start(home, null);
        desktop.openSettings();
        desktop.switchToServer(office, "");
        desktop.waitUntilItWorks(server);
        assertEquals(new WorkspaceAddress(home, server), new ChooseWorkspace(home).remembered());
        desktop.close();

        desktop = TheDesktopApp.start(home, null);
        assertTrue(desktop.works(server), "the next start opens the server chosen, signed in with the user's .pgpass");
        desktop.openSettings();
        assertEquals(Messages.get("settings.workspace.nowServer", office.host() + ":" + office.port(), office.database(), office.login()),
                desktop.label("#workspaceNow"));
        desktop.switchToFolder(home);
        desktop.waitUntilItWorks(home.toString());
        assertFalse(new SettingsFile(home).get("workspace").isPresent(), "back on this computer's own workspace, the default");
    }

    @Test
    void aWrongPasswordAndALoginWithoutARoleAreRefusedInOneSentenceAndThePasswordIsNeverKept() throws Exception {
        String database = ServerWorkspaces.databaseOf(temp.resolve("office"));
        TestServer.staffLogin(database, CLERK, CLERKS_PASSWORD);
        TestServer.grant("civicinspect_office", CLERK);
        TestServer.staffLogin(database, NEWCOMER, CLERKS_PASSWORD);
        ServerParts clerk = new ServerParts(office.host(), office.port(), office.database(), CLERK);
        String clerksServer = WorkspaceAddress.onServer(home, clerk).server();
        desktop = TheDesktopApp.start(home, null);
        desktop.openSettings();

        desktop.switchToServer(clerk, "not-the-password");
        assertEquals(Messages.get("server.signInRefused", clerksServer, CLERK), desktop.refusal());
        assertEquals("", desktop.passwordTyped(), "the field never keeps a password");
        assertTrue(desktop.works(home.toString()), "the workspace shown stays");

        ServerParts newcomer = new ServerParts(office.host(), office.port(), office.database(), NEWCOMER);
        desktop.switchToServer(newcomer, CLERKS_PASSWORD);
        assertEquals(Messages.get("server.noRole", WorkspaceAddress.onServer(home, newcomer).server(), NEWCOMER), desktop.refusal());

        desktop.switchToServer(clerk, CLERKS_PASSWORD);
        desktop.waitUntilItWorks(clerksServer);
        desktop.openSettings();
        assertTrue(desktop.label("#workspaceNow").contains(CLERK), "the login signed in is shown");
        String settings = Files.readString(home.resolve(SettingsFile.FILE));
        assertTrue(settings.contains(CLERK) && !settings.contains(CLERKS_PASSWORD), "the server and login are remembered, the password never");
    }
}
