package org.civicinspect.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo that cannot be written because the disk is full is the receiving computer's trouble, not a package changed in
 * transit. A full disk cannot be made here without root, so the writing side throws what the JDK throws for one.
 */
class AFullDiskIsNotATamperedPackageTest {

    @TempDir Path temp;

    @Test
    void aPhotoThatCannotBeWrittenFailsAsTheWriteNotAsTheirPackage() throws Exception {
        byte[] photo = "photo bytes".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(photo);
        Path file = temp.resolve("IMG_0001.jpg");
        Files.write(file, photo);
        Path pack = temp.resolve("good.ciresult");
        new PackageWriter().json(PackageReader.CONTENT, Map.of("note", "第1期")).photo(sha, file).write(pack,
                new PackageWriter.Header(PackageKind.RESULT, UUID.randomUUID().toString(), Instant.parse("2026-11-30T09:12:44Z"), 7, "FIELD",
                        "zhangsan", "round-1", "第1期", "team-1", "第一组"), DeviceKey.loadOrCreate(temp.resolve("keys")), null);
        OutputStream fullDisk = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        try (PackageReader reader = PackageReader.open(pack, null)) {
            UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> reader.copyPhoto(sha, fullDisk));
            assertEquals("No space left on device", failure.getCause().getMessage());
        }
    }
}
