package org.civicinspect.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.civicinspect.model.Sha256;

/**
 * The workspace's device key pair (Ed25519, from the JDK), made on first use in {@code keys/}: the private key
 * readable by its owner alone where the file system allows. Packages are signed with it; people compare its
 * fingerprint, the SHA-256 of the public key, in groups of four hex digits.
 *
 * <p>The private half ({@code device-ed25519.key}, PKCS#8) is the identity; the public half ({@code device-ed25519.pub},
 * X.509) is kept beside it for people and is derived again from the private half whenever it is read, so the two can
 * never disagree. The pair is made once, under a lock that holds across threads and processes: both halves are written
 * to temporary files and synced, the public half is renamed into place first and the private half last, so the rename
 * of the private half alone decides that the identity exists. A crash before it leaves no identity (the next start
 * makes one); a crash after it leaves a whole pair. A private half without its public half (as a crash of earlier
 * versions could leave it) keeps its identity and gets its public half back; an unreadable private half is refused,
 * never replaced.
 */
public final class DeviceKey {

    static final String PRIVATE_FILE = "device-ed25519.key";
    static final String PUBLIC_FILE = "device-ed25519.pub";
    /** Taken while the pair is made or mended; never deleted, so every process locks the same file. */
    static final String LOCK_FILE = ".device-ed25519.lock";
    private static final String TEMP_PREFIX = ".device-ed25519-";
    private static final String TEMP_SUFFIX = ".tmp";
    /** The temporary names earlier versions wrote before renaming. */
    private static final String[] OLD_TEMP_FILES = {PRIVATE_FILE + ".new", PUBLIC_FILE + ".new"};
    private static final String ALGORITHM = "Ed25519";
    /**
     * A file lock belongs to the whole JVM (a second one over it throws OverlappingFileLockException), so the threads
     * of this JVM take turns here first. Making a key is rare and quick; one lock for every folder is enough.
     */
    private static final ReentrantLock MAKING = new ReentrantLock();

    private final KeyPair pair;

    private DeviceKey(KeyPair pair) {
        this.pair = pair;
    }

