package org.civicinspect.service.workspace;

import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.store.AuditAnchor;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;
import org.civicinspect.store.WorkspaceBusyException;
import org.civicinspect.store.WorkspaceLock;

/**
 * {@code backup OUT} and {@code restore IN}: the whole workspace (database and photos) to one zip and back.
 * A restore checks the backup first and backs up what it replaces. A workspace on a server is backed up as the
 * server's own archive instead ({@code pg_dump}) and restored by {@link RestoreServerWorkspace}.
 */
public final class BackUpWorkspace {

    static final String DAILY = "daily";

    private final Workspace workspace;
    private final Clock clock;
    private final ChangePreferences preferences;
    private final SignedIn signedIn;

    public BackUpWorkspace(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.preferences = new ChangePreferences(workspace.folder());
    }

    /**
     * The backup made when the desktop app closes, at most once a calendar day: true when one was made now.
     * Only the newest automatic backups are kept, as many as the preferences say. A server's database is backed up
     * on the server, by its owner's schedule, not by each staff member's computer.
     */
    public boolean daily() {
        if (workspace.onServer()) {
            return false;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            boolean madeToday = WorkspaceBackup.automaticBackups(workspace.folder()).stream()
                    .filter(b -> b.getFileName().toString().startsWith("auto-" + DAILY + "-"))
                    .anyMatch(b -> WorkspaceBackup.madeAt(b).map(at -> LocalDate.ofInstant(at, clock.getZone()).equals(today)).orElse(false));
            if (madeToday) {
                return false;
            }
            WorkspaceBackup.automatic(workspace.folder(), DAILY, clock.instant(), preferences.current().keepBackups());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether backups are the server's archives ({@code .dump}) rather than zips of a data folder. */
    public boolean onServer() {
        return workspace.onServer();
    }

    public void backUp(Path out) {
        try {
            if (workspace.onServer()) {
                RestoreServerWorkspace.refusedIfTroubled(out, () -> workspace.dumpTo(out));
            } else {
                workspace.settleAnchor();
                WorkspaceBackup.create(workspace.folder(), out);
            }
            Audit.exported(workspace, signedIn.name(), "backup", out, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Restores a backup into a data folder without opening its workspace first, since the live database may be
     * the damaged thing being replaced. The folder is taken alone first, so no write of another program can land
     * between the backup of the workspace as it was and its replacement: refused while another program has the
     * workspace open. Returns where the workspace as it was has been kept.
     */
    public static Path restore(Path dataFolder, Path backup, Clock clock) {
        try (WorkspaceLock.Exclusive alone = WorkspaceLock.alone(dataFolder)) {
            WorkspaceBackup.check(backup, dataFolder);
            Path before = WorkspaceBackup.keepCurrent(dataFolder, clock.instant(), new ChangePreferences(dataFolder).current().keepBackups());
            WorkspaceBackup.restore(dataFolder, backup);
            AuditAnchor.adoptRestored(dataFolder, new DeviceSeal(dataFolder.resolve("keys")));
            return before;
        } catch (WorkspaceBusyException e) {
            throw new RequestRefused(e.reason() == WorkspaceBusyException.Reason.IN_USE ? "backup.workspaceInUse" : "workspace.restoring",
                    dataFolder);
        } catch (WorkspaceBackup.Unusable e) {
            List<Object> args = new ArrayList<>(List.of(backup.getFileName().toString()));
            args.addAll(e.args());
            throw new RequestRefused(e.messageKey(), args.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
