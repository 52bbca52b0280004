package org.civicinspect.service.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.ServerBackupException;
import org.civicinspect.store.Workspace;

/**
 * {@code restore ARCHIVE --replace-server-database}: puts a server workspace's archive back in place of everything in
 * its database. It changes what every staff member sees, so it is never done without being asked for by name; the
 * archive is checked first, and the database as it was is archived beside this computer's backups before it is replaced.
 */
public final class RestoreServerWorkspace {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public RestoreServerWorkspace(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /**
     * Replaces the server's data with the archive's and returns where the data as it was has been archived; refused
     * unless {@code replace}, and for a file that is not a workspace's archive, with nothing changed.
     */
    public Path run(Path archive, boolean replace) {
        if (!Files.isRegularFile(archive)) {
            throw new RequestRefused("restore.server.noArchive", archive);
        }
        if (!replace) {
            throw new RequestRefused("restore.server.needsConsent", workspace.place());
        }
        refusedIfTroubled(archive, () -> Workspace.checkArchive(archive));
        Path before = workspace.folder().resolve("backups").resolve("before-restore-" + STAMP.format(clock.instant()) + ".dump");
        refusedIfTroubled(before, () -> workspace.dumpTo(before));
        refusedIfTroubled(archive, () -> workspace.restoreFrom(archive, clock.instant(), signedIn.name()));
        return before;
    }

    /** Runs a backup step on the file, turning what the user can act on into a sentence for them (the tool's own words go to the log). */
    static void refusedIfTroubled(Path file, Runnable step) {
        try {
            step.run();
        } catch (ServerBackupException e) {
            throw switch (e.reason()) {
                case TOOL_MISSING -> new RequestRefused("backup.server.toolMissing", e.tool());
                case NOT_A_WORKSPACE_ARCHIVE -> new RequestRefused("backup.server.notAnArchive", file.getFileName().toString());
                case FAILED -> new RequestRefused("backup.server.failed", e.tool(), file.getFileName().toString(), e.detail());
            };
        }
    }
}
