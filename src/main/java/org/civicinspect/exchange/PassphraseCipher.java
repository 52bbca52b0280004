package org.civicinspect.exchange;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passphrase encryption of a whole package file for a USB stick: AES-256-GCM with a key from PBKDF2-HMAC-SHA256.
 * The file is sealed in 1 MiB chunks, each with its own nonce (a random prefix and the chunk's number) and a flag for
 * the last chunk in its authenticated data, so a package of any size is decrypted in constant memory, and reordered,
 * dropped or cut-off chunks fail like a wrong passphrase does.
 */
public final class PassphraseCipher {

    static final byte[] MAGIC = "CIPKGENC".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int ITERATIONS = 600_000;
    /** The fewest PBKDF2 rounds a sealed file may name: fewer would make guessing its passphrase cheap. */
    static final int FEWEST_ITERATIONS = 100_000;
    private static final int CHUNK = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final int HEADER_BYTES = MAGIC.length + 4 + 4 + 16 + 8 + 4;

    private PassphraseCipher() {
    }

    /** Whether the file starts as an encrypted package does. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    public static void encrypt(Path plain, Path sealed, char[] passphrase) throws IOException {
        encrypt(plain, sealed, passphrase, ITERATIONS);
    }

    /** As above with {@code iterations} PBKDF2 rounds, which the file records and its opening uses. */
    static void encrypt(Path plain, Path sealed, char[] passphrase, int iterations) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        byte[] noncePrefix = new byte[8];
        random.nextBytes(salt);
        random.nextBytes(noncePrefix);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(FORMAT).putInt(iterations).put(salt).put(noncePrefix)
                .putInt(CHUNK);
        try (InputStream in = Files.newInputStream(plain); OutputStream out = Files.newOutputStream(sealed)) {
            SecretKeySpec key = key(passphrase, salt, iterations);
            out.write(header.array());
            byte[] chunk = in.readNBytes(CHUNK);
            int number = 0;
            while (true) {
                byte[] next = chunk.length == CHUNK ? in.readNBytes(CHUNK) : new byte[0];
                boolean last = next.length == 0;
                out.write(cipher(Cipher.ENCRYPT_MODE, key, noncePrefix, number++, header.array(), last).doFinal(chunk));
                if (last) {
                    break;
                }
                chunk = next;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts into {@code plain}; a wrong passphrase or a changed, cut or foreign file is {@code package.wrongPassphrase}. */
    public static void decrypt(Path sealed, Path plain, char[] passphrase) throws IOException, PackageProblem {
        String name = sealed.getFileName().toString();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(sealed)); OutputStream out = Files.newOutputStream(plain)) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            if (header.length < HEADER_BYTES) {
                throw new PackageProblem("package.truncated", name);
            }
            ByteBuffer fields = ByteBuffer.wrap(header, MAGIC.length, HEADER_BYTES - MAGIC.length);
            int format = fields.getInt();
            int iterations = fields.getInt();
            byte[] salt = new byte[16];
            byte[] noncePrefix = new byte[8];
            fields.get(salt).get(noncePrefix);
            int chunk = fields.getInt();
            if (format != FORMAT || iterations < FEWEST_ITERATIONS || iterations > 10_000_000 || chunk != CHUNK) {
                throw new PackageProblem("package.futureEncryption", name, format);
            }
            SecretKeySpec key = key(passphrase, salt, iterations);
            byte[] sealedChunk = in.readNBytes(CHUNK + TAG_BYTES);
            int number = 0;
            while (true) {
                byte[] next = sealedChunk.length == CHUNK + TAG_BYTES ? in.readNBytes(CHUNK + TAG_BYTES) : new byte[0];
                boolean last = next.length == 0;
                out.write(cipher(Cipher.DECRYPT_MODE, key, noncePrefix, number++, header, last).doFinal(sealedChunk));
                if (last) {
                    return;
                }
                sealedChunk = next;
            }
        } catch (AEADBadTagException | EOFException e) {
            throw new PackageProblem("package.wrongPassphrase", name);
        } catch (GeneralSecurityException e) {
            throw new PackageProblem("package.wrongPassphrase", name);
        }
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] noncePrefix, int number, byte[] header, boolean last)
            throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(noncePrefix).putInt(number).array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        cipher.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
        return cipher;
    }
}
