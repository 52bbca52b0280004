package org.civicinspect.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;

/**
 * Opens a package without trusting it: the zip must hold only the entries a package has, each once and under a safe
 * name; the manifest must parse, be signed by the key it names, and list every other entry; every entry is read no
 * further than the size the manifest gives and must match its SHA-256. Any failure is one {@link PackageProblem}
 * naming the file and the entry.
 */
public final class PackageReader implements Closeable {

    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    public static final String CONTENT = "content.json";
    public static final String PHOTO_PREFIX = "photos/";
    /** A unit's material files (PDF, Word, Excel, pictures), each named by its SHA-256 like photos. */
    public static final String FILE_PREFIX = "files/";
    private static final Pattern PHOTO = Pattern.compile("(photos|files)/[0-9a-f]{64}");
    private static final int SIGNATURE_LIMIT = 1024;

    /**
     * How much a package may hold; anything larger is refused before it is read. A finding takes 320 to 480 bytes of
     * content (6.5 KB with a note of the longest, 2,000 characters), so 64 MB holds some 140,000 findings, far more
     * than one team answers in a round, while a hostile content costs at most that much memory to refuse.
     */
    public record Limits(int entries, long manifestBytes, long contentBytes, long photoBytes) {
        public static final Limits DEFAULT = new Limits(200_000, 64L << 20, 64L << 20, 64L << 20);
    }

    private final String name;
    private final ZipFile zip;
    private final Path decrypted;
    private final Manifest manifest;
    private final Map<String, Manifest.Entry> listed = new HashMap<>();

    private PackageReader(String name, ZipFile zip, Path decrypted, Manifest manifest) {
        this.name = name;
        this.zip = zip;
        this.decrypted = decrypted;
        this.manifest = manifest;
        manifest.entries().forEach(e -> listed.put(e.name(), e));
    }

    public static PackageReader open(Path file, char[] passphrase) throws PackageProblem, IOException {
        return open(file, passphrase, Limits.DEFAULT);
    }

