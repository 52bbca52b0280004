package org.civicinspect.gui.settings;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.gui.WorkspaceOpener;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Preferences;
import org.civicinspect.model.Role;
import org.civicinspect.model.WorkspaceRole;
import org.civicinspect.service.WorkspaceAddress;
import org.civicinspect.service.rectification.ChangeRectificationRules;
import org.civicinspect.service.workspace.BackUpWorkspace;
import org.civicinspect.service.workspace.ChangePreferences;
import org.civicinspect.service.workspace.ChooseApprovingRoles;
import org.civicinspect.service.workspace.ShowDeviceKey;

/**
 * 设置: the workspace's role and preferences, its backups (back up, restore), its device key fingerprint and what the
 * program is. Every change is saved off the JavaFX thread. Which workspace the app works on is {@link WorkspaceChoiceViewModel}'s.
 */
public final class SettingsViewModel {

    /** What the screen calls: the preferences, the rectification rules, the device key, backups, and who may approve. */
    public record UseCases(ChangePreferences changePreferences, ChangeRectificationRules changeRectificationRules, ShowDeviceKey showDeviceKey,
                           BackUpWorkspace backUpWorkspace, ChooseApprovingRoles chooseApprovingRoles) {
    }

    private final UseCases useCases;
    private final Path dataFolder;
    private final DialogService dialogs;
    private final WorkspaceOpener opener;
    private final JobState job;
    private final ObjectProperty<WorkspaceRole> role = new SimpleObjectProperty<>(WorkspaceRole.OFFICE);
    private final IntegerProperty listSize = new SimpleIntegerProperty();
    private final IntegerProperty warnDays = new SimpleIntegerProperty();
    private final IntegerProperty redDays = new SimpleIntegerProperty();
    private final IntegerProperty redReopened = new SimpleIntegerProperty();
    private final IntegerProperty fixDays = new SimpleIntegerProperty();
    private final IntegerProperty keepBackups = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper fingerprint = new ReadOnlyStringWrapper("");
    private final Map<Role, BooleanProperty> approves = new EnumMap<>(Role.class);
    private Set<Role> approvingAsRead = Set.of();

    /**
     * The settings of the workspace in {@code dataFolder}; {@code opener} opens it again after a restore.
     */
    public SettingsViewModel(UseCases useCases, Path dataFolder, TaskExecutor executor, DialogService dialogs, WorkspaceOpener opener) {
        this.useCases = useCases;
        this.dataFolder = dataFolder;
        this.dialogs = dialogs;
        this.opener = opener;
        this.job = new JobState(executor, dialogs);
        for (Role r : Role.values()) {
            approves.put(r, new SimpleBooleanProperty());
        }
    }

    public void reload() {
        job.quick(p -> useCases.changePreferences().current(), this::show);
        job.quick(p -> useCases.changeRectificationRules().current(), rules -> {
            redDays.set(rules.redDays());
            redReopened.set(rules.redReopened());
            fixDays.set(rules.fixDays());
        });
        job.quick(p -> useCases.showDeviceKey().fingerprint(), fingerprint::set);
        job.quick(p -> useCases.chooseApprovingRoles().current(), roles -> {
            approvingAsRead = roles;
            approves.forEach((r, property) -> property.set(roles.contains(r)));
        });
    }

    private void show(Preferences preferences) {
        role.set(preferences.role() == null ? WorkspaceRole.OFFICE : preferences.role());
        listSize.set(preferences.listSize());
        warnDays.set(preferences.warnDays());
        keepBackups.set(preferences.keepBackups());
    }

    public void save() {
        Preferences chosen = new Preferences(role.get(), listSize.get(), warnDays.get(), keepBackups.get());
        int fix = fixDays.get();
        int red = redDays.get();
        int reopened = redReopened.get();
        Set<Role> approving = EnumSet.noneOf(Role.class);
        approves.forEach((r, property) -> {
            if (property.get()) {
                approving.add(r);
            }
        });
        job.quick(p -> {
            useCases.changePreferences().save(chosen);
            useCases.changeRectificationRules().save(fix, red, reopened);
            if (!approving.equals(approvingAsRead)) {
                useCases.chooseApprovingRoles().change(approving);
            }
            return approving;
        }, saved -> {
            approvingAsRead = saved;
            job.say(Messages.get("settings.saved"));
        });
    }

    public void backUpNow() {
        String suggested = "civicinspect-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))
                + (useCases.backUpWorkspace().onServer() ? ".dump" : ".zip");
        dialogs.chooseBackupToSave("settings.backupTo", suggested).ifPresent(file -> job.run(Messages.get("settings.backingUp"), p -> {
            useCases.backUpWorkspace().backUp(file);
            return file;
        }, written -> {
            job.say(Messages.get("settings.backedUp", written));
            dialogs.showInformation(Messages.get("settings.backup"), Messages.get("settings.backedUp", written));
        }));
    }

    /**
     * Restores a backup after the user confirms: the backup is checked first, the workspace as it is now is backed up,
     * then the workspace opens again from the restored files. A workspace on the server, shared by every colleague,
     * is restored by an administrator from the command line instead.
     */
    public void restore() {
        if (useCases.backUpWorkspace().onServer()) {
            dialogs.showInformation(Messages.get("settings.restore"), Messages.get("restore.server.inApp"));
            return;
        }
        dialogs.chooseBackupToOpen("settings.restoreFrom").ifPresent(file -> {
            if (!dialogs.confirm(Messages.get("settings.restore"), Messages.get("settings.confirmRestore", file.getFileName()),
                    "settings.restore", "dialog.cancel")) {
                return;
            }
            job.run(Messages.get("settings.restoring"), p -> BackUpWorkspace.restore(dataFolder, file, java.time.Clock.systemUTC()), kept -> {
                dialogs.showInformation(Messages.get("settings.restore"), Messages.get("settings.restored", file.getFileName(), kept));
                opener.open(WorkspaceAddress.embedded(dataFolder), null);
            });
        });
    }

    public JobState job() {
        return job;
    }

    /** Whether the role cannot be chosen: a workspace on a server is always the office's. */
    public boolean roleFixed() {
        return useCases.changePreferences().roleFixed();
    }

    public ObjectProperty<WorkspaceRole> roleProperty() {
        return role;
    }

    public IntegerProperty listSizeProperty() {
        return listSize;
    }

    public IntegerProperty warnDaysProperty() {
        return warnDays;
    }

    public IntegerProperty redDaysProperty() {
        return redDays;
    }

    public IntegerProperty redReopenedProperty() {
        return redReopened;
    }

    public IntegerProperty fixDaysProperty() {
        return fixDays;
    }

    /** Whether people of this role may approve, return, resolve conflicts and correct; saved with the other settings. */
    public BooleanProperty approvesProperty(Role role) {
        return approves.get(role);
    }

    public IntegerProperty keepBackupsProperty() {
        return keepBackups;
    }

    public ReadOnlyStringProperty fingerprintProperty() {
        return fingerprint.getReadOnlyProperty();
    }
}
