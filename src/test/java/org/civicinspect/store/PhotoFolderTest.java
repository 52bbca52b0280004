package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The photo files of a workspace: staged beside their place, then named; one store serves every thread. */
class PhotoFolderTest {

    @TempDir Path folder;

    @Test
    void stagesAndSettlesAPhotoUnderItsHash() throws Exception {
        PhotoFolder store = new PhotoFolder(folder.resolve("photos"));
        byte[] bytes = "a photo".getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(bytes);
        Path staged = store.stage(sha, out -> out.write(bytes));
        assertTrue(Files.exists(staged));
        store.settle(Map.of(sha, staged));
        assertEquals("a photo", Files.readString(store.file(sha)));
        assertEquals(null, store.stage(sha, out -> out.write(bytes)), "a photo the store has is not staged again");
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
