package org.civicinspect.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a package without trusting it. A package PackageWriter made reads back as it was written; every hostile
 * variant, built here entry by entry with java.util.zip (and signed again where only the one change should be wrong),
 * is refused with one {@link PackageProblem} naming the file and the entry at fault.
 */
class PackageReaderTest {

    private static final byte[] PHOTO = "\u00ff\u00d8 not really a jpeg, but bytes all the same".getBytes(StandardCharsets.ISO_8859_1);
    private static final String PHOTO_SHA = sha256(PHOTO);
    private static final String PHOTO_ENTRY = "photos/" + PHOTO_SHA;

    @TempDir static Path shared;
    @TempDir Path temp;

    private static DeviceKey key;
    private static DeviceKey stranger;
    private static Path good;
    private static Map<String, Object> content;

    @BeforeAll
    static void aPackageWithContentAndAPhoto() throws IOException {
        key = DeviceKey.loadOrCreate(shared.resolve("keys"));
        stranger = DeviceKey.loadOrCreate(shared.resolve("stranger-keys"));
        Path photo = shared.resolve("IMG_0001.jpg");
        Files.write(photo, PHOTO);
        content = new LinkedHashMap<>();
        content.put("findings", List.of(Map.of("id", "f-1", "version", 3, "answer", "不符合")));
        content.put("note", "东湖路 第1期");
        good = shared.resolve("good.ciresult");
        new PackageWriter().json(PackageReader.CONTENT, content).photo(PHOTO_SHA, photo).write(good, header(), key, null);
    }

    // --- what a good package gives ----------------------------------------------------------------------------------

    @Test
    void aPackageWrittenByPackageWriterReadsBackAsItWasWritten() throws Exception {
        try (PackageReader reader = PackageReader.open(good, null)) {
            Manifest m = reader.manifest();
            assertEquals(Manifest.FORMAT, m.format());
            assertEquals(Manifest.WITHOUT_SURVEY, m.formatVersion(), "a package without the survey is read by programs from before it too");
            assertEquals(PackageKind.RESULT, m.kind());
            assertEquals("round-1", m.roundId());
            assertEquals("第一组", m.teamName());
            assertEquals(7, m.sequence());
            assertEquals(key.fingerprint(), m.sender().fingerprint());
            assertEquals(Base64.getEncoder().encodeToString(key.publicKey().getEncoded()), m.sender().publicKey());
            assertEquals("good.ciresult", reader.fileName());

            assertEquals(content, reader.content(Map.class));
            assertEquals(Set.of(PHOTO_SHA), reader.photos());
            assertTrue(reader.hasPhoto(PHOTO_SHA));
            assertFalse(reader.hasPhoto(sha256(new byte[] {1})));
            assertEquals(PHOTO.length, reader.photoBytes(PHOTO_SHA));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reader.copyPhoto(PHOTO_SHA, out);
            assertArrayEquals(PHOTO, out.toByteArray());
        }
    }

    @Test
    void aPhotoOfOneByteAndOneLargerThanAReadAtATimeReadBackWhole() throws Exception {
        byte[] tiny = {7};
        byte[] large = new byte[200_000];
        new Random(3).nextBytes(large);
        PackageWriter writer = new PackageWriter().json(PackageReader.CONTENT, content);
        for (byte[] bytes : List.of(tiny, large)) {
            Path file = Files.write(temp.resolve(sha256(bytes)), bytes);
            writer.photo(sha256(bytes), file);
        }
        Path pack = temp.resolve("sizes.ciresult");
        writer.write(pack, header(), key, null);
        try (PackageReader reader = PackageReader.open(pack, null)) {
            assertArrayEquals(tiny, reader.photo(sha256(tiny)));
            assertArrayEquals(large, reader.photo(sha256(large)));
        }
    }

