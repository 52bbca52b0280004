package org.civicinspect.service.packages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicinspect.store.PhotoStore;

/**
 * Packages being opened, checked and staged a few at a time, handed over in the order they were given. What they
 * staged stays the staging's: closing it stops what has not started and discards every staged photo that was not
 * settled or kept meanwhile.
 */
final class Staging implements Iterator<StagedPackage>, AutoCloseable {

    private final ExecutorService pool;
    private final List<Future<StagedPackage>> coming;
    private final PhotoStore store;
    private final StagingReaders reads;
    private int handedOver;

    Staging(ExecutorService pool, List<Future<StagedPackage>> coming, PhotoStore store, StagingReaders reads) {
        this.pool = pool;
        this.reads = reads;
        this.coming = coming;
        this.store = store;
    }

    @Override
    public boolean hasNext() {
        return handedOver < coming.size();
    }

    /** The next package once it is checked and staged; its refusal when it was refused. */
    @Override
    public StagedPackage next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<StagedPackage> next = coming.get(handedOver++);
        try {
            return next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new UncheckedIOException(new IOException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** Every package, in order; when one is refused, the refusal of the first refused package in the order given. */
    List<StagedPackage> all() {
        List<StagedPackage> staged = new ArrayList<>();
        while (hasNext()) {
            staged.add(next());
        }
        return staged;
    }

    /** Stops the packages not yet begun, waits for those being checked, lets go of their connections and discards what every package staged. */
    @Override
    public void close() {
        pool.shutdownNow();
        boolean interrupted = false;
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        reads.close();
        for (Future<StagedPackage> staged : coming) {
            if (staged.isDone() && !staged.isCancelled()) {
                try {
                    store.discard(staged.get().photos());
                } catch (ExecutionException | InterruptedException refusedOrStopped) {
                    // It staged nothing that it kept.
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
