package org.civicinspect.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program's one hash gives the published SHA-256 test vectors, from bytes, a file, or a digest fed in steps. */
class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void hashesBytes() {
        assertEquals(ABC, Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(EMPTY, Sha256.of(new byte[0]));
    }

    @Test
    void hashesAFileLargerThanOneBlock(@TempDir Path folder) throws Exception {
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Path file = Files.write(folder.resolve("big.bin"), big);
        assertEquals(Sha256.of(big), Sha256.of(file));
        assertEquals(ABC, Sha256.of(Files.writeString(folder.resolve("abc.txt"), "abc")));
    }

    @Test
    void hashesADigestFedInSteps() {
        MessageDigest digest = Sha256.digest();
        digest.update((byte) 'a');
        digest.update("bc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ABC, Sha256.hex(digest));
    }
}
