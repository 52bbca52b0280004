package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.civicinspect.service.packages.ImportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge keeps an automatic backup of the office as the merge found it: every commit before the merge, none of the
 * merge's rows and none of the photos its packages brought, even when colleagues commit while the backup is made.
 */
class MergeBackupTest {

    @TempDir static Path shared;
    @TempDir Path temp;
    private static TwoTeamsScored sent;
    private TwoTeamsScored scored;

    @BeforeAll
    static void twoTeamsSentTheirResults() throws Exception {
        TestWorkspaces.assumeEmbedded("a workspace on a server makes no backup of its own");
        sent = TwoTeamsScored.build(shared);
    }

    @BeforeEach
    void aFreshCopyOfTheOffice() throws Exception {
        Path office = temp.resolve("office");
        TestWorkspaces.copy(sent.office(), office);
        scored = new TwoTeamsScored(office, sent.results1(), sent.results2(), sent.sharedSite());
    }

    @Test
    void theBackupHoldsTheOfficeAsItWasBeforeTheMerge() throws Exception {
        long headBefore = head(scored.office().resolve("workspace.db"));
        CliSession office = new CliSession(scored.office());
        assertEquals(0, office.run("package", "import", scored.results1().toString(), scored.results2().toString()), office.err());

        Backup backup = theBackupBeforeTheMerge(scored.office());
        assertEquals(headBefore, backup.head());
        assertEquals(0, backup.findings());
        assertEquals(List.of(), backup.photos(), "the merge brought the only photo; the office had none before");
        assertTrue(photosIn(scored.office()) > 0, "the merge did keep the first team's photo");
    }

    @Test
    void aCommitWhileTheBackupIsMadeDoesNotLeaveTheMergeOutOfStepWithItsBackup() throws Exception {
        Services colleague = TestWorkspaces.open(scored.office());
        AtomicBoolean merging = new AtomicBoolean(true);
        AtomicInteger added = new AtomicInteger();
        CompletableFuture<Void> typing = CompletableFuture.runAsync(() -> {
            while (merging.get()) {
                colleague.addPerson().run("同事" + added.incrementAndGet(), "", Role.INSPECTOR, "第一组");
            }
        });
        try {
            TestWorkspaces.open(scored.office()).importPackage().run(List.of(scored.results1(), scored.results2()), new ImportOptions(null, List.of()));
        } finally {
            merging.set(false);
            typing.join();
        }

        long firstOfTheMerge;
        try (Connection c = TestWorkspaces.connect(scored.office()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(seq) FROM audit_entry WHERE action = 'MERGE'")) {
            rs.next();
            firstOfTheMerge = rs.getLong(1);
        }
        Backup backup = theBackupBeforeTheMerge(scored.office());
        assertEquals(firstOfTheMerge - 1, backup.head(), "the backup ends where the merge began, " + added.get() + " colleagues added meanwhile");
        assertEquals(0, backup.findings());
        assertEquals(List.of(), backup.photos());
    }

    private record Backup(long head, int findings, List<String> photos) {
    }

    private Backup theBackupBeforeTheMerge(Path office) throws Exception {
        Path zip;
        try (Stream<Path> files = Files.list(office.resolve("backups"))) {
            List<Path> merges = files.filter(p -> p.getFileName().toString().startsWith("auto-before-merge-")).toList();
            assertEquals(1, merges.size(), "one backup kept by the merge: " + merges);
            zip = merges.get(0);
        }
        Path database = temp.resolve("backup.db");
        List<String> photos = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("workspace.db")) {
                    Files.copy(in, database);
                } else if (e.getName().startsWith("photos/")) {
                    photos.add(e.getName());
                }
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM finding")) {
            rs.next();
            return new Backup(head(database), rs.getInt(1), photos);
        }
    }

    private static long head(Path database) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long photosIn(Path office) throws Exception {
        try (Stream<Path> files = Files.walk(office.resolve("photos"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
