package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicinspect.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** A defect in the program is not the user's to read: one sentence on the console, the trace in the data folder's log. */
class AFailureOfTheProgramTest {

    @TempDir Path data;

    @Command(name = "defect")
    static final class Defect implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a defect in the program");
        }
    }

    @AfterEach
    void backToChinese() {
        Messages.use("zh");
    }

    @Test
    void saysOneSentenceExitsWithOneAndKeepsTheTraceInTheLog() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CivicInspectCommand.execute((w, h, l, p) -> { }, List.of(new Defect()), new PrintWriter(out, true), new PrintWriter(err, true),
                "--data", data.toString(), "defect");

        assertEquals(1, exit);
        Path log = data.resolve("logs").resolve(FailureLog.FILE);
        assertEquals(Messages.get("cli.failed", log), err.toString().strip());
        assertFalse(err.toString().contains("at org.civicinspect"), "no stack trace on the console");
        assertTrue(Files.readString(log).contains("IllegalStateException: a defect in the program"), "the trace is in the log");
    }
}
