package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

    @TempDir Path temp;

    private static String pragma(Workspace workspace, String name) {
        return workspace.read(c -> {
            try (Statement s = c.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void opensWithWalForeignKeysAndFullSync() {
        Workspace workspace = Workspace.open(temp);
        assertEquals("wal", pragma(workspace, "journal_mode"));
        assertEquals("1", pragma(workspace, "foreign_keys"));
        assertEquals("2", pragma(workspace, "synchronous"));
        assertTrue(Files.isRegularFile(temp.resolve("workspace.db")));
        for (String folder : new String[] {"photos", "backups", "keys", "logs"}) {
            assertTrue(Files.isDirectory(temp.resolve(folder)), folder);
        }
    }

    @Test
    void schemaComesFromFlywayMigrations() throws Exception {
        Workspace workspace = Workspace.open(temp);
        String version = workspace.read(c -> {
            try (Statement s = c.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals(String.valueOf(org.civicinspect.TestWorkspaces.newestMigration()), version);
        Workspace.open(temp);
    }

    @Test
    void foreignKeysAreEnforced() {
        Workspace workspace = Workspace.open(temp);
        assertThrows(StoreException.class, () -> workspace.write(c -> {
            try (Statement s = c.connection().createStatement()) {
                return s.executeUpdate("INSERT INTO category (id, set_id, code, name, sort_order) VALUES ('c', 'no-such-set', '01', 'x', 0)");
            }
        }));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        Workspace workspace = Workspace.open(temp);
        assertThrows(StoreException.class, () -> workspace.write(c -> {
            try (Statement s = c.connection().createStatement()) {
                s.executeUpdate("INSERT INTO site_type (id, name, created_at) VALUES ('t1', '公园', '2026-01-01T00:00:00Z')");
                return s.executeUpdate("INSERT INTO site_type (id, name, created_at) VALUES ('t2', '公园', '2026-01-01T00:00:00Z')");
            }
        }));
        assertEquals(0L, workspace.read(c -> c.indicatorSets().tableCounts()).get("site_type"));
    }

    @Test
    void dataFolderComesFromTheOptionThenTheEnvironmentThenThePlatform() {
        Path explicit = temp.resolve("mine");
        assertEquals(explicit, DataFolder.resolve(explicit, Map.of("CIVICINSPECT_HOME", "/elsewhere"), "Linux", "/home/u"));
        assertEquals(Path.of("/elsewhere"), DataFolder.resolve(null, Map.of("CIVICINSPECT_HOME", "/elsewhere"), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/civicinspect"), DataFolder.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(Path.of("/xdg/civicinspect"), DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"));
        assertEquals(Path.of("/home/u/Library/Application Support/CivicInspect"), DataFolder.resolve(null, Map.of(), "Mac OS X", "/home/u"));
        assertEquals(Path.of("C:/Users/u/AppData/Roaming", "CivicInspect"),
                DataFolder.resolve(null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"));
    }
}
