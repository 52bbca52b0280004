package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** What the libraries log, stack traces included, is kept in the data folder's log; the console has the command's sentences only. */
class TheLogStaysInTheDataFolderTest {

    @TempDir Path temp;

    @Test
    void aWarningLoggedDuringACommandGoesToTheLogFileNotTheConsole() throws Exception {
        Path folder = temp.resolve("ws");
        CliSession cli = new CliSession(folder);
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, cli.run("people", "list"));
            LoggerFactory.getLogger("org.example.SomeLibrary").warn("a library's complaint", new IllegalStateException("its cause"));
        } finally {
            System.setErr(console);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
        String log = Files.readString(folder.resolve("logs").resolve("civicinspect.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("WARN  org.example.SomeLibrary - a library's complaint"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: its cause"), log);
    }
}
