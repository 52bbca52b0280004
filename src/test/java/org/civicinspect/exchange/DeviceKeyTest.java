package org.civicinspect.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace's device key: made once, read back the same, signing what it says it signs, and never two
 * identities for one folder, whether threads or processes open it at once or a crash left half of it behind.
 */
class DeviceKeyTest {

    private static final String PRIVATE = "device-ed25519.key";
    private static final String PUBLIC = "device-ed25519.pub";
    private static final byte[] DATA = "第1期 东湖路 结果".getBytes(StandardCharsets.UTF_8);

    @TempDir Path temp;

    @Test
    void aSignatureVerifiesForTheSameDataAndKeyOnly() {
        DeviceKey key = DeviceKey.loadOrCreate(temp.resolve("a"));
        DeviceKey other = DeviceKey.loadOrCreate(temp.resolve("b"));
        byte[] signature = key.sign(DATA);
        byte[] encoded = key.publicKey().getEncoded();

        assertTrue(DeviceKey.verify(encoded, DATA, signature));
        byte[] changed = DATA.clone();
        changed[0] ^= 1;
        assertFalse(DeviceKey.verify(encoded, changed, signature), "other data");
        assertFalse(DeviceKey.verify(other.publicKey().getEncoded(), DATA, signature), "another key");
        byte[] flipped = signature.clone();
        flipped[10] ^= 1;
        assertFalse(DeviceKey.verify(encoded, DATA, flipped), "a changed signature");
        assertFalse(DeviceKey.verify(new byte[] {1, 2, 3}, DATA, signature), "something that is no key");
        assertFalse(DeviceKey.verify(encoded, DATA, new byte[0]), "no signature");
    }

    @Test
    void theFingerprintIsTheSha256OfThePublicKeyInSixteenGroupsOfFourHexDigits() {
        assertEquals("e3b0 c442 98fc 1c14 9afb f4c8 996f b924 27ae 41e4 649b 934c a495 991b 7852 b855", DeviceKey.fingerprint(new byte[0]),
                "SHA-256 of nothing");
        DeviceKey key = DeviceKey.loadOrCreate(temp.resolve("keys"));
        assertTrue(key.fingerprint().matches("[0-9a-f]{4}( [0-9a-f]{4}){15}"), key.fingerprint());
        assertEquals(DeviceKey.fingerprint(key.publicKey().getEncoded()), key.fingerprint());
    }

    @Test
    void aKeyIsMadeOnceAndReadBackTheSame() throws Exception {
        Path keys = temp.resolve("ws/keys");
        DeviceKey made = DeviceKey.loadOrCreate(keys);
        byte[] privateBytes = Files.readAllBytes(keys.resolve(PRIVATE));
        assertArrayEquals(made.publicKey().getEncoded(), Files.readAllBytes(keys.resolve(PUBLIC)), "the public half as a file a person can find");

        DeviceKey again = DeviceKey.loadOrCreate(keys);
        assertEquals(made.fingerprint(), again.fingerprint());
        assertTrue(DeviceKey.verify(made.publicKey().getEncoded(), DATA, again.sign(DATA)), "the same private key signs");
        assertArrayEquals(privateBytes, Files.readAllBytes(keys.resolve(PRIVATE)), "reading writes nothing");
        assertNotEquals(made.fingerprint(), DeviceKey.loadOrCreate(temp.resolve("other/keys")).fingerprint(), "another folder, another key");
    }

