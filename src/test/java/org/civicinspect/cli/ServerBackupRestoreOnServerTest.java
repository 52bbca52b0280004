package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace on the server is backed up as PostgreSQL's own archive, and a restore, which changes what every
 * colleague sees, is done only when asked for by name; a file that is not such an archive changes nothing.
 */
class ServerBackupRestoreOnServerTest {

    @TempDir Path temp;
    private CliSession office;
    private Path archive;

    @BeforeEach
    void aBackedUpOfficeThatChangedSince() throws Exception {
        office = new CliSession(temp.resolve("office"));
        assertEquals(0, office.run("demo", "--districts", "2", "--sites", "20", "--rounds", "1", "--inspectors", "2", "--seed", "4"), office.err());
        archive = temp.resolve("office.dump");
        assertEquals(0, office.run("backup", archive.toString()), office.err());
        assertTrue(Files.size(archive) > 0);
        assertEquals(0, office.run("people", "add", "--name", "王新来", "--role", "内业"), office.err());
    }

    private boolean hasNewcomer() {
        assertEquals(0, office.run("people", "list"), office.err());
        return office.out().contains("王新来");
    }

    @Test
    void aRestoreNotAskedForByNameChangesNothing() {
        assertEquals(2, office.run("restore", archive.toString()));
        assertTrue(office.err().contains("--replace-server-database"), office.err());
        assertTrue(hasNewcomer());
    }

    @Test
    void aRestoreAskedForPutsTheArchiveBackAndKeepsTheDataAsItWas() throws Exception {
        assertEquals(0, office.run("restore", archive.toString(), "--replace-server-database"), office.err());
        assertFalse(hasNewcomer(), "the data is the archive's");
        try (Stream<Path> kept = Files.list(temp.resolve("office").resolve("backups"))) {
            assertEquals(1, kept.filter(p -> p.getFileName().toString().startsWith("before-restore-")).count(), "the data as it was is kept");
        }
        assertEquals(0, office.run("verify"), office.out() + office.err());
        assertFalse((office.out() + office.err()).contains("重新锚定"), "the restoring computer's anchor follows the restored log: " + office.out());
    }

    @Test
    void anotherStaffComputerIsToldTheLogChangedUnderItsAnchor() {
        CliSession colleague = new CliSession(temp.resolve("office"));
        CliSession elsewhere = new CliSession(temp.resolve("colleague"));
        assertEquals(0, elsewhere.runAs("--db", org.civicinspect.store.ServerWorkspaces.address(temp.resolve("office")), "people", "list"));
        assertEquals(0, colleague.run("restore", archive.toString(), "--replace-server-database"), colleague.err());
        assertEquals(2, elsewhere.runAs("--db", org.civicinspect.store.ServerWorkspaces.address(temp.resolve("office")), "verify"));
        assertTrue(elsewhere.err().contains("锚定"), "its anchor names the log as it was: " + elsewhere.err());
    }

    @Test
    void filesThatAreNotAWorkspacesArchiveAreRefusedWithOneSentence() throws Exception {
        byte[] whole = Files.readAllBytes(archive);
        Path truncated = Files.write(temp.resolve("truncated.dump"), Arrays.copyOf(whole, whole.length / 2));
        Path foreign = Files.writeString(temp.resolve("notes.dump"), "这不是备份");
        for (Path file : List.of(truncated, foreign)) {
            assertEquals(2, office.run("restore", file.toString(), "--replace-server-database"), file.toString());
            assertTrue(office.err().contains(file.getFileName().toString()), office.err());
            assertEquals(1, office.err().strip().lines().count(), office.err());
            assertTrue(hasNewcomer(), "nothing changed by " + file.getFileName());
        }
    }
}
