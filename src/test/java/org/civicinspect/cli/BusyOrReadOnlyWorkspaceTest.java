package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that the machine cannot carry out (the workspace busy with another program's write, a read-only data
 * folder) exits 2 with one sentence; the stack trace is for the log only. SQLite needs to write beside a WAL database
 * even to read it, so a read-only workspace is refused whole rather than read.
 */
class BusyOrReadOnlyWorkspaceTest {

    @BeforeEach
    void onlyEmbedded() {
        TestWorkspaces.assumeEmbedded("the write lock and the read-only folder are the SQLite file's; a server has its own locks and grants");
    }

    @TempDir Path temp;

    private static void assertOneSentence(String err) {
        assertEquals(1, err.strip().lines().count(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("SQLITE"), err);
    }

    @Test
    void aCommandWhileAnotherProgramHoldsAWriteIsRefusedInOneSentence() throws Exception {
        Path folder = temp.resolve("ws");
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Workspace.DATABASE_FILE));
             Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.executeUpdate("UPDATE person SET phone = '110' WHERE name = '陈主任'");

            PrintStream console = System.err;
            ByteArrayOutputStream printedBeside = new ByteArrayOutputStream();
            System.setErr(new PrintStream(printedBeside, true, StandardCharsets.UTF_8));
            long started = System.nanoTime();
            try {
                assertEquals(2, cli.run("people", "add", "--name", "李四"));
            } finally {
                System.setErr(console);
            }
            long waitedSeconds = (System.nanoTime() - started) / 1_000_000_000;
            assertTrue(cli.err().startsWith("工作区正被另一个程序或命令写入，等了 10 秒"), cli.err());
            assertOneSentence(cli.err());
            assertTrue(waitedSeconds < 15, "the sentence says it waited 10 seconds, and it waited " + waitedSeconds);
            assertEquals("", printedBeside.toString(StandardCharsets.UTF_8), "the program's log goes to its file, not to the console");
            other.rollback();
        }
        assertEquals(0, cli.run("people", "add", "--name", "李四"), "once the other program is done, the same command works");
    }

    @Test
    void aReadOnlyDataFolderIsRefusedInOneSentenceEvenToRead() throws Exception {
        Path folder = temp.resolve("ws");
        CliSession cli = new CliSession(folder);
        assertEquals(0, cli.run("people", "add", "--name", "陈主任", "--role", "督查组长"));
        Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r-xr-xr-x");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.setPosixFilePermissions(p, Files.isDirectory(p) ? readOnly : PosixFilePermissions.fromString("r--r--r--"));
            }
        }
        try {
            assumeFalse(Files.isWritable(folder), "running as root, for whom a read-only folder is still writable: nothing to test here");
            for (String[] command : new String[][] {{"people", "list"}, {"verify"}, {"people", "add", "--name", "李四"}}) {
                assertEquals(2, cli.run(command), String.join(" ", command));
                assertTrue(cli.err().startsWith("工作区所在的文件夹是只读的"), cli.err());
                assertOneSentence(cli.err());
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.toList()) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    @Test
    void aFileWhereTheWorkspaceKeepsAFolderIsNamedInOneSentenceAndLeftAlone() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("ws"));
        Path inTheWay = Files.writeString(folder.resolve("backups"), "someone's notes");
        CliSession cli = new CliSession(folder);

        assertEquals(2, cli.run("round", "list"));
        assertEquals("数据文件夹中的 " + inTheWay + " 是一个文件，而工作区要在那里放一个文件夹；请把这个文件移到别处后再试。", cli.err().strip());
        assertEquals("someone's notes", Files.readString(inTheWay), "the file is not touched");
        assertFalse(Files.exists(folder.resolve(Workspace.DATABASE_FILE)), "no workspace is made beside it");
    }

    @Test
    void sqlitesNativeLibraryIsNotUnpackedIntoTheWorkspace() {
        CliSession cli = new CliSession(temp.resolve("ws"));
        assertEquals(0, cli.run("people", "list"));
        assertFalse(Files.exists(temp.resolve("ws").resolve("native")), "nothing of the program's own in the data folder");
    }
}
