package org.civicinspect.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.LoggerFactory;

/**
 * Where a command's failure is kept in full for whoever looks into it: {@code logs/civicinspect.log} in the data folder,
 * while the user reads one sentence. Where that file cannot be written (a full disk, a read-only folder) it goes to the
 * program's logger at debug level, so the sentence stays alone on the screen.
 */
final class FailureLog {

    static final String FILE = "civicinspect.log";

    private FailureLog() {
    }

    static void keep(Path dataFolder, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(dataFolder.resolve("logs"));
            Files.writeString(dataFolder.resolve("logs").resolve(FILE), Instant.now() + " " + trace + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(FailureLog.class).debug("a command failed and its log could not be written", failure);
        }
    }
}
