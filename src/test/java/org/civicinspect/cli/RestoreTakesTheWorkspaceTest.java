package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.Launcher;
import org.civicinspect.model.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore} has the workspace to itself: refused in one sentence while another program has it open, and every
 * other command refused in one sentence while it runs, so no write lands between the backup of the workspace as it
 * was and its replacement. The other program is a real second process.
 */
class RestoreTakesTheWorkspaceTest {

    @BeforeEach
    void onlyEmbedded() {
        TestWorkspaces.assumeEmbedded("a restore replaces the SQLite file; a server database is restored with pg_restore");
    }

    @TempDir Path temp;
    private Path data;
    private CliSession cli;
    private Path backup;

    @BeforeEach
    void workspaceWithABackup() throws Exception {
        data = temp.resolve("ws");
        cli = new CliSession(data);
        assertEquals(0, cli.run("people", "add", "--name", "备份前"));
        backup = temp.resolve("backup.zip");
        assertEquals(0, cli.run("backup", backup.toString()));
    }

    @Test
    void aWriteDuringRestoresIsKeptInTheWorkspaceOrInTheBackupMadeBeforeIt() throws Exception {
        // 8 MB of photos make a restore take long enough (zipping and unpacking them) for writes to land inside it.
        Random random = new Random(16);
        for (int i = 0; i < 2; i++) {
            byte[] bytes = new byte[4 * 1024 * 1024];
            random.nextBytes(bytes);
            String sha = Sha256.of(bytes);
            Files.createDirectories(data.resolve("photos").resolve(sha.substring(0, 2)));
            Files.write(data.resolve("photos").resolve(sha.substring(0, 2)).resolve(sha), bytes);
        }
        Path stop = temp.resolve("stop");
        Process writer = child("write", data.toString(), stop.toString());
        Map<String, Integer> written = new ConcurrentHashMap<>();
        Thread reading = readLines(writer.getInputStream(), line -> {
            String[] parts = line.split(" ");
            written.put(parts[0], Integer.parseInt(parts[1]));
        });
        List<Path> keptBefore = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 60_000;
        while (keptBefore.size() < 3 && System.currentTimeMillis() < deadline) {
            int exit = cli.run("--lang", "en", "restore", backup.toString(), "--json");
            if (exit == 0) {
                Matcher previous = Pattern.compile("\"previousWorkspace\"\\s*:\\s*\"([^\"]+)\"").matcher(cli.out());
                assertTrue(previous.find(), cli.out());
                Path kept = temp.resolve("kept-" + keptBefore.size() + ".zip");
                Files.copy(Path.of(previous.group(1)), kept, StandardCopyOption.REPLACE_EXISTING);
                keptBefore.add(kept);
                long goneThrough = written.values().stream().filter(e -> e == 0).count();
                while (written.values().stream().filter(e -> e == 0).count() < goneThrough + 2 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
            } else {
                assertEquals(2, exit, cli.err());
                assertEquals(1, cli.err().strip().lines().count(), cli.err());
                assertTrue(cli.err().contains("is open in another program"), cli.err());
                Thread.sleep(random.nextInt(30));
            }
        }
        Files.createFile(stop);
        assertTrue(writer.waitFor(60, TimeUnit.SECONDS));
        reading.join();
        assertEquals(3, keptBefore.size(), "restores done while another program writes");

        Set<String> kept = new HashSet<>(people(data.resolve("workspace.db")));
        for (Path zip : keptBefore) {
            kept.addAll(people(unzipDatabase(zip)));
        }
        List<String> reportedWritten = written.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).sorted().toList();
        assertTrue(reportedWritten.size() > 5, "writes that went through: " + reportedWritten.size());
        assertEquals(List.of(), reportedWritten.stream().filter(name -> !kept.contains(name)).toList(),
                "people added (exit 0) that are neither in the workspace nor in a backup made before a restore");
        assertEquals(List.of(), written.values().stream().filter(exit -> exit != 0 && exit != 2).toList(),
                "a write refused because of a restore exits 2, never with a failure");
    }

    @Test
    void restoreIsRefusedInOneSentenceWhileAnotherProgramHasTheWorkspaceOpen() throws Exception {
        Process holder = child("hold", data.toString());
        List<String> said = new ArrayList<>();
        Thread reading = readLines(holder.getInputStream(), said::add);
        long deadline = System.currentTimeMillis() + 30_000;
        while (!said.contains("OPEN") && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, cli.run("people", "add", "--name", "备份后"));

        assertEquals(2, cli.run("--lang", "en", "restore", backup.toString()));
        assertEquals("The workspace in " + data.toAbsolutePath() + " is open in another program (the desktop app or a command):"
                + " close it, then restore; nothing was restored", cli.err().strip());
        assertTrue(people(data.resolve("workspace.db")).contains("备份后"), "the workspace is as it was");

        holder.getOutputStream().close();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        reading.join();
        assertEquals(0, cli.run("restore", backup.toString()), cli.err());
        assertEquals(List.of("备份前"), people(data.resolve("workspace.db")));
    }

    @Test
    void everyCommandIsRefusedInOneSentenceWhileARestoreRuns() throws Exception {
        try (var restoring = org.civicinspect.store.WorkspaceLock.alone(data)) {
            Process list = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    "--data", data.toString(), "--lang", "en", "people", "list").redirectErrorStream(true).start();
            String said = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(list.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, list.exitValue(), said);
            assertEquals("A backup is being restored into the workspace in " + data.toAbsolutePath()
                    + ": try again when the restore has finished", said);
        }
        assertEquals(0, cli.run("people", "list"), "the workspace is free again once the restore ends");
    }

    private static Process child(String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), WorkspaceChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Thread readLines(InputStream stream, java.util.function.Consumer<String> each) {
        Thread reading = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    each.accept(line);
                }
            } catch (java.io.IOException ignored) {
                // the child has ended
            }
        });
        reading.start();
        return reading;
    }

    private Path unzipDatabase(Path zip) throws Exception {
        Path out = Files.createTempFile(temp, "kept-", ".db");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("workspace.db")) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return out;
    }

    private static List<String> people(Path database) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM person ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
