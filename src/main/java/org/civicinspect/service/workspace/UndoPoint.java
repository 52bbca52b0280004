package org.civicinspect.service.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;
import org.civicinspect.store.WorkspaceBusyException;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.WorkspaceLock;

/**
 * Work that must be all or none (the demo city): the workspace is backed up to an undo point first; finished work
 * {@link #keep}s what it made, failed or cancelled work is {@link #undo}ne, and work killed before either is undone
 * when the workspace is next opened. On a server the undo point is the server's archive of the database, put back
 * by {@code pg_restore}; work killed there is not undone by itself (see README).
 */
public final class UndoPoint {

    private final Workspace workspace;
    private final Path backup;

    private UndoPoint(Workspace workspace, Path backup) {
        this.workspace = workspace;
        this.backup = backup;
    }

    public static UndoPoint before(Workspace workspace) {
        try {
            if (workspace.onServer()) {
                Path archive = workspace.folder().resolve("backups").resolve("undo-" + System.nanoTime() + ".dump");
                RestoreServerWorkspace.refusedIfTroubled(archive, () -> workspace.dumpTo(archive));
                return new UndoPoint(workspace, archive);
            }
            return new UndoPoint(workspace, WorkspaceBackup.undoPoint(workspace.folder()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void keep() {
        try {
            Files.deleteIfExists(backup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the workspace back as it was at the undo point. */
    public void undo() {
        if (workspace.onServer()) {
            RestoreServerWorkspace.refusedIfTroubled(backup, () -> workspace.restoreFrom(backup, Instant.now(), "demo"));
            keep();
            return;
        }
        Path folder = workspace.folder();
        try (WorkspaceLock.Exclusive alone = WorkspaceLock.alone(folder)) {
            WorkspaceBackup.restore(folder, backup);
            Files.delete(backup);
        } catch (WorkspaceBusyException e) {
            throw new RequestRefused("backup.workspaceInUse", folder);
        } catch (WorkspaceBackup.Unusable e) {
            throw new IllegalStateException("the undo point we made cannot be restored: " + e.messageKey(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
