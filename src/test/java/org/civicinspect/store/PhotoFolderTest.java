package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicinspect.model.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The photo files of a workspace: staged (in memory while there is room), then written beside their place and named; one store serves every thread. */
class PhotoFolderTest {

    @TempDir Path folder;

    @Test
    void stagesAndSettlesAPhotoUnderItsHash() throws Exception {
        PhotoFolder store = new PhotoFolder(folder.resolve("photos"));
        byte[] bytes = "a photo".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(bytes);
        Path staged = store.stage(sha, out -> out.write(bytes));
        assertFalse(Files.exists(staged), "a small photo waits in memory until it is settled");
        assertEquals(List.of(store.file(sha)), store.settle(Map.of(sha, staged)));
        assertEquals("a photo", Files.readString(store.file(sha)));
        assertEquals(null, store.stage(sha, out -> out.write(bytes)), "a photo the store has is not staged again");
        assertEquals(List.of(store.file(sha)), filesUnder(folder), "nothing is left under a temporary name");
    }

    @Test
    void photosPastWhatMemoryHoldsAreStagedAsFilesBesideTheirPlace() throws Exception {
        PhotoFolder store = new PhotoFolder(folder.resolve("photos"));
        byte[] large = new byte[(int) StagedBytes.IN_MEMORY + 1];
        large[0] = 1;
        String sha = Sha256.of(large);
        Path staged = store.stage(sha, out -> out.write(large));
        assertTrue(Files.exists(staged), "staged as a file");
        assertEquals(store.file(sha).getParent(), staged.getParent());
        store.settle(Map.of(sha, staged));
        assertEquals(sha, Sha256.of(store.file(sha)));
        assertEquals(List.of(store.file(sha)), filesUnder(folder));
    }

    @Test
    void aPhotoThatCannotBeSettledLeavesNoneOfTheOthersPlacedNorStaged() throws Exception {
        PhotoFolder store = new PhotoFolder(folder.resolve("photos"));
        Map<String, Path> staged = new java.util.TreeMap<>();
        for (String text : List.of("one", "two", "three", "four")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            staged.put(Sha256.of(bytes), store.stage(Sha256.of(bytes), out -> out.write(bytes)));
        }
        // The last photo's folder cannot be made: a file has its name.
        String last = ((java.util.TreeMap<String, Path>) staged).lastKey();
        Files.createDirectories(store.file(last).getParent().getParent());
        Files.writeString(store.file(last).getParent(), "in the way");

        assertThrows(java.io.IOException.class, () -> store.settle(staged));
        assertEquals(List.of(store.file(last).getParent()), filesUnder(folder), "only what was in the way is there");
    }

    private static List<Path> filesUnder(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aPhotoBroughtAgainReplacesADamagedCopyUnderItsHash() throws Exception {
        PhotoFolder store = new PhotoFolder(folder.resolve("photos"));
        byte[] bytes = "a photo".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(bytes);
        store.settle(Map.of(sha, store.stage(sha, out -> out.write(bytes))));
        Files.writeString(store.file(sha), "a ph");

        Path staged = store.stage(sha, out -> out.write(bytes));
        store.settle(Map.of(sha, staged));
        assertEquals("a photo", Files.readString(store.file(sha)), "a package import brings the good copy");

        Files.writeString(store.file(sha), "a ph");
        Path source = folder.resolve("from-score.png");
        Files.write(source, bytes);
        store.keep(source, sha);
        assertEquals("a photo", Files.readString(store.file(sha)), "a photo added again brings the good copy");
    }

    @Test
    void threadsStagingPhotosIntoNewFoldersAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 20; round++) {
            PhotoFolder store = new PhotoFolder(folder.resolve("photos-" + round));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            Map<String, Path> staged = new ConcurrentHashMap<>();
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < 64; i++) {
                            byte[] bytes = ("photo " + thread + "/" + i).getBytes(StandardCharsets.UTF_8);
                            String sha = Sha256.of(bytes);
                            staged.put(sha, store.stage(sha, out -> out.write(bytes)));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            store.settle(staged);
            assertEquals(256, staged.size(), "round " + round);
            staged.keySet().forEach(sha -> assertTrue(Files.exists(store.file(sha)), sha));
        }
    }
}
