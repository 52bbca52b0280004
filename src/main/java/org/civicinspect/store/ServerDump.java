package org.civicinspect.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * A server workspace's backup: the whole database (photos included) in PostgreSQL's own archive format, written by
 * {@code pg_dump} and read back by {@code pg_restore}, the tools every server's owner already trusts. They come with
 * the PostgreSQL client; the program finds them on the PATH.
 */
final class ServerDump {

    /** What sets a workspace's archive apart from any other database's: the tables only a workspace has. */
    private static final List<String> WORKSPACE_TABLES = List.of("flyway_schema_history", "audit_entry", "finding");

    private final ServerLogin login;

    ServerDump(ServerLogin login) {
        this.login = login;
    }

    /** Writes the whole database to {@code out}, complete before it has its name. */
    void dump(Path out) {
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try {
            run(List.of("pg_dump", "--format=custom", "--file=" + partial, "--dbname=" + connection()));
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("cannot name the backup " + out, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // A leftover .partial file is named as what it is.
            }
        }
    }

    /** Refuses a file that is not a workspace's archive, reading only its table of contents. */
    static void check(Path archive) {
        String contents;
        try {
            contents = run(List.of("pg_restore", "--list", archive.toString()), null);
        } catch (ServerBackupException e) {
            if (e.reason() == ServerBackupException.Reason.FAILED) {
                throw new ServerBackupException(ServerBackupException.Reason.NOT_A_WORKSPACE_ARCHIVE, e.tool(), e.detail(), e);
            }
            throw e;
        }
        for (String table : WORKSPACE_TABLES) {
            if (!contents.contains(" TABLE public " + table + " ")) {
                throw new ServerBackupException(ServerBackupException.Reason.NOT_A_WORKSPACE_ARCHIVE, "pg_restore", table, null);
            }
        }
    }

    /**
     * Replaces everything in the database with what the archive holds, in one transaction: a failure half-way leaves
     * the database as it was.
     */
    void restore(Path archive) {
        run(List.of("pg_restore", "--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner",
                "--dbname=" + connection(), archive.toString()));
    }

    /** The libpq connection string of the login: host, port, database and user, never the password (it goes by the environment). */
    private String connection() {
        URI uri = URI.create(login.jdbcUrl().substring("jdbc:".length()));
        String text = "host=" + uri.getHost() + " port=" + uri.getPort() + " dbname=" + uri.getPath().substring(1);
        return login.login().map(user -> text + " user=" + user).orElse(text);
    }

    private String run(List<String> command) {
        return run(command, login.password() == null || login.password().length == 0 ? null : new String(login.password()));
    }

    private static String run(List<String> command, String password) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        // The driver's password file, where the program was told of one, is the tools' too.
        String passwordFile = System.getProperty("org.postgresql.pgpassfile");
        if (passwordFile != null) {
            builder.environment().put("PGPASSFILE", passwordFile);
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                LoggerFactory.getLogger(ServerDump.class).warn("{} failed ({}): {}", command.get(0), exit, output);
                throw new ServerBackupException(ServerBackupException.Reason.FAILED, command.get(0), lastLine(output), null);
            }
            return output;
        } catch (IOException e) {
            throw new ServerBackupException(ServerBackupException.Reason.TOOL_MISSING, command.get(0), "", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(command.get(0) + " was interrupted", e);
        }
    }

    private static String lastLine(String output) {
        List<String> lines = output.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
