package org.civicinspect.gui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.Services;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 设置 on the office's shared server: a backup is the server's archive, a restore is left to an administrator, and
 * the workspace is always the office's (a field laptop keeps its own workspace on the laptop).
 */
class SettingsOnServerTest {

    @TempDir Path temp;

    @Test
    void backsUpTheServersDatabaseAndLeavesARestoreToTheCommandLine() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        List<Path> reopened = new ArrayList<>();
        SettingsViewModel viewModel = new SettingsViewModel(SettingsView.useCases(services), services.dataFolder(),
                new CurrentThreadTaskExecutor(), dialogs, (workspace, password) -> reopened.add(workspace.folder()));

        dialogs.nextBackup = temp.resolve("office.dump");
        viewModel.backUpNow();
        assertTrue(Files.size(dialogs.nextBackup) > 0);
        assertEquals("PGDMP", new String(Files.readAllBytes(dialogs.nextBackup), 0, 5, java.nio.charset.StandardCharsets.US_ASCII),
                "the server's own archive, not a zip of this computer's folder");

        dialogs.confirmAnswer = true;
        viewModel.restore();
        assertEquals(List.of(Messages.get("restore.server.inApp")), dialogs.informations.subList(1, dialogs.informations.size()));
        assertTrue(reopened.isEmpty(), "nothing was restored");
    }

    @Test
    void theWorkspaceIsTheOfficesAndCannotBeMadeAFieldLaptops() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.changePreferences().save(new org.civicinspect.model.Preferences(WorkspaceRole.FIELD, 3, 3, 10));
        SettingsViewModel viewModel = new SettingsViewModel(SettingsView.useCases(services), services.dataFolder(),
                new CurrentThreadTaskExecutor(), new ScriptedDialogs(), (workspace, password) -> { });

        assertTrue(viewModel.roleFixed());
        assertEquals(WorkspaceRole.OFFICE, viewModel.roleProperty().get(), "shown as the office's, whatever was stored");
        viewModel.roleProperty().set(WorkspaceRole.FIELD);
        viewModel.save();
        assertEquals(WorkspaceRole.OFFICE, services.changePreferences().current().role());
    }
}
