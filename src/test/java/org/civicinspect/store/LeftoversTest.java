package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed backups, checks, restores and photo writes leave in a data folder is gone when the next program opens it. */
class LeftoversTest {

    @TempDir Path folder;

    @Test
    void theNextStartClearsHalfMadeBackupsChecksRestoresAndPhotosStagedOrHalfWritten() throws Exception {
        Workspace.open(folder).close();
        Path backups = folder.resolve("backups");
        Files.createDirectories(backups.resolve(".making-123").resolve("sub"));
        Files.writeString(backups.resolve(".making-123").resolve("workspace.db"), "half a copy");
        Files.createDirectories(backups.resolve(".checking-456"));
        Files.createDirectories(backups.resolve(".restoring-789").resolve("photos"));
        Files.writeString(backups.resolve(".backup-42.tmp"), "half a zip");
        Files.writeString(backups.resolve("auto-daily-20261201-080000-000.zip"), "a backup of the user's, kept");
        Path photos = Files.createDirectories(folder.resolve("photos").resolve("ab"));
        Files.writeString(photos.resolve(".incoming-ab12-99"), "half a photo");
        Path staged = Files.createDirectories(folder.resolve(PhotosOnServer.CACHE_FOLDER).resolve("0123456789abcdef"));
        Files.writeString(staged.resolve(".incoming-cd34-77"), "a photo staged for a server by a merge that was killed");

        Workspace.open(folder).close();

        try (Stream<Path> left = Stream.concat(Stream.concat(Files.list(backups), Files.list(photos)), Files.list(staged))) {
            assertEquals(List.of(backups.resolve("auto-daily-20261201-080000-000.zip")), left.toList());
        }
        assertTrue(Files.exists(folder.resolve(Workspace.DATABASE_FILE)));
    }
}
