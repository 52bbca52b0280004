package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.store.Tx;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup → damage the live file → restore brings back every finding and photo; bad backups change nothing. */
class BackupRestoreTest {

    @BeforeEach
    void onlyEmbedded() {
        TestWorkspaces.assumeEmbedded("a backup is a copy of the SQLite file; a server database is backed up with pg_dump");
    }

    @TempDir Path temp;
    private CliSession cli;
    private Path data;
    private Round round;
    private DrawnSite site;


    @BeforeEach
    void workspaceWithFindingsAndAPhoto() throws Exception {
        data = temp.resolve("ws");
        cli = new CliSession(data);
        Services services = TestWorkspaces.open(data);
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 1));
        site = services.assignTeams().run(round.id(), List.of()).drawn().get(0);
        Path png = temp.resolve("photo.png");
        ImageIO.write(new BufferedImage(6, 6, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        String sha = services.addPhoto().run(png);
        List<Standard> checklist = services.openInspection().run(round.id(), site.site().id()).standards();
        for (Standard s : checklist) {
            services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(), Answer.notApplicable(), "备份前",
                    s == checklist.get(0) ? List.of(sha) : List.of(), "张伟"));
        }
    }

    private Map<String, Finding> findings() {
        return Services.open(data, Clock.systemUTC()).openInspection().run(round.id(), site.site().id()).findings();
    }

    @Test
    void backupThenDamageThenRestoreBringsEverythingBack() throws Exception {
        Map<String, Finding> before = findings();
        Path backup = temp.resolve("backup.zip");
        assertEquals(0, cli.run("backup", backup.toString()));

        Files.write(data.resolve("workspace.db"), "这不是数据库".getBytes(StandardCharsets.UTF_8));
        Files.deleteIfExists(data.resolve("workspace.db-wal"));
        Files.deleteIfExists(data.resolve("workspace.db-shm"));
        deleteTree(data.resolve("photos"));

        assertEquals(0, cli.run("restore", backup.toString()), cli.err());
        Map<String, Finding> after = findings();
        assertEquals(before, after);
        String sha = after.values().stream().filter(f -> !f.photos().isEmpty()).findFirst().orElseThrow().photos().get(0);
        assertTrue(Files.isRegularFile(Services.open(data, Clock.systemUTC()).addPhoto().file(sha)));
        assertEquals("ok", Services.open(data, Clock.systemUTC()).workspace().read(Tx::integrityCheck));
        try (Stream<Path> kept = Files.list(data.resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("damaged-")));
        }
    }

    @Test
    void aBackupCompressesTheDatabaseAndHoldsEachPhotoAsItIs() throws Exception {
        Path backup = temp.resolve("backup.zip");
        assertEquals(0, cli.run("backup", backup.toString()));
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry database = zip.getEntry("workspace.db");
            assertTrue(database.getCompressedSize() < database.getSize() / 2, "the database is compressed");
            List<? extends ZipEntry> photos = zip.stream().filter(e -> e.getName().startsWith("photos/")).toList();
            assertEquals(1, photos.size());
            assertTrue(photos.get(0).getCompressedSize() >= photos.get(0).getSize(), "a photo is not compressed again");
        }
    }

    @Test
    void aRestoreKeepsABackupOfWhatItReplaces() throws Exception {
        Path backup = temp.resolve("backup.zip");
        assertEquals(0, cli.run("backup", backup.toString()));
        assertEquals(0, cli.run("restore", backup.toString()));
        try (Stream<Path> kept = Files.list(data.resolve("backups"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("auto-before-restore-")));
        }
    }

    @Test
    void hostileAndForeignBackupsAreRefusedAndChangeNothing() throws Exception {
        Map<String, Finding> before = findings();
        Path slip = temp.resolve("slip.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(slip))) {
            zip.putNextEntry(new ZipEntry("photos/../../evil.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(2, cli.run("restore", slip.toString()));
        assertTrue(Files.notExists(temp.resolve("evil.txt")));
        Path garbageDb = temp.resolve("garbage.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(garbageDb))) {
            zip.putNextEntry(new ZipEntry("workspace.db"));
            zip.write("not sqlite".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(2, cli.run("restore", garbageDb.toString()));
        Path good = temp.resolve("good.zip");
        assertEquals(0, cli.run("backup", good.toString()));
        byte[] bytes = Files.readAllBytes(good);
        assertEquals(2, cli.run("restore", Files.write(temp.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2)).toString()));
        assertEquals(2, cli.run("restore", Files.writeString(temp.resolve("text.zip"), "hello").toString()));
        assertEquals(2, cli.run("restore", temp.resolve("missing.zip").toString()));
        assertEquals(before, findings());
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
