package org.civicinspect.service.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What the computer, not the request, stood in the way of: the workspace busy with another program's write, a full disk,
 * a read-only data folder. Each becomes the one sentence a user reads; anything else stays a failure for the log.
 */
public final class WorkspaceTrouble {

    // SQLite's primary result codes (the low byte of an extended code).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;

    private WorkspaceTrouble() {
    }

    /** The refusal a failure while working on the workspace in {@code folder} reads as, if the machine caused it. */
    public static Optional<RequestRefused> of(Throwable failure, Path folder) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> key = key(t);
            if (key.isPresent()) {
                return Optional.of(new RequestRefused(key.get(), folder));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> key(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t instanceof SQLException sql) {
            int code = sql.getErrorCode() & 0xff;
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                return Optional.of("workspace.busy");
            }
            if (code == SQLITE_FULL) {
                return Optional.of("workspace.diskFull");
            }
            if (code == SQLITE_READONLY) {
                return Optional.of("workspace.readOnly");
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
