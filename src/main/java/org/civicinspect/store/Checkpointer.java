package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Keeps an embedded workspace's write-ahead log open while the workspace is being written, and copies the log into
 * the database on a thread of its own, a moment after the writes. Each use opens its own connection; with none held
 * open, each write's connection was the last to close, and closing it copied the whole log into the database, synced
 * that, and deleted the log, which the next write made and synced anew: four syncs to the disk beside the commit's
 * own, on the path of every save. A commit is as safe as before: synchronous=FULL syncs the log before the commit
 * returns, and the copying only moves what the log already holds safely. SQLite's own checkpoint at 1,000 pages
 * stays, for a log that grows faster than it is copied here.
 * <p>
 * The connection that holds the log open is opened after the first write and closed once the workspace has been
 * idle for {@link #IDLE_SECONDS} (or is closed); closing it, the last connection, copies the rest of the log and
 * deletes it, as before. It is used on one thread only, shared by every workspace open in the program.
 */
final class Checkpointer {

    /** How long after a write the log is copied: writes in quick succession share one checkpoint. */
    static final long DELAY_MS = 100;
    /** How long without a write before the log is let go. */
    static final long IDLE_SECONDS = 60;

    private static final ScheduledThreadPoolExecutor THREAD = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread t = new Thread(runnable, "workspace-checkpoints");
        t.setDaemon(true);
        return t;
    });

    static {
        THREAD.setKeepAliveTime(10, TimeUnit.SECONDS);
        THREAD.allowCoreThreadTimeOut(true);
    }

    private final DataSource dataSource;
    private final AtomicBoolean due = new AtomicBoolean();
    private volatile long lastCommit;
    // Only touched on THREAD.
    private Connection held;
    private boolean closed;

    Checkpointer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** After a commit: the log is copied into the database a moment later, once for all the commits until then. */
    void committed() {
        lastCommit = System.nanoTime();
        if (due.compareAndSet(false, true)) {
            THREAD.schedule(this::checkpoint, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void checkpoint() {
        due.set(false);
        if (closed) {
            return;
        }
        try {
            if (held == null) {
                held = dataSource.getConnection();
                THREAD.schedule(this::letGoWhenIdle, IDLE_SECONDS, TimeUnit.SECONDS);
            } else {
                // PASSIVE: copies what no reader still needs, without waiting for readers or holding up writers.
                try (PreparedStatement ps = held.prepareStatement("PRAGMA wal_checkpoint(PASSIVE)")) {
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            LoggerFactory.getLogger(Checkpointer.class).warn("the write-ahead log was not copied into the database; the next write tries again", e);
        }
    }

    private void letGoWhenIdle() {
        long idle = System.nanoTime() - lastCommit;
        long wanted = TimeUnit.SECONDS.toNanos(IDLE_SECONDS);
        if (closed || held == null) {
            return;
        }
        if (idle < wanted) {
            THREAD.schedule(this::letGoWhenIdle, wanted - idle, TimeUnit.NANOSECONDS);
        } else {
            letGo();
        }
    }

    private void letGo() {
        try {
            if (held != null) {
                held.close();
            }
        } catch (SQLException e) {
            LoggerFactory.getLogger(Checkpointer.class).warn("the workspace's write-ahead log was not closed cleanly", e);
        }
        held = null;
    }

    /** Lets the log go, after a checkpoint under way; the workspace writes no more. */
    void close() {
        try {
            THREAD.submit(() -> {
                closed = true;
                letGo();
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LoggerFactory.getLogger(Checkpointer.class).warn("the workspace's write-ahead log was not closed cleanly", e.getCause());
        }
    }
}
