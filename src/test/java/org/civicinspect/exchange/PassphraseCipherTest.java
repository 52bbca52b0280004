package org.civicinspect.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sealing a package with a passphrase: whatever goes in comes out, and a wrong passphrase or any change to the
 * sealed file (a byte, a chunk dropped, swapped, added or cut off) fails the same way. The file records its PBKDF2
 * rounds: the product seals with 600,000; the other files here are sealed with the fewest a file may name (100,000),
 * which is all their opening needs, and the failures all open one sealed file made once.
 */
class PassphraseCipherTest {

    private static final int CHUNK = 1 << 20;
    private static final int HEADER = 8 + 4 + 4 + 16 + 8 + 4;
    /** Where the header names the PBKDF2 rounds: after the mark and the format. */
    private static final int ROUNDS_AT = 8 + 4;
    private static final int SEALED_CHUNK = CHUNK + 16;
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir static Path shared;
    @TempDir Path temp;

    /** Two and a half chunks, sealed: three chunks after the header. */
    private static byte[] plain;
    private static byte[] sealed;

    @BeforeAll
    static void twoAndAHalfChunksSealed() throws Exception {
        plain = new byte[2 * CHUNK + CHUNK / 2];
        new Random(42).nextBytes(plain);
        Path in = shared.resolve("plain.zip");
        Files.write(in, plain);
        Path out = shared.resolve("sealed.ciresult");
        PassphraseCipher.encrypt(in, out, PASSPHRASE, PassphraseCipher.FEWEST_ITERATIONS);
        sealed = Files.readAllBytes(out);
    }

    @Test
    void dataOfSeveralChunksComesBackAsItWas() throws Exception {
        assertEquals(HEADER + 2 * SEALED_CHUNK + CHUNK / 2 + 16, sealed.length, "a header and three chunks, each with its tag");
        assertArrayEquals(plain, open(sealed, PASSPHRASE));
    }

    @Test
    void emptyDataAndASmallPackageAndExactlyOneChunkComeBackAsTheyWere() throws Exception {
        byte[] small = "PK\u0003\u0004 东湖路".getBytes(StandardCharsets.UTF_8);
        byte[] oneChunk = Arrays.copyOf(plain, CHUNK);
        for (byte[] data : new byte[][] {new byte[0], small, oneChunk}) {
            byte[] sealedData = seal(data);
            assertEquals(HEADER + data.length + 16, sealedData.length, "one chunk and its tag for " + data.length + " bytes");
            assertArrayEquals(data, open(sealedData, PASSPHRASE), data.length + " bytes");
        }
    }

    @Test
    void theSealedFileStartsWithItsMarkAndShowsNothingOfTheData() throws Exception {
        Path file = write(sealed);
        assertTrue(PassphraseCipher.isEncrypted(file));
        assertFalse(PassphraseCipher.isEncrypted(write(plain)));
        assertEquals("CIPKGENC", new String(sealed, 0, 8, StandardCharsets.US_ASCII));
        byte[] firstPlain = Arrays.copyOf(plain, 64);
        for (int i = HEADER; i + firstPlain.length <= sealed.length; i += CHUNK / 4) {
            assertFalse(Arrays.equals(firstPlain, Arrays.copyOfRange(sealed, i, i + firstPlain.length)), "plain bytes at " + i);
        }
    }

    @Test
    void theProductSealsWith600000RoundsAndOpensWhatItSealed() throws Exception {
        byte[] small = "PK\u0003\u0004 东湖路".getBytes(StandardCharsets.UTF_8);
        Path out = temp.resolve("sealed-by-the-product");
        PassphraseCipher.encrypt(write(small), out, PASSPHRASE);
        byte[] file = Files.readAllBytes(out);

        assertEquals(600_000, ByteBuffer.wrap(file, ROUNDS_AT, 4).getInt());
        assertArrayEquals(small, open(file, PASSPHRASE));
    }

    @Test
    void aFileThatNamesFewerRoundsThanTheFewestIsRefusedUnopened() throws Exception {
        byte[] weak = sealed.clone();
        ByteBuffer.wrap(weak, ROUNDS_AT, 4).putInt(PassphraseCipher.FEWEST_ITERATIONS - 1);
        PackageProblem problem = assertThrows(PackageProblem.class, () -> PassphraseCipher.decrypt(write(weak), temp.resolve("out"), PASSPHRASE));
        assertEquals("package.futureEncryption", problem.messageKey());
    }

    @Test
    void aWrongPassphraseFails() throws Exception {
        wrong(sealed, "correct horse battery stable".toCharArray());
    }

    @Test
    void aFlippedByteInAChunkOrTheHeaderFails() throws Exception {
        byte[] inChunk = sealed.clone();
        inChunk[HEADER + SEALED_CHUNK + 12345] ^= 0x01;
        wrong(inChunk, PASSPHRASE);
        byte[] inNoncePrefix = sealed.clone();
        inNoncePrefix[8 + 4 + 4 + 16 + 3] ^= 0x01;
        wrong(inNoncePrefix, PASSPHRASE);
    }

    @Test
    void aDroppedChunkFails() throws Exception {
        wrong(concat(header(), chunk(0), chunk(2)), PASSPHRASE);
    }

    @Test
    void swappedChunksFail() throws Exception {
        wrong(concat(header(), chunk(1), chunk(0), chunk(2)), PASSPHRASE);
    }

    @Test
    void aFileCutOffAtAChunkBoundaryOrInsideAChunkFails() throws Exception {
        wrong(concat(header(), chunk(0), chunk(1)), PASSPHRASE);
        wrong(Arrays.copyOf(sealed, sealed.length - 100), PASSPHRASE);
    }

    @Test
    void aChunkAddedAtTheEndFails() throws Exception {
        wrong(concat(sealed, chunk(1)), PASSPHRASE);
    }

    @Test
    void aFileCutInsideItsHeaderIsTruncated() throws Exception {
        PackageProblem problem = assertThrows(PackageProblem.class, () -> PassphraseCipher.decrypt(write(Arrays.copyOf(sealed, HEADER - 1)),
                temp.resolve("out"), PASSPHRASE));
        assertEquals("package.truncated", problem.messageKey());
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    /** The one way every bad file or passphrase fails: package.wrongPassphrase naming the file. */
    private void wrong(byte[] file, char[] passphrase) throws Exception {
        Path bad = write(file);
        PackageProblem problem = assertThrows(PackageProblem.class, () -> PassphraseCipher.decrypt(bad, temp.resolve("out"), passphrase));
        assertEquals("package.wrongPassphrase", problem.messageKey(), problem.getMessage());
        assertEquals(bad.getFileName().toString(), problem.args().get(0));
    }

    private byte[] seal(byte[] data) throws Exception {
        Path out = temp.resolve("sealed-" + data.length);
        PassphraseCipher.encrypt(write(data), out, PASSPHRASE, PassphraseCipher.FEWEST_ITERATIONS);
        return Files.readAllBytes(out);
    }

    private byte[] open(byte[] file, char[] passphrase) throws Exception {
        Path out = temp.resolve("opened");
        PassphraseCipher.decrypt(write(file), out, passphrase);
        return Files.readAllBytes(out);
    }

    private Path write(byte[] bytes) throws Exception {
        Path file = Files.createTempFile(temp, "file-", ".bin");
        Files.write(file, bytes);
        return file;
    }

    private static byte[] header() {
        return Arrays.copyOf(sealed, HEADER);
    }

    private static byte[] chunk(int number) {
        int from = HEADER + number * SEALED_CHUNK;
        return Arrays.copyOfRange(sealed, from, Math.min(from + SEALED_CHUNK, sealed.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
