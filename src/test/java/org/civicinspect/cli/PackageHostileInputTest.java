package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.exchange.DeviceKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a package can be wrong, taken in at the office from the command line: each gives one clear message
 * naming the file (and the entry), exit code 2, and a workspace exactly as it was: same rows in every table, same
 * photos, no backup made.
 */
class PackageHostileInputTest {

    @TempDir static Path shared;
    @TempDir Path temp;

    private static Path office;
    private static Path field;
    private static Path results;
    private static DeviceKey fieldKey;

    @BeforeAll
    static void anOfficeAndAFieldLaptopWithItsResults() throws Exception {
        office = shared.resolve("office");
        field = shared.resolve("field");
        CliSession at = new CliSession(office);
        assertEquals(0, at.run("indicators", "import", "--sample"));
        assertEquals(0, at.run("sites", "import", TestWorkspaces.sharedSample("sites-sample.xlsx").toString()));
        assertEquals(0, at.run("people", "add", "--name", "张三", "--team", "第一组"));
        assertEquals(0, at.run("round", "create", "--name", "第1期", "--start", "2026-11-30", "--end", "2026-12-04"));
        assertEquals(0, at.run("round", "sample", "latest", "--quota", "*/主次干道=1", "--seed", "42"));
        assertEquals(0, at.run("round", "assign", "latest"));
        assertEquals(0, at.run("package", "key"));
        String officeKey = at.out().strip();
        Path task = shared.resolve("task.citask");
        assertEquals(0, at.run("package", "task", "latest", "第一组", task.toString()));
        CliSession laptop = new CliSession(field);
        assertEquals(0, laptop.run("package", "import", task.toString(), "--trust", officeKey));
        PackageRoundTripTest.scoreEverything(laptop, field, "东湖路", "不符合");
        results = shared.resolve("results.ciresult");
        assertEquals(0, laptop.run("package", "results", results.toString()));
        fieldKey = DeviceKey.loadOrCreate(field.resolve("keys"));
    }

    @Test
    void oneByteChangedInAnEntry() throws Exception {
        refused(rewrite(entries -> {
            byte[] content = entries.get("content.json");
            String bytesAsText = new String(content, StandardCharsets.ISO_8859_1);
            int at = bytesAsText.indexOf("\"version\":1") + "\"version\":".length();
            assertEquals('1', content[at], "a finding's version, found by byte position");
            content[at] = '7';
        }, false), "content.json", "哈希不符");
    }

    @Test
    void oneByteFlippedOnTheDisk() throws Exception {
        Path bad = copy();
        byte[] bytes = Files.readAllBytes(bad);
        bytes[insideContent(bytes)] ^= 0x5a;
        Files.write(bad, bytes);
        refused(bad, bad.getFileName().toString(), "");
    }

    @Test
    void aChangedManifestBreaksTheSignature() throws Exception {
        refused(rewriteManifest(m -> m.put("createdAt", "2020-01-01T00:00:00Z"), false), "results", "签名不正确");
    }

    @Test
    void aSignatureByAnotherKeyThanTheOneNamed() throws Exception {
        DeviceKey stranger = DeviceKey.loadOrCreate(temp.resolve("stranger"));
        Path bad = rewrite(entries -> entries.put("manifest.sig", Base64.getEncoder().encode(stranger.sign(entries.get("manifest.json")))), false);
        refused(bad, "results", "签名不正确");
    }

    @Test
    void anUnknownSender() throws Exception {
        refused(rewriteManifest(m -> m.put("teamId", UUID.randomUUID().toString()).put("teamName", "第九组"), true), "results", "未登记的测评组“第九组”");
    }

    @Test
    void anOlderPackageReplayedAfterANewerOne() throws Exception {
        Path newer = temp.resolve("newer.ciresult");
        assertEquals(0, new CliSession(field).run("package", "results", newer.toString()));
        Path officeCopy = temp.resolve("office-copy");
        TestWorkspaces.copy(office, officeCopy);
        CliSession at = new CliSession(officeCopy);
        assertEquals(0, at.run("package", "import", newer.toString(), "--trust", fieldKey.fingerprint()));
        Map<String, Object> before = snapshot(officeCopy);
        assertEquals(2, at.run("package", "import", results.toString()));
        assertTrue(at.err().contains("较早的包"), at.err());
        assertEquals(before, snapshot(officeCopy));
    }

