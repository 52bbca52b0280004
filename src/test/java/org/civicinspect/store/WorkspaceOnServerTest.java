package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace whose database is on a PostgreSQL server: its schema, its append-only log and how it must sort. */
class WorkspaceOnServerTest {

    @TempDir Path folder;

    @Test
    void anEmptyDatabaseTakesTheWholeHistoryAndOpeningAgainChangesNothing() {
        Workspace first = TestServer.openEmpty(folder, "civic_on_server");
        String version = newestApplied(first);
        first.close();
        Workspace again = Workspace.open(folder, TestServer.copyOf("civic_on_server_again", "civic_on_server"));
        assertEquals(version, newestApplied(again));
        assertEquals(0L, (long) again.read(tx -> tx.audit().count()));
        again.close();
    }

    @Test
    void theAuditLogCannotBeEditedRemovedOrEmptiedOnTheServer() {
        Workspace workspace = TestServer.openEmpty(folder, "civic_append_only");
        workspace.write(tx -> tx.audit().append(Instant.parse("2026-11-27T08:00:00Z"), "张伟", AuditLog.Action.ANSWER, "finding:f1", "v1"));
        for (String edit : new String[] {"UPDATE audit_entry SET actor = '李娜'", "DELETE FROM audit_entry", "TRUNCATE audit_entry"}) {
            StoreException refused = assertThrows(StoreException.class, () -> workspace.write(tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    return s.executeUpdate(edit);
                }
            }));
            assertTrue(refused.getCause().getMessage().contains("append-only"), edit + ": " + refused.getCause().getMessage());
        }
        assertEquals(1L, (long) workspace.read(tx -> tx.audit().count()));
        workspace.close();
    }

    @Test
    void aDatabaseThatSortsByALanguagesRulesIsRefused() {
        assertThrows(ServerCollationException.class, () -> Workspace.open(folder, TestServer.sortedAsChinese("civic_sorted_as_chinese")));
    }

    private static String newestApplied(Workspace workspace) {
        return workspace.read(tx -> {
            try (Statement s = tx.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