    @Test
    void thePrivateHalfIsReadableByItsOwnerAloneWherePosixPermissionsExist() throws Exception {
        Path keys = temp.resolve("keys");
        Files.createDirectories(keys);
        assumeTrue(Files.getFileStore(keys).supportsFileAttributeView("posix"), "no POSIX permissions here");
        DeviceKey.loadOrCreate(keys);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(keys.resolve(PRIVATE)));
        Set<PosixFilePermission> pub = Files.getPosixFilePermissions(keys.resolve(PUBLIC));
        assertTrue(pub.contains(PosixFilePermission.OWNER_READ) && !pub.contains(PosixFilePermission.GROUP_WRITE)
                && !pub.contains(PosixFilePermission.OTHERS_WRITE), pub.toString());
    }

    @Test
    void eightThreadsOpeningAnEmptyFolderAtOnceAllGetTheSameKey() throws Exception {
        DeviceKey.loadOrCreate(temp.resolve("warm-up"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 25; round++) {
                Path keys = temp.resolve("race-" + round + "/keys");
                CyclicBarrier start = new CyclicBarrier(8);
                List<Future<String>> opened = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    Callable<String> open = () -> {
                        start.await();
                        return DeviceKey.loadOrCreate(keys).fingerprint();
                    };
                    opened.add(pool.submit(open));
                }
                Set<String> fingerprints = new HashSet<>();
                for (Future<String> f : opened) {
                    fingerprints.add(f.get(30, TimeUnit.SECONDS)); // an exception in a thread fails the test here
                }
                assertEquals(1, fingerprints.size(), "round " + round + ": " + fingerprints);
                assertOneSoundPair(keys, fingerprints.iterator().next());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoProcessesOpeningAnEmptyFolderAtOnceEndWithOneKey() throws Exception {
        int rounds = 30;
        List<Process> children = new ArrayList<>();
        List<List<String>> outputs = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        try {
            for (int c = 0; c < 2; c++) {
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), DeviceKeyRaceChild.class.getName(), temp.toString(), String.valueOf(rounds), "40")
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
                Thread reader = new Thread(() -> {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            lines.add(line);
                        }
                    } catch (IOException ignored) {
                        // the child is gone
                    }
                });
                reader.start();
                children.add(child);
                outputs.add(lines);
                readers.add(reader);
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (outputs.stream().anyMatch(lines -> !lines.contains("READY"))) {
                assertTrue(System.currentTimeMillis() < deadline, "the children did not start: " + outputs);
                assertTrue(children.stream().allMatch(Process::isAlive), "a child ended early: " + outputs);
                Thread.sleep(10);
            }
            String start = (System.currentTimeMillis() + 200) + "\n";
            for (Process child : children) {
                try (OutputStream in = child.getOutputStream()) {
                    in.write(start.getBytes(StandardCharsets.UTF_8));
                }
            }
            for (int c = 0; c < children.size(); c++) {
                assertTrue(children.get(c).waitFor(60, TimeUnit.SECONDS), "child " + c + " finished");
                readers.get(c).join(10_000);
                assertEquals(0, children.get(c).exitValue());
            }
        } finally {
            children.forEach(Process::destroyForcibly);
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Map<Integer, String> seen = new HashMap<>();
            for (int c = 0; c < outputs.size(); c++) {
                String prefix = "OK " + i + " ";
                String fail = "FAIL " + i + " ";
                for (String line : outputs.get(c)) {
                    if (line.startsWith(prefix)) {
                        seen.put(c, line.substring(prefix.length()));
                    } else if (line.startsWith(fail)) {
                        failures.add("child " + c + ": " + line);
                    }
                }
            }
            if (seen.size() == outputs.size() && new HashSet<>(seen.values()).size() != 1) {
                failures.add("round " + i + ": two identities " + seen.values());
            }
            if (seen.size() == outputs.size()) {
                Path keys = temp.resolve("race-" + i);
                if (!DeviceKey.fingerprint(Files.readAllBytes(keys.resolve(PUBLIC))).equals(seen.get(0))
                        || !DeviceKey.verify(Files.readAllBytes(keys.resolve(PUBLIC)), DATA, DeviceKey.loadOrCreate(keys).sign(DATA))) {
                    failures.add("round " + i + ": the folder does not hold the key the children got");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aProcessKilledWhileMakingKeysLeavesEachFolderWithAWholePairOrNoIdentity() throws Exception {
        Random random = new Random(20261130);
        for (int kill = 0; kill < 3; kill++) {
            Path base = temp.resolve("kill-" + kill);
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), DeviceKeyRaceChild.class.getName(), "churn", base.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            Map<String, String> reported = new java.util.concurrent.ConcurrentHashMap<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String[] parts = line.split(" ", 3);
                        reported.put("churn-" + parts[1], parts[2]);
                    }
                } catch (IOException ignored) {
                    // the pipe closes when the child is killed
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (reported.size() < 5 && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(100));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(5_000);
            assertTrue(reported.size() >= 5, "the child made keys: " + reported.size());

            List<Path> folders;
            try (Stream<Path> list = Files.list(base)) {
                folders = list.filter(p -> p.getFileName().toString().startsWith("churn-")).toList();
            }
            for (Path keys : folders) {
                if (Files.exists(keys.resolve(PRIVATE))) {
                    // Whoever looks, before anything is mended: a private key always has its public half beside it.
                    assertTrue(Files.exists(keys.resolve(PUBLIC)), keys + " has a private key without its public half");
                    String fingerprint = DeviceKey.fingerprint(Files.readAllBytes(keys.resolve(PUBLIC)));
                    assertOneSoundPair(keys, fingerprint);
                    String said = reported.get(keys.getFileName().toString());
                    assertTrue(said == null || said.equals(fingerprint), keys + " changed its identity");
                } else {
                    assertFalse(reported.containsKey(keys.getFileName().toString()), keys + " lost the key the child reported");
                    assertOneSoundPair(keys, DeviceKey.loadOrCreate(keys).fingerprint());
                }
            }
        }
    }

    @Test
    void aPairWrittenByEarlierVersionsIsReadAsItIsAndNotWrittenAgain() throws Exception {
        Path keys = Files.createDirectories(temp.resolve("keys"));
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.write(keys.resolve(PRIVATE), pair.getPrivate().getEncoded());
        Files.write(keys.resolve(PUBLIC), pair.getPublic().getEncoded());
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(keys.resolve(PRIVATE), written);
        Files.setLastModifiedTime(keys.resolve(PUBLIC), written);

        DeviceKey key = DeviceKey.loadOrCreate(keys);
        assertEquals(DeviceKey.fingerprint(pair.getPublic().getEncoded()), key.fingerprint());
        assertTrue(DeviceKey.verify(pair.getPublic().getEncoded(), DATA, key.sign(DATA)));
        assertEquals(written, Files.getLastModifiedTime(keys.resolve(PRIVATE)));
        assertEquals(written, Files.getLastModifiedTime(keys.resolve(PUBLIC)));
    }

    @Test
    void leftoverTemporaryFilesFromACrashChangeNoIdentityAndAreCleanedUp() throws Exception {
        Path keys = temp.resolve("keys");
        String fingerprint = DeviceKey.loadOrCreate(keys).fingerprint();
        byte[] strangerPrivate = Files.readAllBytes(pairIn(temp.resolve("stranger")).resolve(PRIVATE));
        Files.write(keys.resolve(PRIVATE + ".new"), strangerPrivate);
        Files.write(keys.resolve(".device-ed25519-4711.tmp"), strangerPrivate);
        assertEquals(fingerprint, DeviceKey.loadOrCreate(keys).fingerprint(), "an existing pair stays");

        Path fresh = temp.resolve("fresh");
        Files.createDirectories(fresh);
        Files.write(fresh.resolve(PRIVATE + ".new"), strangerPrivate);
        Files.write(fresh.resolve(".device-ed25519-4711.tmp"), strangerPrivate);
        DeviceKey made = DeviceKey.loadOrCreate(fresh);
        assertOneSoundPair(fresh, made.fingerprint());
        try (Stream<Path> files = Files.list(fresh)) {
            List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".new") || n.endsWith(".tmp")).toList();
            assertEquals(List.of(), left, "no copy of a private key is left lying about");
        }
    }

    @Test
    void aPrivateKeyWhosePublicHalfIsMissingKeepsItsIdentity() throws Exception {
        Path keys = temp.resolve("keys");
        DeviceKey made = DeviceKey.loadOrCreate(keys);
        Files.delete(keys.resolve(PUBLIC)); // as a crash between the two writes of the old code left it

        DeviceKey reopened = DeviceKey.loadOrCreate(keys);
        assertEquals(made.fingerprint(), reopened.fingerprint(), "the identity offices know is kept");
        assertArrayEquals(made.publicKey().getEncoded(), Files.readAllBytes(keys.resolve(PUBLIC)), "the public half is written again");
        assertTrue(DeviceKey.verify(made.publicKey().getEncoded(), DATA, reopened.sign(DATA)));
    }

    @Test
    void aPrivateKeyWithAPublicHalfOfAnotherKeyKeepsThePrivateKeysIdentity() throws Exception {
        Path keys = pairIn(temp.resolve("keys"));
        DeviceKey own = DeviceKey.loadOrCreate(keys);
        Files.copy(pairIn(temp.resolve("other")).resolve(PUBLIC), keys.resolve(PUBLIC), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        DeviceKey reopened = DeviceKey.loadOrCreate(keys);
        assertEquals(own.fingerprint(), reopened.fingerprint(), "the key that signs decides the identity");
        assertTrue(DeviceKey.verify(reopened.publicKey().getEncoded(), DATA, reopened.sign(DATA)), "what it signs verifies with the key it names");
        assertOneSoundPair(keys, own.fingerprint());
    }

    @Test
    void aPublicHalfAloneIsReplacedByAWholeNewPair() throws Exception {
        Path keys = temp.resolve("keys");
        Files.createDirectories(keys);
        byte[] orphan = Files.readAllBytes(pairIn(temp.resolve("other")).resolve(PUBLIC));
        Files.write(keys.resolve(PUBLIC), orphan); // no private key: nothing was ever signed with it

        DeviceKey made = DeviceKey.loadOrCreate(keys);
        assertNotEquals(DeviceKey.fingerprint(orphan), made.fingerprint());
        assertOneSoundPair(keys, made.fingerprint());
    }

    @Test
    void anUnreadablePrivateKeyIsRefusedAndLeftAsItIs() throws Exception {
        Path keys = temp.resolve("keys");
        Files.createDirectories(keys);
        byte[] garbage = "not a key".getBytes(StandardCharsets.US_ASCII);
        Files.write(keys.resolve(PRIVATE), garbage);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DeviceKey.loadOrCreate(keys));
        assertTrue(String.valueOf(refused.getMessage()).contains(PRIVATE), refused.getMessage());
        assertArrayEquals(garbage, Files.readAllBytes(keys.resolve(PRIVATE)), "an identity is never overwritten");
        assertFalse(Files.exists(keys.resolve(PUBLIC)));
    }

    /** A folder with a key pair made in it. */
    private static Path pairIn(Path keys) {
        DeviceKey.loadOrCreate(keys);
        return keys;
    }

    /** Both halves are in the folder, the public one has the fingerprint, and the private one signs for it. */
    private static void assertOneSoundPair(Path keys, String fingerprint) throws IOException {
        byte[] publicBytes = Files.readAllBytes(keys.resolve(PUBLIC));
        assertEquals(fingerprint, DeviceKey.fingerprint(publicBytes), "the public half on disk");
        assertTrue(DeviceKey.verify(publicBytes, DATA, DeviceKey.loadOrCreate(keys).sign(DATA)), "the private half on disk matches it");
    }
}