    /** The key pair in {@code keys}, made there when there is none yet. */
    public static DeviceKey loadOrCreate(Path keys) {
        try {
            Path privateFile = keys.resolve(PRIVATE_FILE);
            if (Files.isRegularFile(privateFile)) {
                // The private half is renamed into place whole and never changed after, so it can be read without the lock.
                KeyPair pair = read(privateFile, keys.resolve(PUBLIC_FILE));
                if (publicHalfMatches(keys.resolve(PUBLIC_FILE), pair)) {
                    return new DeviceKey(pair);
                }
            }
            return makeOrMend(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the device key cannot be read or made", e);
        }
    }

    /** Under the lock: reads the pair another thread or process may have made meanwhile, mends its public half, or makes it. */
    private static DeviceKey makeOrMend(Path keys) throws IOException, GeneralSecurityException {
        Files.createDirectories(keys);
        Path privateFile = keys.resolve(PRIVATE_FILE);
        Path publicFile = keys.resolve(PUBLIC_FILE);
        MAKING.lock();
        try (FileChannel lockFile = FileChannel.open(keys.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            // Whoever holds the lock is the only one writing temporary files here: any found now are left by a crash.
            deleteLeftovers(keys);
            if (Files.exists(privateFile)) {
                KeyPair pair = read(privateFile, publicFile);
                if (!publicHalfMatches(publicFile, pair)) {
                    Files.move(writeTemp(keys, pair.getPublic().getEncoded(), false), publicFile, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    syncFolder(keys);
                }
                return new DeviceKey(pair);
            }
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            Path publicTemp = null;
            Path privateTemp = null;
            try {
                publicTemp = writeTemp(keys, pair.getPublic().getEncoded(), false);
                privateTemp = writeTemp(keys, pair.getPrivate().getEncoded(), true);
                // A public half alone (no private one was ever there to sign with it) is simply replaced.
                Files.move(publicTemp, publicFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                // From this rename on, the identity exists, with its public half already beside it.
                Files.move(privateTemp, privateFile, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                // Gone already when renamed; otherwise (a failure on the way) not left lying about.
                for (Path temp : new Path[] {publicTemp, privateTemp}) {
                    if (temp != null) {
                        Files.deleteIfExists(temp);
                    }
                }
            }
            syncFolder(keys);
            return new DeviceKey(pair);
        } finally {
            MAKING.unlock();
        }
    }

    /**
     * The pair whose private half is in {@code privateFile}, its public half derived from it; when this Java cannot
     * derive it, the public file is taken if it signs and verifies with the private half. Refused, naming the file,
     * when the private half cannot be read or no public half fits it: a device's identity is never silently replaced.
     */
    private static KeyPair read(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
        PrivateKey privateKey;
        try {
            privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw new IllegalStateException(unusable(privateFile, "cannot be read as an Ed25519 private key"), e);
        }
        KeyPair derived = derive(privateKey);
        if (derived != null) {
            return derived;
        }
        try {
            KeyPair stored = new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))), privateKey);
            byte[] probe = "civicinspect device key".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (verify(stored.getPublic().getEncoded(), probe, new DeviceKey(stored).sign(probe))) {
                return stored;
            }
        } catch (NoSuchFileException | InvalidKeySpecException | IllegalArgumentException e) {
            // refused below
        }
        throw new IllegalStateException(unusable(privateFile, "has no public half that matches it in " + publicFile.getFileName()));
    }

    private static String unusable(Path privateFile, String why) {
        return "the device key " + privateFile + " " + why + "; it is left as it is. Restore it from a backup, or move it away to make"
                + " a new device key (offices and laptops that trust the old one must then confirm the new fingerprint)";
    }

    /**
     * The public half of an Ed25519 private key. The JDK has no call for it, but its key pair generator makes the
     * private key from 32 random bytes (the seed {@link EdECPrivateKey#getBytes()} returns) and computes the public
     * key from them, so a generator fed the seed makes the same pair. Null if this Java's generator does otherwise.
     */
    private static KeyPair derive(PrivateKey privateKey) {
        if (!(privateKey instanceof EdECPrivateKey ed)) {
            return null;
        }
        byte[] seed = ed.getBytes().orElse(null);
        if (seed == null) {
            return null;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedRandom(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] again = pair.getPrivate() instanceof EdECPrivateKey made ? made.getBytes().orElse(null) : null;
            return Arrays.equals(seed, again) ? new KeyPair(pair.getPublic(), privateKey) : null;
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    /** Hands out the given seed once; anything else is refused, so a generator that wants other randomness fails. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private transient byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (seed == null || bytes.length != seed.length) {
                throw new IllegalStateException("not the seed's use");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
            Arrays.fill(seed, (byte) 0);
            seed = null;
        }
    }

    private static boolean publicHalfMatches(Path publicFile, KeyPair pair) throws IOException {
        try {
            return Arrays.equals(Files.readAllBytes(publicFile), pair.getPublic().getEncoded());
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /** A new temporary file in {@code folder} holding {@code bytes}, synced to the disk; readable by its owner alone when private. */
    private static Path writeTemp(Path folder, byte[] bytes, boolean privateHalf) throws IOException {
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
        Path temp = posix
                ? Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")))
                : Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
        boolean written = false;
        try {
            if (privateHalf && !posix) {
                temp.toFile().setReadable(false, false);
                temp.toFile().setReadable(true, true);
            } else if (!privateHalf && posix) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            written = true;
            return temp;
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Makes the renames in the folder durable where the system allows syncing a folder (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Renames are still atomic; only their durability before the next sync is up to the system.
        }
    }

    /** Temporary files a crash left, some holding a private key that never became the device's: deleted. */
    private static void deleteLeftovers(Path keys) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(keys, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
        for (String old : OLD_TEMP_FILES) {
            Files.deleteIfExists(keys.resolve(old));
        }
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    /** SHA-256 of the public key, e.g. {@code 3f2a 9c01 …}, 16 groups. */
    public String fingerprint() {
        return fingerprint(pair.getPublic().getEncoded());
    }

    /** The fingerprint of an encoded (X.509) public key. */
    public static String fingerprint(byte[] encodedPublicKey) {
        return grouped(Sha256.of(encodedPublicKey));
    }

    /**
     * A fingerprint as a person typed or pasted it (any case, with or without spaces or colons) in the form this
     * class writes, or null when it is not 64 hex digits.
     */
    public static String typedFingerprint(String typed) {
        String hex = typed == null ? "" : typed.replaceAll("[\\s:]", "").toLowerCase(java.util.Locale.ROOT);
        return hex.matches("[0-9a-f]{64}") ? grouped(hex) : null;
    }

    private static String grouped(String hex) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    /** The Ed25519 signature of the bytes. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(pair.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** Whether {@code signed} is the signature of {@code data} by the encoded public key; false for any key or signature that is not one. */
    public static boolean verify(byte[] encodedPublicKey, byte[] data, byte[] signed) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encodedPublicKey));
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signed);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
