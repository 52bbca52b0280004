package org.civicinspect.gui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.ChooseWorkspace;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.common.SettingsFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置 → 工作区: the folder a clerk switches to is the one the next start opens, unless --db names another. */
class RememberedWorkspaceTest {

    @TempDir Path temp;
    private TheDesktopApp desktop;

    @AfterEach
    void close() throws Exception {
        if (desktop != null) {
            desktop.close();
        }
    }

    @Test
    void theNextStartOpensTheFolderSwitchedToAndDbStillComesFirst() throws Exception {
        Path home = temp.resolve("home");
        Path other = temp.resolve("other");
        TheDesktopApp.chooseOfficeRole(other);
        desktop = TheDesktopApp.start(home, null);
        assertTrue(desktop.works(home.toString()), "the first start opens the data folder's own workspace");

        desktop.openSettings();
        assertEquals(Messages.get("settings.workspace.nowFolder", home), desktop.label("#workspaceNow"));
        desktop.switchToFolder(other);
        desktop.waitUntilItWorks(other.toString());
        assertTrue(Files.exists(other.resolve("workspace.db")), "a folder without a workspace is given a new one");
        desktop.close();

        desktop = TheDesktopApp.start(home, null);
        assertTrue(desktop.works(other.toString()), "the next start opens the workspace switched to");
        desktop.close();

        desktop = TheDesktopApp.start(home, home.toString());
        assertTrue(desktop.works(home.toString()), "--db names the workspace before the remembered choice");
        assertEquals(WorkspaceAddress.embedded(other), new ChooseWorkspace(home).remembered(), "and leaves the choice as it was");
        desktop.openSettings();
        desktop.switchToFolder(home);
        assertEquals(Messages.get("settings.workspace.already"), desktop.refusal());
        desktop.close();

        desktop = TheDesktopApp.start(home, null);
        desktop.openSettings();
        desktop.switchToFolder(home);
        desktop.waitUntilItWorks(home.toString());
        assertFalse(new SettingsFile(home).get("workspace").isPresent(), "the data folder's own workspace is the default, kept as no choice");
    }
}
