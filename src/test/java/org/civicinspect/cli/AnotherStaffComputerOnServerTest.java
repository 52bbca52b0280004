package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.store.AuditAnchor;
import org.civicinspect.store.ServerWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each staff computer keeps its own anchor of the shared log. A computer new to the server anchors the log as it
 * finds it without writing anything into it; one that had anchored before and lost its anchor still says so in the log.
 */
class AnotherStaffComputerOnServerTest {

    @TempDir Path temp;

    @Test
    void aComputerNewToTheServerAnchorsQuietlyAndEveryComputerVerifiesClean() throws Exception {
        CliSession first = new CliSession(temp.resolve("office"));
        assertEquals(0, first.run("people", "add", "--name", "陈主任", "--role", "督查组长"), first.err());
        String server = ServerWorkspaces.address(temp.resolve("office"));
        CliSession second = new CliSession(temp.resolve("second-computer"));

        assertEquals(0, second.runAs("--db", server, "people", "add", "--name", "李四"), second.err());
        assertTrue(Files.exists(temp.resolve("second-computer").resolve(AuditAnchor.FILE)), "the new computer keeps its own anchor");

        for (CliSession computer : new CliSession[] {first, second}) {
            assertEquals(0, computer == first ? computer.run("verify") : computer.runAs("--db", server, "verify"), computer.out() + computer.err());
            assertFalse((computer.out() + computer.err()).contains("重新锚定"), "nothing was anchored afresh: " + computer.out());
        }
    }

    @Test
    void aComputerThatLostItsAnchorStillSaysSoInTheSharedLog() throws Exception {
        CliSession first = new CliSession(temp.resolve("office"));
        assertEquals(0, first.run("people", "add", "--name", "陈主任", "--role", "督查组长"), first.err());
        Files.delete(temp.resolve("office").resolve(AuditAnchor.FILE));

        assertEquals(0, first.run("people", "list"), first.err());
        first.run("verify");
        assertTrue((first.out() + first.err()).contains("重新锚定"), "the lost anchor is in the log: " + first.out() + first.err());
    }
}