    @Test
    void aPackageForAnotherRound() throws Exception {
        refused(rewriteManifest(m -> m.put("roundId", UUID.randomUUID().toString()).put("roundName", "第99期"), true), "results", "第99期");
    }

    @Test
    void pathsThatClimbOutOrStartAtTheRoot() throws Exception {
        refused(rewrite(entries -> entries.put("../../.bashrc", "echo hi".getBytes(StandardCharsets.UTF_8)), false), "../../.bashrc", "不安全");
        refused(rewrite(entries -> entries.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8)), false), "/etc/cron.d/evil", "不安全");
        refused(rewrite(entries -> entries.put("photos\\..\\..\\evil", "x".getBytes(StandardCharsets.UTF_8)), false), "evil", "不安全");
    }

    @Test
    void duplicateEntryNames() throws Exception {
        Path bad = rewrite(entries -> {
            entries.put("content.jsoN", entries.get("content.json"));
        }, false);
        byte[] bytes = Files.readAllBytes(bad);
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("content.jsoN", "content.json");
        Files.write(bad, text.getBytes(StandardCharsets.ISO_8859_1));
        refused(bad, "content.json", "不止一次");
    }

    @Test
    void anEntryLargerThanItsManifestSaysIsStoppedAtThatSize() throws Exception {
        Path bomb = rewrite(entries -> entries.put("content.json", " ".repeat(200 << 20).getBytes(StandardCharsets.US_ASCII)), false);
        assertTrue(Files.size(bomb) < 2 << 20, "200 MB of spaces packs small");
        refused(bomb, "content.json", "");
    }

    @Test
    void anEntryTheManifestDeclaresTooLarge() throws Exception {
        refused(rewriteManifest(m -> ((ObjectNode) m.get("entries").get(0)).put("bytes", 5L << 30), false), "results", "过大");
    }

    @Test
    void aTruncatedFile() throws Exception {
        Path bad = copy();
        byte[] bytes = Files.readAllBytes(bad);
        Files.write(bad, java.util.Arrays.copyOf(bytes, bytes.length * 3 / 5));
        refused(bad, bad.getFileName().toString(), "损坏");
    }

    @Test
    void noManifest() throws Exception {
        refused(rewrite(entries -> entries.remove("manifest.json"), false), "results", "缺少清单");
    }

    @Test
    void malformedJson() throws Exception {
        refused(rewrite(entries -> entries.put("content.json", "{\"inspections\": [\n  {\"siteId\": oops".getBytes(StandardCharsets.UTF_8)), true),
                "content.json 第 2 行", "格式错误");
    }

    @Test
    void aNewerFormatThanThisProgramReads() throws Exception {
        refused(rewriteManifest(m -> m.put("formatVersion", 3), true), "第 3 版", "升级程序");
    }

    @Test
    void anEntryThatIsNoPartOfAPackage() throws Exception {
        refused(rewrite(entries -> entries.put("run-me.sh", "rm -rf ~".getBytes(StandardCharsets.UTF_8)), false), "run-me.sh", "包格式之外");
    }

    @Test
    void aFileThatIsNoPackageAtAll() throws Exception {
        Path bad = temp.resolve("notes.ciresult");
        Files.writeString(bad, "this is a text file");
        refused(bad, "notes.ciresult", "不是任务包、结果包或单位包");
    }

    @Test
    void aWrongPassphraseAndNoPassphrase() throws Exception {
        Path right = temp.resolve("right.txt");
        Path wrong = temp.resolve("wrong.txt");
        Files.writeString(right, "correct horse battery staple\n");
        Files.writeString(wrong, "correct horse battery stable\n");
        Path sealed = temp.resolve("sealed.ciresult");
        CliSession laptop = new CliSession(field);
        assertEquals(0, laptop.run("package", "results", sealed.toString(), "--passphrase-file", right.toString()));
        assertTrue(!new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1).contains("manifest.json"), "nothing readable");
        refused(sealed, "sealed.ciresult", "口令不对", "--passphrase-file", wrong.toString());
        refused(sealed, "sealed.ciresult", "已加密");
        byte[] bytes = Files.readAllBytes(sealed);
        Files.write(sealed, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        refused(sealed, "sealed.ciresult", "口令不对", "--passphrase-file", right.toString());
    }

    @Test
    void theFirstDeviceOfARegisteredTeamIsNotTrustedOnFirstContact() throws Exception {
        Map<String, Object> before = snapshot(office);
        CliSession at = new CliSession(office);
        assertEquals(2, at.run("package", "import", results.toString()), at.out() + at.err());
        String message = at.err().strip();
        assertEquals(1, message.lines().count(), "one message: " + message);
        assertTrue(message.contains("results.ciresult") && message.contains("第一组") && message.contains(fieldKey.fingerprint()), message);
        assertEquals(before, snapshot(office), "the workspace is unchanged");
    }

    @Test
    void theResultsOfTheLaptopTheTaskWasIssuedToNeedNoConfirmation() throws Exception {
        Path officeCopy = temp.resolve("office-copy");
        TestWorkspaces.copy(office, officeCopy);
        CliSession at = new CliSession(officeCopy);
        assertEquals(0, at.run("package", "task", "latest", "第一组", temp.resolve("again.citask").toString(), "--for-key",
                fieldKey.fingerprint()), at.err());
        assertEquals(0, at.run("package", "import", results.toString()), at.err());
        assertTrue(at.out().contains("新增"), at.out());
    }

    @Test
    void aStrangerSpeakingForARegisteredTeamIsRefusedBeforeTheContentIsRead() throws Exception {
        DeviceKey stranger = DeviceKey.loadOrCreate(temp.resolve("stranger"));
        Path bad = unreadableContentSignedBy(stranger, m -> { });
        long started = System.nanoTime();
        refused(bad, stranger.fingerprint(), "第一组");
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "refused from the manifest, not after inflating the content");
    }

    @Test
    void aStrangerOfAnUnregisteredTeamIsRefusedBeforeTheContentIsRead() throws Exception {
        DeviceKey stranger = DeviceKey.loadOrCreate(temp.resolve("stranger"));
        Path bad = unreadableContentSignedBy(stranger, m -> m.put("teamId", UUID.randomUUID().toString()).put("teamName", "第九组"));
        refused(bad, bad.getFileName().toString(), "未登记的测评组“第九组”");
    }

    @Test
    void aPhotoWhoseBytesDoNotMatchItsNameIsRefusedEvenWhenTheOfficeHasThatPhoto() throws Exception {
        Path officeCopy = temp.resolve("office-copy");
        TestWorkspaces.copy(office, officeCopy);
        CliSession at = new CliSession(officeCopy);
        assertEquals(0, at.run("package", "import", results.toString(), "--trust", fieldKey.fingerprint()), at.err());
        String photo = onlyPhoto();
        assertTrue(TestWorkspaces.storedPhotos(officeCopy).contains(photo), "the office has the photo");
        byte[] other = Files.readAllBytes(TestWorkspaces.sharedSample("sites-sample.xlsx"));
        Path bad = withPhoto(photo, other);
        Map<String, Object> before = snapshot(officeCopy);
        assertEquals(2, at.run("package", "import", bad.toString()), at.out() + at.err());
        assertTrue(at.err().contains(bad.getFileName().toString()) && at.err().contains("photos/" + photo), at.err());
        assertEquals(before, snapshot(officeCopy), "the workspace is unchanged");
    }

    @Test
    void aTextFileNamedAsAPhotoIsRefused() throws Exception {
        byte[] text = "这不是照片".getBytes(StandardCharsets.UTF_8);
        refused(withPhoto(sha256(text), text), "photos/" + sha256(text), "不是完整的 JPEG 或 PNG");
    }

    @Test
    void aTruncatedJpegIsRefused() throws Exception {
        byte[] whole = entries(results).get("photos/" + onlyPhoto());
        assertEquals(0xFF, whole[0] & 0xFF, "the photo is a JPEG");
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        refused(withPhoto(sha256(cut), cut), "photos/" + sha256(cut), "不是完整的 JPEG 或 PNG");
    }

    @Test
    void aPackageRefusedAfterAGoodOneLeavesNothingOfEither() throws Exception {
        // Packages are written as they pass their checks, so the good one's rows and photo are written and put in
        // place before the one after it is refused: all of it must go again.
        byte[] text = "这不是照片".getBytes(StandardCharsets.UTF_8);
        Path bad = withPhoto(sha256(text), text);
        Map<String, Object> before = snapshot(office);
        CliSession at = new CliSession(office);
        assertEquals(2, at.run("package", "import", results.toString(), bad.toString(), "--trust", fieldKey.fingerprint()), at.out() + at.err());
        assertEquals(1, at.err().strip().lines().count(), at.err());
        assertTrue(at.err().contains(bad.getFileName().toString()) && at.err().contains("photos/" + sha256(text)), at.err());
        assertEquals(before, snapshot(office), "the workspace is unchanged");
    }

    @Test
    void theUntouchedPackageIsTakenInSoTheRefusalsAboveAreTheTamperingsOwn() throws Exception {
        Path officeCopy = temp.resolve("office-copy");
        TestWorkspaces.copy(office, officeCopy);
        CliSession at = new CliSession(officeCopy);
        assertEquals(0, at.run("package", "import", rewrite(entries -> { }, true).toString(), "--trust", fieldKey.fingerprint()), at.err());
    }

    @Test
    void aChangedCopyOfAPackageTakenInBeforeIsRefusedForItsChangeNotCalledTakenIn() throws Exception {
        Path officeCopy = temp.resolve("office-taken");
        TestWorkspaces.copy(office, officeCopy);
        CliSession at = new CliSession(officeCopy);
        assertEquals(0, at.run("package", "import", results.toString(), "--trust", fieldKey.fingerprint()), at.err());
        String photo = "photos/" + onlyPhoto();
        Path changed = rewrite(entries -> entries.get(photo)[100] ^= 0x5a, false);
        Map<String, Object> before = snapshot(officeCopy);

        assertEquals(2, at.run("package", "import", changed.toString()), at.out());
        String message = at.err().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(photo) && message.contains("哈希不符"), message);
        assertEquals(before, snapshot(officeCopy), "the workspace is unchanged");
    }

    private void refused(Path file, String named, String says, String... more) throws Exception {
        Map<String, Object> before = snapshot(office);
        CliSession at = new CliSession(office);
        // The field laptop's key is confirmed, so what is refused is the package, not a new key.
        List<String> args = new ArrayList<>(List.of("package", "import", file.toString(), "--trust", fieldKey.fingerprint()));
        args.addAll(List.of(more));
        assertEquals(2, at.run(args.toArray(String[]::new)), at.out() + at.err());
        String message = at.err().strip();
        assertEquals(1, message.lines().count(), "one message: " + message);
        assertTrue(message.contains(named) && message.contains(says), message);
        assertEquals(before, snapshot(office), "the workspace is unchanged");
    }

    /** A position inside the stored bytes of content.json: after its local header's name, past the first few bytes. */
    static int insideContent(byte[] zip) {
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        return text.indexOf("content.json") + "content.json".length() + 40;
    }

    private Path copy() throws IOException {
        Path copy = temp.resolve("copy-" + UUID.randomUUID() + ".ciresult");
        Files.copy(results, copy);
        return copy;
    }

    /** The results package with its manifest's JSON changed, signed again by the field laptop's key when {@code resign}. */
    private Path rewriteManifest(Consumer<ObjectNode> change, boolean resign) throws IOException {
        return rewrite(entries -> {
            try {
                ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(entries.get("manifest.json"));
                change.accept(manifest);
                entries.put("manifest.json", new ObjectMapper().writeValueAsBytes(manifest));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, resign);
    }

    /**
     * The results package with its entries changed; with {@code resign}, the manifest is brought in line with the
     * content entry (size and hash) and signed again by the field laptop, so only the change itself is wrong.
     */
    private Path rewrite(Consumer<Map<String, byte[]>> change, boolean resign) throws IOException {
        Map<String, byte[]> entries = entries(results);
        change.accept(entries);
        if (resign) {
            ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(entries.get("manifest.json"));
            for (var entry : manifest.get("entries")) {
                byte[] bytes = entries.get(entry.get("name").asText());
                if (bytes != null && entry.get("name").asText().equals("content.json")) {
                    ((ObjectNode) entry).put("bytes", bytes.length).put("sha256", sha256(bytes));
                }
            }
            entries.put("manifest.json", new ObjectMapper().writeValueAsBytes(manifest));
            entries.put("manifest.sig", Base64.getEncoder().encode(fieldKey.sign(entries.get("manifest.json"))));
        }
        return zip(entries);
    }

    /** The one photo the results package carries (the failing answer's), by SHA-256. */
    private static String onlyPhoto() throws IOException {
        List<String> photos = entries(results).keySet().stream().filter(n -> n.startsWith("photos/")).map(n -> n.substring("photos/".length()))
                .toList();
        assertEquals(1, photos.size(), photos.toString());
        return photos.get(0);
    }

    /**
     * The results package as a new package (new id, next sequence) whose one photo is replaced by {@code bytes} under
     * the name {@code name}: the manifest lists them with their true size and that name as their hash, the content
     * points to the name, and the field laptop signs it, so only the photo itself is wrong.
     */
    private Path withPhoto(String name, byte[] bytes) throws IOException {
        String old = onlyPhoto();
        return rewrite(entries -> {
            try {
                entries.remove("photos/" + old);
                entries.put("photos/" + name, bytes);
                entries.put("content.json", new String(entries.get("content.json"), StandardCharsets.UTF_8).replace(old, name)
                        .getBytes(StandardCharsets.UTF_8));
                ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(entries.get("manifest.json"));
                manifest.put("packageId", UUID.randomUUID().toString()).put("sequence", manifest.get("sequence").asLong() + 1);
                for (var entry : manifest.get("entries")) {
                    if (entry.get("name").asText().equals("photos/" + old)) {
                        ((ObjectNode) entry).put("name", "photos/" + name).put("bytes", bytes.length).put("sha256", name);
                    }
                }
                entries.put("manifest.json", new ObjectMapper().writeValueAsBytes(manifest));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, true);
    }

    /**
     * A package signed by {@code key} whose manifest truthfully declares a content of 48 MB of spaces (it packs to
     * about 50 KB), but whose stored content is then damaged: reading it would fail on the content, so a refusal that
     * names the sender shows that the sender was judged before the content was opened.
     */
    private Path unreadableContentSignedBy(DeviceKey key, Consumer<ObjectNode> change) throws IOException {
        Map<String, byte[]> entries = entries(results);
        byte[] spaces = " ".repeat(48 << 20).getBytes(StandardCharsets.US_ASCII);
        entries.put("content.json", spaces);
        ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(entries.get("manifest.json"));
        for (var entry : manifest.get("entries")) {
            if (entry.get("name").asText().equals("content.json")) {
                ((ObjectNode) entry).put("bytes", spaces.length).put("sha256", sha256(spaces));
            }
        }
        ObjectNode sender = (ObjectNode) manifest.get("sender");
        sender.put("publicKey", Base64.getEncoder().encodeToString(key.publicKey().getEncoded())).put("fingerprint", key.fingerprint());
        change.accept(manifest);
        entries.put("manifest.json", new ObjectMapper().writeValueAsBytes(manifest));
        entries.put("manifest.sig", Base64.getEncoder().encode(key.sign(entries.get("manifest.json"))));
        Path out = zip(entries);
        assertTrue(Files.size(out) < 1 << 20, "48 MB of spaces packs small");
        byte[] bytes = Files.readAllBytes(out);
        for (int i = 0; i < 64; i++) {
            bytes[insideContent(bytes) + i] ^= 0x5a;
        }
        Files.write(out, bytes);
        return out;
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path out = temp.resolve("results-" + UUID.randomUUID() + ".ciresult");
        return org.civicinspect.TestZips.write(out, entries);
    }

    private static String sha256(byte[] bytes) {
        return org.civicinspect.model.Sha256.of(bytes);
    }

    /** Rows of every table, the photo files and the backups: what a refused import must not change. */
    static Map<String, Object> snapshot(Path folder) throws Exception {
        Map<String, Object> state = new TreeMap<>();
        try (Connection c = TestWorkspaces.connect(folder); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    rs.next();
                    state.put(table, rs.getLong(1));
                }
            }
        }
        state.put("photos", TestWorkspaces.storedPhotos(folder));
        try (Stream<Path> files = Files.walk(folder.resolve("backups"))) {
            state.put("backups", files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList());
        }
        return state;
    }


}
