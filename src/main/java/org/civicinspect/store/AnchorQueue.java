package org.civicinspect.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Moves the audit anchor after each commit on a thread of its own, in the order of the commits: a save waits for its
 * commit, not for the anchor's signature and file, which took a quarter of an answer's save. The anchor lags the
 * chain by a moment, as it does after a crash between a commit and its anchor (the next start brings it to the head);
 * whatever reads or replaces the anchor first {@linkplain #settle() settles} it.
 */
final class AnchorQueue {

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "audit-anchor");
        t.setDaemon(true);
        return t;
    });

    /** The queues of the workspaces this process has open (weakly: a workspace dropped without closing leaves none). */
    private static final Set<AnchorQueue> OPEN = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    AnchorQueue() {
        // A workspace that has not written for a while keeps no thread.
        thread.allowCoreThreadTimeOut(true);
        OPEN.add(this);
    }

    /** Settles the anchors of every workspace this process has open. */
    static void settleAll() {
        List<AnchorQueue> open;
        synchronized (OPEN) {
            open = new ArrayList<>(OPEN);
        }
        open.forEach(AnchorQueue::settle);
    }

    /** After a commit that appended the entries from {@code appendedTo} up to {@code head}. */
    void committed(AnchorFollower follower, AuditLog.Head appendedTo, AuditLog.Head head, AnchorFollower.Chain chain) {
        thread.execute(() -> {
            try {
                follower.committed(appendedTo, head, chain);
            } catch (SQLException | RuntimeException e) {
                // The write is committed, and verify accepts entries after the anchored one: the anchor only lags until the next commit.
                LoggerFactory.getLogger(AnchorQueue.class).warn("the audit anchor was not renewed", e);
            }
        });
    }

    /** Returns once every commit before this call is anchored (or its anchor has failed). */
    void settle() {
        if (thread.isShutdown()) {
            return;
        }
        try {
            thread.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Anchors what is left and stops the thread. */
    void close() {
        OPEN.remove(this);
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
