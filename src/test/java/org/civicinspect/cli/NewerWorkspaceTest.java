package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace that a later version of the program has upgraded is refused in one sentence and left as it is. */
class NewerWorkspaceTest {

    @BeforeEach
    void onlyEmbedded() {
        TestWorkspaces.assumeEmbedded("the newer schema is written into the SQLite file by hand");
    }

    @TempDir Path temp;

    @Test
    void aWorkspaceOfANewerProgramIsRefusedNamingBothVersions() throws Exception {
        CliSession cli = new CliSession(temp);
        assertEquals(0, cli.run("--lang", "en", "sites", "list"), cli.err());
        Path database = temp.resolve(Workspace.DATABASE_FILE);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success)"
                    + " VALUES (999, '999', 'from a later program', 'SQL', 'V999__later.sql', 0, 'later', CURRENT_TIMESTAMP, 0, 1)");
        }
        byte[] before = Files.readAllBytes(database);

        assertEquals(2, cli.run("--lang", "en", "sites", "list"));

        List<String> lines = cli.err().lines().toList();
        assertEquals(1, lines.size(), cli.err());
        assertTrue(lines.get(0).contains("999"), lines.get(0));
        assertTrue(lines.get(0).contains(" " + TestWorkspaces.newestMigration() + " ") || lines.get(0).contains(" " + TestWorkspaces.newestMigration() + ")"),
                lines.get(0));
        assertArrayEquals(before, Files.readAllBytes(database));
        try (Stream<Path> backups = Files.list(temp.resolve("backups"))) {
            assertEquals(0, backups.count());
        }
    }
}
