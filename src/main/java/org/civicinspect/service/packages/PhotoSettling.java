package org.civicinspect.service.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicinspect.store.PhotoStore;

/**
 * The packages' staged photos put in place in the store while their rows are written, {@link #AT_ONCE} packages at a
 * time: creating a file mostly waits on the file system, which takes several at once.
 */
final class PhotoSettling implements AutoCloseable {

    private static final int AT_ONCE = 4;

    private final PhotoStore store;
    private final ExecutorService settlers = Executors.newFixedThreadPool(AT_ONCE);
    private final List<Future<List<Path>>> settling = new ArrayList<>();
    private final List<Path> placed = new ArrayList<>();

    PhotoSettling(PhotoStore store) {
        this.store = store;
    }

    void settle(StagedPackage staged) {
        settling.add(settlers.submit(() -> store.settle(staged.photos())));
    }

    /**
     * Waits until every package's photos are in place and returns the files placed that were not there before; when
     * one package's cannot be, removes every photo placed and throws why.
     */
    List<Path> awaitAll() {
        Throwable failure = awaitEach();
        if (failure != null) {
            undo();
            throw failure instanceof IOException io ? new UncheckedIOException(io)
                    : failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        }
        return List.copyOf(placed);
    }

    /** Removes the photos it placed that were not in the store before: the rows that named them were not written. */
    void undo() {
        awaitEach();
        for (Path photo : placed) {
            try {
                Files.deleteIfExists(photo);
            } catch (IOException ignored) {
                // A photo file no row names is harmless; verify does not count it as damage.
            }
        }
        placed.clear();
    }

    /** Waits for each package's photos; what was placed is kept to undo; returns the first failure, if any. */
    private Throwable awaitEach() {
        Throwable failure = null;
        for (Future<List<Path>> f : settling) {
            try {
                placed.addAll(f.get());
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        settling.clear();
        return failure;
    }

    @Override
    public void close() {
        settlers.shutdown();
    }
}