    @Test
    void theManifestListsEveryOtherEntryWithItsSizeAndHash() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        assertEquals(List.of(PackageReader.CONTENT, PHOTO_ENTRY, PackageReader.MANIFEST, PackageReader.SIGNATURE), List.copyOf(entries.keySet()));
        try (PackageReader reader = PackageReader.open(good, null)) {
            for (Manifest.Entry e : reader.manifest().entries()) {
                assertEquals(entries.get(e.name()).length, e.bytes(), e.name());
                assertEquals(sha256(entries.get(e.name())), e.sha256(), e.name());
            }
            assertEquals(2, reader.manifest().entries().size());
        }
    }

    @Test
    void photosGoInAsTheyAreAndTheJsonEntriesDeflated() throws Exception {
        try (ZipFile zip = new ZipFile(good.toFile())) {
            assertEquals(ZipEntry.STORED, zip.getEntry(PHOTO_ENTRY).getMethod(), "a photo is compressed already");
            assertEquals(PHOTO.length, zip.getEntry(PHOTO_ENTRY).getCompressedSize());
            for (String json : List.of(PackageReader.CONTENT, PackageReader.MANIFEST)) {
                assertEquals(ZipEntry.DEFLATED, zip.getEntry(json).getMethod(), json);
            }
        }
    }

    @Test
    void aPackageWhosePhotosWereDeflatedAsEarlierVersionsDidReadsTheSame() throws Exception {
        // zip() deflates every entry, photos too, as packages written before photos were stored as they are.
        Path deflated = zip(entriesOf(good));
        try (ZipFile zip = new ZipFile(deflated.toFile())) {
            assertEquals(ZipEntry.DEFLATED, zip.getEntry(PHOTO_ENTRY).getMethod());
        }
        try (PackageReader reader = PackageReader.open(deflated, null)) {
            assertArrayEquals(PHOTO, reader.photo(PHOTO_SHA));
        }
    }

    @Test
    void aPackageStillOpensAfterBeingTakenApartAndPutTogetherAgain() throws Exception {
        // So that every refusal below is its one change's doing, not the rebuilding's.
        try (PackageReader reader = PackageReader.open(zip(entriesOf(good)), null)) {
            assertEquals(content, reader.content(Map.class));
        }
        try (PackageReader reader = PackageReader.open(zip(signed(entriesOf(good), key, m -> m)), null)) {
            assertEquals(content, reader.content(Map.class));
        }
    }

    // --- changed bytes and signatures ------------------------------------------------------------------------------

    @Test
    void changedContentBytesAreRefusedNamingTheEntry() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        entries.get(PackageReader.CONTENT)[5] ^= 1;
        try (PackageReader reader = PackageReader.open(zip(entries), null)) {
            refused("package.entryChanged", PackageReader.CONTENT, () -> reader.bytes(PackageReader.CONTENT));
            refused("package.entryChanged", PackageReader.CONTENT, () -> reader.content(Map.class));
        }
    }

    @Test
    void changedPhotoBytesAreRefusedNamingTheEntry() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        entries.get(PHOTO_ENTRY)[0] ^= 1;
        try (PackageReader reader = PackageReader.open(zip(entries), null)) {
            refused("package.entryChanged", PHOTO_ENTRY, () -> reader.copyPhoto(PHOTO_SHA, new ByteArrayOutputStream()));
            refused("package.entryChanged", PHOTO_ENTRY, () -> reader.photo(PHOTO_SHA));
        }
    }

    @Test
    void aSignatureByAnotherKeyThanTheOneNamedIsRefused() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        entries.put(PackageReader.SIGNATURE, Base64.getEncoder().encode(stranger.sign(entries.get(PackageReader.MANIFEST))));
        refusedToOpen(zip(entries), "package.badSignature");
    }

    @Test
    void aManifestChangedAfterSigningIsRefused() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        String text = new String(entries.get(PackageReader.MANIFEST), StandardCharsets.UTF_8).replace("\"sequence\":7", "\"sequence\":8");
        entries.put(PackageReader.MANIFEST, text.getBytes(StandardCharsets.UTF_8));
        refusedToOpen(zip(entries), "package.badSignature");
    }

    @Test
    void aSignatureThatIsNotBase64OrAKeyWithAnotherFingerprintIsRefused() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        entries.put(PackageReader.SIGNATURE, "not base64 !".getBytes(StandardCharsets.US_ASCII));
        refusedToOpen(zip(entries), "package.badSignature");
        // Signed correctly by the key it names, but claiming the stranger's fingerprint.
        refusedToOpen(zip(signed(entriesOf(good), key, m -> withSender(m, new Manifest.Sender("FIELD", m.sender().publicKey(),
                stranger.fingerprint(), "zhangsan")))), "package.badSignature");
    }

    // --- sizes ------------------------------------------------------------------------------------------------------

    @Test
    void anEntryLargerThanTheManifestSaysIsReadNoFurtherAndRefusedNamingIt() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        int real = entries.get(PackageReader.CONTENT).length;
        Path smaller = zip(signed(entries, key, m -> withEntry(m, PackageReader.CONTENT, real - 1)));
        try (PackageReader reader = PackageReader.open(smaller, null)) {
            refused("package.entryTooLarge", PackageReader.CONTENT, () -> reader.bytes(PackageReader.CONTENT));
        }
        Path smallerPhoto = zip(signed(entriesOf(good), key, m -> withEntry(m, PHOTO_ENTRY, PHOTO.length - 1)));
        try (PackageReader reader = PackageReader.open(smallerPhoto, null)) {
            refused("package.entryChanged", PHOTO_ENTRY, () -> reader.copyPhoto(PHOTO_SHA, new ByteArrayOutputStream()));
            refused("package.entryTooLarge", PHOTO_ENTRY, () -> reader.photo(PHOTO_SHA));
        }
    }

    @Test
    void anEntrySmallerThanTheManifestSaysIsRefusedNamingIt() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        int real = entries.get(PackageReader.CONTENT).length;
        try (PackageReader reader = PackageReader.open(zip(signed(entries, key, m -> withEntry(m, PackageReader.CONTENT, real + 1))), null)) {
            refused("package.entryChanged", PackageReader.CONTENT, () -> reader.bytes(PackageReader.CONTENT));
        }
        Path largerPhoto = zip(signed(entriesOf(good), key, m -> withEntry(m, PHOTO_ENTRY, PHOTO.length + 1)));
        try (PackageReader reader = PackageReader.open(largerPhoto, null)) {
            refused("package.entryChanged", PHOTO_ENTRY, () -> reader.photo(PHOTO_SHA));
        }
    }

    @Test
    void sizesBeyondTheLimitsAreRefusedBeforeAnythingIsRead() throws Exception {
        refusedToOpen(good, new PackageReader.Limits(200_000, 64L << 20, 512L << 20, PHOTO.length - 1), "package.entryTooLarge", PHOTO_ENTRY);
        refusedToOpen(good, new PackageReader.Limits(3, 64L << 20, 512L << 20, 64L << 20), "package.tooManyEntries");
        refusedToOpen(good, new PackageReader.Limits(200_000, 10, 512L << 20, 64L << 20), "package.entryTooLarge", PackageReader.MANIFEST);
    }

    // --- names --------------------------------------------------------------------------------------------------------

    @Test
    void namesThatClimbOutStartAtTheRootOrUseBackslashesAreRefused() throws Exception {
        for (String name : List.of("../x", "photos/../../x", "/etc/x", "\\x", "photos\\..\\x", "C:x", "a\u0000b")) {
            Map<String, byte[]> entries = entriesOf(good);
            entries.put(name, "x".getBytes(StandardCharsets.US_ASCII));
            refusedToOpen(zip(entries), "package.unsafeEntry", name);
        }
    }

    @Test
    void anEntryNamedTwiceIsRefused() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        entries.put("content.jsoX", entries.get(PackageReader.CONTENT));
        Path twice = zip(entries);
        // ZipOutputStream will not write a name twice: the second one is renamed in the local and central headers.
        byte[] bytes = Files.readAllBytes(twice);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertEquals(2, text.split("content\\.jsoX", -1).length - 1, "renamed in both headers");
        Files.write(twice, text.replace("content.jsoX", PackageReader.CONTENT).getBytes(StandardCharsets.ISO_8859_1));
        refusedToOpen(twice, "package.duplicateEntry", PackageReader.CONTENT);
    }

    @Test
    void anEntryTheManifestDoesNotListIsRefused() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        byte[] extra = "another photo".getBytes(StandardCharsets.US_ASCII);
        entries.put("photos/" + sha256(extra), extra);
        refusedToOpen(zip(entries), "package.entryUnlisted", "photos/" + sha256(extra));
    }

    @Test
    void anEntryThatIsNoPartOfAPackageIsRefused() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        entries.put("run-me.sh", "rm -rf ~".getBytes(StandardCharsets.US_ASCII));
        refusedToOpen(zip(entries), "package.unexpectedEntry", "run-me.sh");
        Map<String, byte[]> badPhoto = entriesOf(good);
        badPhoto.put("photos/IMG_0001.jpg", PHOTO);
        refusedToOpen(zip(badPhoto), "package.unexpectedEntry", "photos/IMG_0001.jpg");
    }

    @Test
    void anEntryTheManifestListsButThePackageLacksIsRefused() throws Exception {
        Map<String, byte[]> entries = entriesOf(good);
        entries.remove(PHOTO_ENTRY);
        refusedToOpen(zip(entries), "package.entryMissing", PHOTO_ENTRY);
    }

    @Test
    void aPackageWithoutManifestOrSignatureIsRefused() throws Exception {
        Map<String, byte[]> noManifest = entriesOf(good);
        noManifest.remove(PackageReader.MANIFEST);
        refusedToOpen(zip(noManifest), "package.noManifest");
        Map<String, byte[]> noSignature = entriesOf(good);
        noSignature.remove(PackageReader.SIGNATURE);
        refusedToOpen(zip(noSignature), "package.noSignature");
    }

    // --- files that are no (whole) package --------------------------------------------------------------------------

    @Test
    void aTruncatedZipIsRefusedAsDamaged() throws Exception {
        byte[] bytes = Files.readAllBytes(good);
        for (int keep : new int[] {bytes.length * 3 / 5, bytes.length - 10, 30}) {
            Path cut = temp.resolve("cut-" + keep + ".ciresult");
            Files.write(cut, Arrays.copyOf(bytes, keep));
            refusedToOpen(cut, "package.damaged");
        }
    }

    @Test
    void aFileThatIsNoZipOrIsMissingIsRefused() throws Exception {
        Path text = temp.resolve("notes.ciresult");
        Files.writeString(text, "this is a text file");
        refusedToOpen(text, "package.notAPackage");
        PackageProblem missing = assertThrows(PackageProblem.class, () -> PackageReader.open(temp.resolve("gone.ciresult"), null));
        assertEquals("package.missing", missing.messageKey());
    }

    @Test
    void aNewerFormatOrAnotherFormatIsRefused() throws Exception {
        PackageProblem newer = refusedToOpen(zip(signed(entriesOf(good), key, m -> withVersion(m, "civicinspect-package", 3))),
                "package.futureFormat");
        assertEquals(3, newer.args().get(1));
        assertEquals(Manifest.CURRENT_VERSION, newer.args().get(2));
        refusedToOpen(zip(signed(entriesOf(good), key, m -> withVersion(m, "something-else", 1))), "package.notAPackage");
    }

    @Test
    void aSealedPackageOpensWithItsPassphraseOnlyAndLeavesNoPlainCopyBehind() throws Exception {
        Path photo = temp.resolve("photo.jpg");
        Files.write(photo, PHOTO);
        Path sealed = temp.resolve("sealed.ciresult");
        char[] passphrase = "correct horse battery staple".toCharArray();
        new PackageWriter().json(PackageReader.CONTENT, content).photo(PHOTO_SHA, photo).write(sealed, header(), key, passphrase);
        assertTrue(PassphraseCipher.isEncrypted(sealed));
        refusedToOpen(sealed, "package.needsPassphrase");

        List<Path> before = plainCopies();
        try (PackageReader reader = PackageReader.open(sealed, passphrase)) {
            assertEquals(content, reader.content(Map.class));
        }
        // Other programs' tests may share the temp folder: a copy that appeared must at least be gone soon after.
        List<Path> appeared = new ArrayList<>(plainCopies());
        appeared.removeAll(before);
        for (long deadline = System.currentTimeMillis() + 5_000; appeared.stream().anyMatch(Files::exists); Thread.sleep(50)) {
            assertTrue(System.currentTimeMillis() < deadline, "the decrypted copy is deleted on close: " + appeared);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private static PackageWriter.Header header() {
        return new PackageWriter.Header(PackageKind.RESULT, UUID.randomUUID().toString(), Instant.parse("2026-11-30T09:12:44.120Z"), 7, "FIELD",
                "zhangsan", "round-1", "第1期", "team-1", "第一组");
    }

    /** Asserts that opening fails with the key, naming the file and, if given, the entry. */
    private static PackageProblem refusedToOpen(Path file, String messageKey, String... entry) {
        return refusedToOpen(file, PackageReader.Limits.DEFAULT, messageKey, entry);
    }

    private static PackageProblem refusedToOpen(Path file, PackageReader.Limits limits, String messageKey, String... entry) {
        PackageProblem problem = assertThrows(PackageProblem.class, () -> PackageReader.open(file, null, limits).close(), messageKey);
        assertEquals(messageKey, problem.messageKey(), problem.getMessage());
        assertEquals(file.getFileName().toString(), problem.args().get(0), "names the file: " + problem.getMessage());
        for (String e : entry) {
            assertTrue(problem.args().contains(e), "names " + e + ": " + problem.getMessage());
        }
        return problem;
    }

    private static void refused(String messageKey, String entry, Executable read) {
        PackageProblem problem = assertThrows(PackageProblem.class, read);
        assertEquals(messageKey, problem.messageKey(), problem.getMessage());
        assertTrue(problem.args().contains(entry), "names " + entry + ": " + problem.getMessage());
    }

    private static List<Path> plainCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("civicinspect-") && p.getFileName().toString().endsWith(".package"))
                    .sorted().toList();
        }
    }

    /** The entries of a zip, in order, as they are stored. */
    private static Map<String, byte[]> entriesOf(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The entries with the manifest changed and signed again by {@code by}. */
    private static Map<String, byte[]> signed(Map<String, byte[]> entries, DeviceKey by, UnaryOperator<Manifest> change) throws PackageProblem {
        Manifest manifest = change.apply(PackageJson.read("x", PackageReader.MANIFEST, entries.get(PackageReader.MANIFEST), Manifest.class));
        byte[] bytes = PackageJson.write(manifest);
        entries.put(PackageReader.MANIFEST, bytes);
        entries.put(PackageReader.SIGNATURE, Base64.getEncoder().encode(by.sign(bytes)));
        return entries;
    }

    private static Manifest withEntry(Manifest m, String name, long bytes) {
        List<Manifest.Entry> entries = new ArrayList<>();
        m.entries().forEach(e -> entries.add(e.name().equals(name) ? new Manifest.Entry(name, bytes, e.sha256()) : e));
        return new Manifest(m.format(), m.formatVersion(), m.kind(), m.packageId(), m.createdAt(), m.sequence(), m.sender(), m.roundId(),
                m.roundName(), m.teamId(), m.teamName(), entries);
    }

    private static Manifest withSender(Manifest m, Manifest.Sender sender) {
        return new Manifest(m.format(), m.formatVersion(), m.kind(), m.packageId(), m.createdAt(), m.sequence(), sender, m.roundId(),
                m.roundName(), m.teamId(), m.teamName(), m.entries());
    }

    private static Manifest withVersion(Manifest m, String format, int version) {
        return new Manifest(format, version, m.kind(), m.packageId(), m.createdAt(), m.sequence(), m.sender(), m.roundId(), m.roundName(),
                m.teamId(), m.teamName(), m.entries());
    }

    /** A zip of the entries, in order, in a file of its own named {@code x.ciresult} in a new folder. */
    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path out = Files.createDirectories(temp.resolve(UUID.randomUUID().toString())).resolve("x.ciresult");
        return org.civicinspect.TestZips.write(out, entries);
    }

    private static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }
}
