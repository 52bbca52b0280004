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
import org.civicinspect.model.Preferences;
import org.civicinspect.model.Progress;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.Services;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置: preferences saved, a backup written, a restore that asks first and then reopens the workspace. */
class SettingsViewModelTest {

    @TempDir Path temp;

    @Test
    void savesPreferencesShowsTheDeviceKeyBacksUpAndRestores() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        List<Path> reopened = new ArrayList<>();
        SettingsViewModel viewModel = new SettingsViewModel(SettingsView.useCases(services), services.dataFolder(),
                new CurrentThreadTaskExecutor(), dialogs, (workspace, password) -> reopened.add(workspace.folder()));
        viewModel.reload();
        assertEquals(3, viewModel.listSizeProperty().get());
        assertEquals(16, viewModel.fingerprintProperty().get().split(" ").length);

        viewModel.roleProperty().set(WorkspaceRole.FIELD);
        viewModel.listSizeProperty().set(5);
        viewModel.keepBackupsProperty().set(4);
        viewModel.save();
        assertEquals(new Preferences(WorkspaceRole.FIELD, 5, 3, 4), services.changePreferences().current());

        dialogs.nextBackup = temp.resolve("backup.zip");
        viewModel.backUpNow();
        assertTrue(Files.size(dialogs.nextBackup) > 0);

        services.saveSite().run(new org.civicinspect.model.Site(null, "备份后新增的点位", "公园", "城东区", "东湖街道", "", "", "", "", null, null,
                false, true));
        assertEquals(11, services.listSites().run(SiteFilter.ALL).size());
        dialogs.confirmAnswer = false;
        viewModel.restore();
        assertTrue(reopened.isEmpty(), "a restore asks first");
        dialogs.confirmAnswer = true;
        viewModel.restore();
        assertEquals(List.of(services.dataFolder()), reopened, "the restored workspace opens again");
        assertEquals(10, TestWorkspaces.open(services.dataFolder()).listSites().run(SiteFilter.ALL).size());
    }
}
