package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge into the office's server is one transaction on the server; it leaves no backup of its own on the computer
 * that ran it (the server's owner backs the database up), where a backup of the local folder would hold none of the data.
 */
class MergeOnServerTest {

    @TempDir Path temp;

    @Test
    void takesBothTeamsPackagesInAndLeavesNothingOnThisComputer() throws Exception {
        TwoTeamsScored scored = TwoTeamsScored.build(temp);
        CliSession office = new CliSession(scored.office());

        assertEquals(0, office.run("package", "import", scored.results1().toString(), scored.results2().toString()), office.err());

        assertEquals(0, office.run("verify"), office.out() + office.err());
        assertTrue(Files.notExists(scored.office().resolve("workspace.db")), "no database of its own here");
        try (Stream<Path> backups = Files.list(scored.office().resolve("backups"))) {
            assertEquals(List.of(), backups.toList());
        }
    }
}
