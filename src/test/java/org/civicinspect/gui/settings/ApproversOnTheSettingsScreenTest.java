package org.civicinspect.gui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 设置: which roles may review is shown and saved with the other settings, by office staff only. */
class ApproversOnTheSettingsScreenTest {

    @TempDir Path temp;

    private SettingsViewModel screen(Services services) {
        SettingsViewModel viewModel = new SettingsViewModel(SettingsView.useCases(services), services.dataFolder(),
                new CurrentThreadTaskExecutor(), new ScriptedDialogs(), (workspace, password) -> { });
        viewModel.reload();
        return viewModel;
    }

    @Test
    void officeStaffAddOfficeApprovalAndAnInspectorCannot() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.signedIn().signIn(services.addPerson().run("李娜", "", Role.INSPECTOR, "第一组"));
        SettingsViewModel viewModel = screen(services);
        assertTrue(viewModel.approvesProperty(Role.SUPERVISOR).get());
        assertFalse(viewModel.approvesProperty(Role.OFFICE).get(), "督查组长 alone by default");

        viewModel.approvesProperty(Role.INSPECTOR).set(true);
        viewModel.save();
        assertEquals("李娜（测评员）不能更改可以审核的角色：需要内业或督查组长。", viewModel.job().statusProperty().get());
        assertEquals(Set.of(Role.SUPERVISOR), services.chooseApprovingRoles().current());

        services.signedIn().signIn(services.addPerson().run("王芳", "", Role.OFFICE, null));
        viewModel = screen(services);
        viewModel.approvesProperty(Role.OFFICE).set(true);
        viewModel.save();
        assertEquals(Set.of(Role.SUPERVISOR, Role.OFFICE), services.chooseApprovingRoles().current());
        assertTrue(screen(services).approvesProperty(Role.OFFICE).get(), "read back when the screen opens again");
    }
}
