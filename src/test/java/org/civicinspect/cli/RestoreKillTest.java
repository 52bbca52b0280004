package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.civicinspect.Launcher;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code restore} killed (SIGKILL) at a random moment leaves the workspace as it was or as the backup has it,
 * whole: verify passes, every photo it knows of is there with the bytes its name says, and nothing half-made stays.
 */
class RestoreKillTest {

    @BeforeEach
    void onlyEmbedded() {
        TestWorkspaces.assumeEmbedded("a restore replaces the SQLite file; a server database is restored with pg_restore");
    }

    private static final int KILLS = 8;

    @TempDir Path temp;

    @Test
    void everyKilledRestoreLeavesTheOldOrTheNewWorkspaceWithEveryPhotoWhole() throws Exception {
        Path data = temp.resolve("ws");
        Random random = new Random(20261202);
        Services services = TestWorkspaces.open(data);
        services.addPerson().run("旧人", "", Role.INSPECTOR, "第一组");
        addPhotos(services, random);
        Path old = temp.resolve("old.zip");
        services.backUpWorkspace().backUp(old);
        services.addPerson().run("新人", "", Role.INSPECTOR, "第一组");
        addPhotos(services, random);
        Path young = temp.resolve("new.zip");
        services.backUpWorkspace().backUp(young);
        services.close();
        List<String> oldPeople = List.of("旧人");
        List<String> newPeople = List.of("新人", "旧人");

        // One restore to its end measures how long one takes here, from its first folder until the new database has its
        // name, so the kills fall across all of it (and after: a third of them) rather than in the start of Java.
        Object database = Files.readAttributes(data.resolve("workspace.db"), BasicFileAttributes.class).fileKey();
        Process whole = restore(data, old);
        long started = begun(whole, data);
        while (whole.isAlive() && database.equals(Files.readAttributes(data.resolve("workspace.db"), BasicFileAttributes.class).fileKey())) {
            Thread.sleep(1);
        }
        long wholeMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue());
        assertEquals(oldPeople, peopleOfASoundWorkspace(data));

        int[] outcomes = new int[2];
        for (int kill = 0; kill < KILLS; kill++) {
            List<String> before = peopleOfASoundWorkspace(data);
            Process child = restore(data, before.equals(oldPeople) ? young : old);
            begun(child, data);
            Thread.sleep(random.nextLong(wholeMillis * 3 / 2 + 1));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            List<String> after = peopleOfASoundWorkspace(data);
            assertTrue(after.equals(oldPeople) || after.equals(newPeople), "kill " + kill + " left " + after);
            outcomes[after.equals(before) ? 0 : 1]++;
        }
        System.out.printf("restore killed %d times (a whole one replaces the database %d ms after its start): %d left the workspace as it was, %d as restored%n",
                KILLS, wholeMillis, outcomes[0], outcomes[1]);
    }

    /** Waits until the restore has made its first folder (it checks the backup there first); returns when, in nanoseconds. */
    private static long begun(Process restore, Path data) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (restore.isAlive() && System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(data.resolve("backups"))) {
                if (files.anyMatch(p -> p.getFileName().toString().startsWith(".checking-"))) {
                    break;
                }
            }
            Thread.sleep(1);
        }
        return System.nanoTime();
    }

    private static Process restore(Path data, Path backup) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Launcher.class.getName(), "--data", data.toString(), "restore", backup.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Opens the workspace as the next program would, checks it whole, and says who is in it. */
    private static List<String> peopleOfASoundWorkspace(Path data) throws java.io.IOException {
        Services services = TestWorkspaces.open(data);
        try {
            assertTrue(services.verifyWorkspace().run().sound(), () -> String.valueOf(services.verifyWorkspace().run()));
            assertTrue(services.checkPhotos().run().sound(), () -> String.valueOf(services.checkPhotos().run()));
            try (Stream<Path> files = Stream.concat(Files.list(data.resolve("backups")), Files.walk(data.resolve("photos")))) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                        "what the killed restore was making is cleared when the workspace opens");
            }
            return services.listPeople().people().stream().map(Person::name).sorted().toList();
        } finally {
            services.close();
        }
    }

    // Noise does not compress: each photo is about 1 MB, so writing the photos is a stretch of the restore a kill can hit.
    private static void addPhotos(Services services, Random random) throws Exception {
        for (int i = 0; i < 3; i++) {
            BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 600; y++) {
                for (int x = 0; x < 600; x++) {
                    image.setRGB(x, y, random.nextInt(0x1000000));
                }
            }
            Path file = Files.createTempFile("restore-kill-", ".png");
            try {
                ImageIO.write(image, "png", file.toFile());
                services.addPhoto().run(file);
            } finally {
                Files.delete(file);
            }
        }
    }
}
