package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.i18n.Messages;
import org.civicinspect.store.ServerWorkspaces;
import org.civicinspect.store.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in to the office's server from the command line: each way it can fail is one sentence and exit code 2. */
class ServerSignInTest {

    private static final String PASSWORD_FILE = "org.postgresql.pgpassfile";

    @TempDir Path temp;

    @Test
    void anAddressWhereNoServerAnswersIsRefusedInOneSentence() {
        CliSession cli = new CliSession(temp.resolve("local"));
        assertEquals(2, cli.runAs("--db", "postgresql://127.0.0.1:1/civic", "indicators", "list"));
        assertEquals(Messages.get("server.unreachable", "postgresql://127.0.0.1:1/civic"), cli.err().strip());
    }

    @Test
    void aPasswordWrittenIntoTheAddressIsNeitherUsedNorPrinted() {
        CliSession cli = new CliSession(temp.resolve("local"));
        assertEquals(2, cli.runAs("--db", "postgresql://staff:s3cret-Pw@127.0.0.1:1/civic", "indicators", "list"));
        assertEquals(Messages.get("server.unreachable", "postgresql://staff@127.0.0.1:1/civic"), cli.err().strip(),
                "the sentence names the server and the login, never the password typed with them");
    }

    @Test
    void noPasswordGivenAndNoTerminalToAskOnIsRefusedSayingWhereToPutIt() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        String address = ServerWorkspaces.address(temp.resolve("office"));
        String kept = System.getProperty(PASSWORD_FILE);
        System.setProperty(PASSWORD_FILE, temp.resolve("no-such.pgpass").toString());
        try {
            CliSession cli = new CliSession(temp.resolve("office"));
            assertEquals(2, cli.runAs("--db", address, "indicators", "list"));
            assertEquals(Messages.get("server.passwordNeeded", address, "civicinspect_test"), cli.err().strip());
        } finally {
            System.setProperty(PASSWORD_FILE, kept);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichHalfWasWrong() throws Exception {
        Assumptions.assumeTrue(TestServer.inUse(), "needs the test server");
        String address = ServerWorkspaces.address(temp.resolve("office"));
        Path wrong = Files.writeString(temp.resolve("wrong.pgpass"), "*:*:*:*:not-the-password\n");
        Files.setPosixFilePermissions(wrong, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String kept = System.getProperty(PASSWORD_FILE);
        System.setProperty(PASSWORD_FILE, wrong.toString());
        try {
            CliSession cli = new CliSession(temp.resolve("office"));
            assertEquals(2, cli.runAs("--db", address, "indicators", "list"));
            assertEquals(Messages.get("server.signInRefused", address, "civicinspect_test"), cli.err().strip());
        } finally {
            System.setProperty(PASSWORD_FILE, kept);
        }
    }
}
