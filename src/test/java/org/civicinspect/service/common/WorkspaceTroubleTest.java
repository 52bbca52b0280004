package org.civicinspect.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.civicinspect.i18n.Messages;
import org.civicinspect.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * A full disk cannot be made in a test without root, so the failures the JDK and SQLite report for one are thrown here
 * as they arrive at the boundary, and must read as "disk full", not as a damaged package or a stack trace.
 */
class WorkspaceTroubleTest {

    private static final Path FOLDER = Path.of("/data/ws");

    private static String key(Throwable failure) {
        return WorkspaceTrouble.of(failure, FOLDER).map(RequestRefused::messageKey).orElse("none");
    }

    @Test
    void aFullDiskSaysDiskFullWhereverItIsMet() {
        assertEquals("workspace.diskFull", key(new UncheckedIOException(new FileSystemException("/data/ws/photos/ab.tmp", null,
                "No space left on device"))), "writing a photo or a package on Linux");
        assertEquals("workspace.diskFull", key(new IOException("There is not enough space on the disk")), "on Windows");
        assertEquals("workspace.diskFull", key(new StoreException("writing the workspace failed",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)", null, 13))));
        String said = Messages.get("workspace.diskFull", FOLDER);
        assertTrue(said.startsWith("磁盘已满") && said.contains(FOLDER.toString()), said);
    }

    @Test
    void aBusyOrReadOnlyWorkspaceIsNamedAndOtherFailuresAreLeftForTheLog() {
        assertEquals("workspace.busy", key(new StoreException("writing", new SQLException("[SQLITE_BUSY] database is locked", null, 5))));
        assertEquals("workspace.busy", key(new StoreException("writing", new SQLException("[SQLITE_BUSY_SNAPSHOT]", null, 517))),
                "an extended code counts by its primary code");
        assertEquals("workspace.readOnly", key(new StoreException("writing",
                new SQLException("[SQLITE_READONLY] attempt to write a readonly database", null, 8))));
        assertEquals("workspace.readOnly", key(new UncheckedIOException(new AccessDeniedException("/data/ws/keys"))));
        assertEquals("none", key(new IllegalStateException("a bug")));
        assertEquals("none", key(new StoreException("reading", new SQLException("[SQLITE_ERROR] no such table", null, 1))));
    }

    @Test
    void aServerSaysTheSameThingsByItsSqlStates() {
        assertEquals("workspace.busy", key(new StoreException("writing", new SQLException("could not obtain lock on row", "55P03"))));
        assertEquals("workspace.busy", key(new StoreException("writing", new SQLException("could not serialize access", "40001"))));
        assertEquals("workspace.busy", key(new StoreException("writing", new SQLException("deadlock detected", "40P01"))));
        assertEquals("workspace.diskFull", key(new StoreException("writing", new SQLException("could not extend file: No space left", "53100"))));
        assertEquals("workspace.readOnly", key(new StoreException("writing",
                new SQLException("cannot execute INSERT in a read-only transaction", "25006"))));
        assertEquals("none", key(new StoreException("writing", new SQLException("duplicate key value", "23505"))));
    }
}
