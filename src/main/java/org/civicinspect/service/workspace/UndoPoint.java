package org.civicinspect.service.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;
import org.civicinspect.store.WorkspaceBusyException;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.WorkspaceLock;

/**
 * Work that must be all or none (the demo city): the workspace is backed up to an undo point first; finished work
 * {@link #keep}s what it made, failed or cancelled work is {@link #undo}ne, and work killed before either is undone
 * when the workspace is next opened.
 */
public final class UndoPoint {

    private final Path folder;
    private final Path backup;

    private UndoPoint(Path folder, Path backup) {
        this.folder = folder;
        this.backup = backup;
    }

    public static UndoPoint before(Workspace workspace) {
        try {
            return new UndoPoint(workspace.folder(), WorkspaceBackup.undoPoint(workspace.folder()));
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
