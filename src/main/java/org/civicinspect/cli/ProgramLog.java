package org.civicinspect.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The program's log (the libraries' warnings with their stack traces) goes to {@code logs/civicinspect.log} in the data
 * folder, beside the failures {@link FailureLog} keeps, so that the console carries only the command's own sentences.
 * Where that file cannot be opened (a read-only folder) the log stays on the console.
 */
final class ProgramLog {

    private static final String FILE_APPENDER = "file";
    private static final String CONSOLE_APPENDER = "STDERR";

    private ProgramLog() {
    }

    static synchronized void keepIn(Path dataFolder) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName(FILE_APPENDER);
        file.setFile(dataFolder.resolve("logs").resolve(FailureLog.FILE).toString());
        file.setEncoder(encoder);
        file.start();
        if (!file.isStarted()) {
            return;
        }
        Appender<ILoggingEvent> previous = root.getAppender(FILE_APPENDER);
        root.addAppender(file);
        if (previous != null) {
            root.detachAppender(previous);
            previous.stop();
        }
        root.detachAppender(CONSOLE_APPENDER);
    }
}
