package org.civicinspect.service.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.civicinspect.i18n.Messages;
import org.civicinspect.store.DatabaseTrouble;
import org.civicinspect.store.PrivilegeRefusedException;

/**
 * What the computer, not the request, stood in the way of: the workspace busy with another program's write, a full disk,
 * a read-only data folder, a file where the workspace keeps a folder, a shared server whose grants do not let this login do it. Each becomes the one sentence a user reads; anything else stays a failure for the log.
 */
public final class WorkspaceTrouble {

    private WorkspaceTrouble() {
    }

    /** The refusal a failure while working on the workspace in {@code folder} reads as, if the machine caused it. */
    public static Optional<RequestRefused> of(Throwable failure, Path folder) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PrivilegeRefusedException refused) {
                return Optional.of(refused(refused));
            }
            if (t instanceof FileAlreadyExistsException inTheWay) {
                // Where the workspace keeps a folder (backups, photos, keys, logs), someone left a file of that name.
                return Optional.of(new RequestRefused("workspace.fileInTheWay", inTheWay.getFile()));
            }
            Optional<String> key = key(t);
            if (key.isPresent()) {
                return Optional.of(new RequestRefused(key.get(), folder));
            }
        }
        return Optional.empty();
    }

    /** The server's own grants refused the work: who is signed in, and the role an administrator would give them for it. */
    private static RequestRefused refused(PrivilegeRefusedException refused) {
        return refused.needed().map(role -> new RequestRefused("workspace.roleNeeded", refused.login(), Messages.get("role.server." + role.name())))
                .orElseGet(() -> new RequestRefused("workspace.privilegeNeeded", refused.login()));
    }

    private static Optional<String> key(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t instanceof SQLException sql) {
            Optional<String> trouble = DatabaseTrouble.of(sql).map(d -> switch (d) {
                case BUSY -> "workspace.busy";
                case DISK_FULL -> "workspace.diskFull";
                case READ_ONLY -> "workspace.readOnly";
            });
            if (trouble.isPresent()) {
                return trouble;
            }
        }
        if (t instanceof IOException) {
            // Linux and macOS say "No space left on device"; Windows "There is not enough space on the disk".
            if (message.contains("no space left") || message.contains("not enough space") || message.contains("disk full")) {
                return Optional.of("workspace.diskFull");
            }
            if (t instanceof AccessDeniedException || message.contains("read-only file system")) {
                return Optional.of("workspace.readOnly");
            }
        }
        if (t instanceof ReadOnlyFileSystemException) {
            return Optional.of("workspace.readOnly");
        }
        return Optional.empty();
    }
}
