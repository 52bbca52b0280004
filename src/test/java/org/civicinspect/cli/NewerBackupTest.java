package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup made by a later version of the program is refused on restore, naming both versions, and changes nothing. */
class NewerBackupTest {

    @BeforeEach
    void onlyEmbedded() {
        TestWorkspaces.assumeEmbedded("a backup is a copy of the SQLite file; a server database is backed up with pg_dump");
    }

    @TempDir Path temp;

    @Test
    void aBackupOfANewerProgramIsRefusedNamingBothVersions() throws Exception {
        Path data = temp.resolve("ws");
        CliSession cli = new CliSession(data);
        assertEquals(0, cli.run("people", "add", "--name", "张伟"), cli.err());
        Path later = temp.resolve("later.db");
        assertEquals(0, cli.run("backup", temp.resolve("ours.zip").toString()), cli.err());
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(temp.resolve("ours.zip")))) {
            zip.getNextEntry();
            Files.copy(zip, later);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + later); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success)"
                    + " VALUES (999, '999', 'from a later program', 'SQL', 'V999__later.sql', 0, 'later', CURRENT_TIMESTAMP, 0, 1)");
        }
        Path backup = temp.resolve("from-a-later-program.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            zip.putNextEntry(new ZipEntry("workspace.db"));
            Files.copy(later, zip);
            zip.closeEntry();
        }
        byte[] before = Files.readAllBytes(data.resolve(Workspace.DATABASE_FILE));

        assertEquals(2, cli.run("--lang", "en", "restore", backup.toString()));

        assertEquals("from-a-later-program.zip was made by a newer version of CivicInspect (schema version 999; this program knows up to "
                + TestWorkspaces.newestMigration() + "): restore it with that version, or update this program; nothing was restored", cli.err().strip());
        assertArrayEquals(before, Files.readAllBytes(data.resolve(Workspace.DATABASE_FILE)));
    }
}