    /** Opens and checks the package's structure and signature; a null passphrase for an encrypted file is {@code package.needsPassphrase}. */
    public static PackageReader open(Path file, char[] passphrase, Limits limits) throws PackageProblem, IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new PackageProblem("package.missing", file);
        }
        Path decrypted = null;
        Path zipFile = file;
        if (PassphraseCipher.isEncrypted(file)) {
            if (passphrase == null || passphrase.length == 0) {
                throw new PackageProblem("package.needsPassphrase", name);
            }
            decrypted = Files.createTempFile("civicinspect-", ".package");
            zipFile = decrypted;
            try {
                PassphraseCipher.decrypt(file, decrypted, passphrase);
            } catch (PackageProblem | IOException | RuntimeException e) {
                Files.deleteIfExists(decrypted);
                throw e;
            }
        }
        ZipFile zip = null;
        boolean handedOver = false;
        try {
            try (InputStream in = Files.newInputStream(zipFile)) {
                byte[] start = in.readNBytes(4);
                if (start.length < 4 || start[0] != 'P' || start[1] != 'K') {
                    throw new PackageProblem("package.notAPackage", name);
                }
            }
            try {
                zip = new ZipFile(zipFile.toFile());
            } catch (ZipException e) {
                throw new PackageProblem("package.damaged", name, String.valueOf(e.getMessage()));
            }
            checkNames(name, zip, limits);
            byte[] manifestBytes = read(name, zip, MANIFEST, limits.manifestBytes(), "package.noManifest");
            Manifest manifest = PackageJson.read(name, MANIFEST, manifestBytes, Manifest.class);
            checkManifest(name, manifest, zip, limits);
            verifySignature(name, manifest, manifestBytes, read(name, zip, SIGNATURE, SIGNATURE_LIMIT, "package.noSignature"));
            PackageReader reader = new PackageReader(name, zip, decrypted, manifest);
            handedOver = true;
            return reader;
        } finally {
            if (!handedOver) {
                if (zip != null) {
                    zip.close();
                }
                deleteQuietly(decrypted);
            }
        }
    }

    private static void checkNames(String file, ZipFile zip, Limits limits) throws PackageProblem {
        Set<String> seen = new HashSet<>();
        int count = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            if (++count > limits.entries()) {
                throw new PackageProblem("package.tooManyEntries", file, limits.entries());
            }
            if (entry.startsWith("/") || entry.startsWith("\\") || entry.contains("\\") || entry.contains("..") || entry.contains(":")
                    || entry.indexOf('\0') >= 0) {
                throw new PackageProblem("package.unsafeEntry", file, entry);
            }
            if (!seen.add(entry)) {
                throw new PackageProblem("package.duplicateEntry", file, entry);
            }
            if (!(entry.equals(MANIFEST) || entry.equals(SIGNATURE) || entry.equals(CONTENT) || PHOTO.matcher(entry).matches())) {
                throw new PackageProblem("package.unexpectedEntry", file, entry);
            }
        }
    }

    private static void checkManifest(String file, Manifest manifest, ZipFile zip, Limits limits) throws PackageProblem {
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw new PackageProblem("package.notAPackage", file);
        }
        if (manifest.formatVersion() > Manifest.CURRENT_VERSION || manifest.formatVersion() < 1) {
            throw new PackageProblem("package.futureFormat", file, manifest.formatVersion(), Manifest.CURRENT_VERSION);
        }
        if (manifest.kind() == null || manifest.packageId() == null || manifest.sender() == null || manifest.roundId() == null
                || manifest.teamId() == null || manifest.createdAt() == null) {
            throw new PackageProblem("package.badJson", file, MANIFEST, 0, 0, "kind, packageId, sender, roundId, teamId, createdAt");
        }
        // Teams' packages carry photos only; units' packages material files and the photos of dispatched problems.
        boolean unit = manifest.kind() == PackageKind.UNIT_TASK || manifest.kind() == PackageKind.UNIT_REPLY;
        Set<String> names = new HashSet<>();
        for (Manifest.Entry entry : manifest.entries()) {
            if (entry.name() == null || entry.sha256() == null || !names.add(entry.name())) {
                throw new PackageProblem("package.duplicateEntry", file, String.valueOf(entry.name()));
            }
            if (!unit && entry.name().startsWith(FILE_PREFIX)) {
                throw new PackageProblem("package.unexpectedEntry", file, entry.name());
            }
            long limit = entry.name().equals(CONTENT) ? limits.contentBytes() : limits.photoBytes();
            if (entry.bytes() < 0 || entry.bytes() > limit) {
                throw new PackageProblem("package.entryTooLarge", file, entry.name(), entry.bytes(), limit);
            }
            if (zip.getEntry(entry.name()) == null) {
                throw new PackageProblem("package.entryMissing", file, entry.name());
            }
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String entry = entries.nextElement().getName();
            if (!entry.equals(MANIFEST) && !entry.equals(SIGNATURE) && !names.contains(entry)) {
                throw new PackageProblem("package.entryUnlisted", file, entry);
            }
        }
        if (!names.contains(CONTENT)) {
            throw new PackageProblem("package.entryMissing", file, CONTENT);
        }
    }

    private static void verifySignature(String file, Manifest manifest, byte[] manifestBytes, byte[] signature) throws PackageProblem {
        byte[] key;
        byte[] signed;
        try {
            key = Base64.getDecoder().decode(String.valueOf(manifest.sender().publicKey()));
            signed = Base64.getDecoder().decode(new String(signature, java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new PackageProblem("package.badSignature", file);
        }
        if (!DeviceKey.fingerprint(key).equals(manifest.sender().fingerprint()) || !DeviceKey.verify(key, manifestBytes, signed)) {
            throw new PackageProblem("package.badSignature", file);
        }
    }

    /** Reads a whole entry, refusing one larger than {@code limit} whatever its header claims. */
    private static byte[] read(String file, ZipFile zip, String entry, long limit, String missingKey) throws PackageProblem {
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
            throw new PackageProblem(missingKey, file);
        }
        try (InputStream in = zip.getInputStream(found)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > limit) {
                throw new PackageProblem("package.entryTooLarge", file, entry, bytes.length, limit);
            }
            return bytes;
        } catch (IOException e) {
            throw new PackageProblem("package.entryChanged", file, entry);
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    public String fileName() {
        return name;
    }

    /** The entry's bytes, checked against the manifest's size and SHA-256. */
    public byte[] bytes(String entry) throws PackageProblem {
        Manifest.Entry expected = listed.get(entry);
        if (expected == null) {
            throw new PackageProblem("package.entryMissing", name, entry);
        }
        return listedBytes(expected);
    }

    /**
     * An entry's bytes read into one array of the size the manifest lists (at most the limit it was checked against on
     * opening) and checked against it and its SHA-256: the content and the photos are most of what a merge reads, and
     * reading them through growing buffers allocated them twice or three times over.
     */
    private byte[] listedBytes(Manifest.Entry expected) throws PackageProblem {
        String entry = expected.name();
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
            throw new PackageProblem("package.entryMissing", name, entry);
        }
        if (found.getSize() > expected.bytes()) {
            throw new PackageProblem("package.entryTooLarge", name, entry, found.getSize(), expected.bytes());
        }
        byte[] bytes = new byte[(int) expected.bytes()];
        try (InputStream in = zip.getInputStream(found)) {
            if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
                throw new PackageProblem("package.entryChanged", name, entry);
            }
            if (in.read() >= 0) {
                throw new PackageProblem("package.entryTooLarge", name, entry, expected.bytes() + 1, expected.bytes());
            }
        } catch (IOException e) {
            throw new PackageProblem("package.entryChanged", name, entry);
        }
        if (!Sha256.of(bytes).equals(expected.sha256())) {
            throw new PackageProblem("package.entryChanged", name, entry);
        }
        return bytes;
    }

    /** The content entry read as {@code type}. */
    public <T> T content(Class<T> type) throws PackageProblem {
        return PackageJson.read(name, CONTENT, bytes(CONTENT), type);
    }

    public boolean hasPhoto(String sha256) {
        return listed.containsKey(PHOTO_PREFIX + sha256);
    }

    /**
     * Copies a photo's bytes to {@code out}, reading no more than the manifest's size; the photo's name is its SHA-256,
     * so the bytes must hash to it and to the manifest's entry. On a mismatch what was written must be discarded.
     */
    public void copyPhoto(String sha256, OutputStream out) throws PackageProblem {
        copy(listedPhoto(sha256), out);
    }

    /** The manifest's entry of the photo named by this SHA-256, which must list that SHA-256 too. */
    private Manifest.Entry listedPhoto(String sha256) throws PackageProblem {
        String entry = PHOTO_PREFIX + sha256;
        Manifest.Entry expected = listed.get(entry);
        if (expected == null || !expected.sha256().equals(sha256)) {
            throw new PackageProblem("package.entryMissing", name, entry);
        }
        return expected;
    }

    /**
     * Reads every entry the manifest lists and checks it against its size and SHA-256 (a photo or a file also against
     * its name, its SHA-256), keeping none: what a package taken in before must pass before anything is said about it.
     */
    public void checkEntries() throws PackageProblem {
        for (Manifest.Entry entry : manifest.entries()) {
            boolean named = entry.name().startsWith(PHOTO_PREFIX) || entry.name().startsWith(FILE_PREFIX);
            if (named && !entry.name().endsWith("/" + entry.sha256())) {
                throw new PackageProblem("package.entryChanged", name, entry.name());
            }
            copy(entry, OutputStream.nullOutputStream());
        }
    }

    private void copy(Manifest.Entry expected, OutputStream out) throws PackageProblem {
        String entry = expected.name();
        String sha256 = expected.sha256();
        MessageDigest digest = Sha256.digest();
        // No larger than the entry: a package checked again reads thousands of small photos, and a buffer each of the largest size would be most of what it allocates.
        byte[] buffer = new byte[(int) Math.max(1, Math.min(64 * 1024, expected.bytes()))];
        long total = 0;
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > expected.bytes()) {
                    throw new PackageProblem("package.entryChanged", name, entry);
                }
                digest.update(buffer, 0, n);
                write(out, buffer, n);
            }
        } catch (IOException e) {
            throw new PackageProblem("package.entryChanged", name, entry);
        }
        if (total != expected.bytes() || !Sha256.hex(digest).equals(sha256)) {
            throw new PackageProblem("package.entryChanged", name, entry);
        }
    }

    /** A photo's bytes, checked as {@link #copyPhoto} checks them. */
    public byte[] photo(String sha256) throws PackageProblem {
        return listedBytes(listedPhoto(sha256));
    }

    /** Writing is this computer's side: a full disk there is not a package changed in transit, so it is not a {@link PackageProblem}. */
    private static void write(OutputStream out, byte[] buffer, int n) {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

        /** The size the manifest gives for a photo. */
    public long photoBytes(String sha256) {
        Manifest.Entry entry = listed.get(PHOTO_PREFIX + sha256);
        return entry == null ? 0 : entry.bytes();
    }

    /** A material file's bytes, checked against the manifest's size and SHA-256 and against its name, its SHA-256. */
    public byte[] file(String sha256) throws PackageProblem {
        byte[] bytes = bytes(FILE_PREFIX + sha256);
        if (!Sha256.of(bytes).equals(sha256)) {
            throw new PackageProblem("package.entryChanged", name, FILE_PREFIX + sha256);
        }
        return bytes;
    }

    /** Every material file the manifest lists, by SHA-256. */
    public Set<String> files() {
        Set<String> files = new HashSet<>();
        listed.keySet().stream().filter(n -> n.startsWith(FILE_PREFIX)).forEach(n -> files.add(n.substring(FILE_PREFIX.length())));
        return files;
    }

    /** Every photo the manifest lists, by SHA-256. */
    public Set<String> photos() {
        Set<String> photos = new HashSet<>();
        listed.keySet().stream().filter(n -> n.startsWith(PHOTO_PREFIX)).forEach(n -> photos.add(n.substring(PHOTO_PREFIX.length())));
        return photos;
    }

    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            deleteQuietly(decrypted);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temp file that cannot be deleted now is left for the system's temp cleanup.
            }
        }
    }
}
