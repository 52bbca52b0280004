package org.civicinspect.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import org.civicinspect.store.Workspace;
import org.civicinspect.store.WorkspaceBackup;

/**
 * {@code backup OUT} and {@code restore IN}: the whole workspace (database and photos) to one zip and back.
 * A restore checks the backup first and backs up what it replaces.
 */
public final class BackUpWorkspace {

    private final Workspace workspace;

    BackUpWorkspace(Workspace workspace) {
        this.workspace = workspace;
    }

    public void backUp(Path out) {
        try {
            WorkspaceBackup.create(workspace.folder(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Restores a backup into a data folder without opening its workspace first, since the live database may be
     * the damaged thing being replaced. Returns where the workspace as it was has been kept.
     */
    public static Path restore(Path dataFolder, Path backup, Clock clock) {
        try {
            WorkspaceBackup.check(backup, dataFolder);
            Path before = WorkspaceBackup.keepCurrent(dataFolder, clock.instant(), Workspace.KEEP_AUTOMATIC_BACKUPS);
            WorkspaceBackup.restore(dataFolder, backup);
            return before;
        } catch (WorkspaceBackup.Unusable e) {
            throw new RequestRefused(e.messageKey(), backup.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
