package org.civicinspect.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Who has a data folder. Every program that opens its workspace holds a shared lock on {@code workspace.lock} while
 * open; a restore holds it alone, so it never replaces a database another program is writing, and nothing opens
 * the workspace while it is being replaced.
 *
 * <p>The operating system's file locks belong to a whole process (and Java refuses a second lock on one file
 * within a process), so a process keeps one entry per folder: its one file lock, how many workspaces it has open
 * there, and a read-write lock that lets its own transactions and its own restore (the desktop app restores the
 * workspace it has open) exclude each other.
 */
public final class WorkspaceLock {

    public static final String FILE = "workspace.lock";
    private static final long WAIT_FOR_TRANSACTIONS_SECONDS = 5;
    private static final Map<Path, Entry> ENTRIES = new HashMap<>();

    private static final class Entry {
        private final Path key;
        private final FileChannel channel;
        private final ReentrantReadWriteLock transactions = new ReentrantReadWriteLock();
        private volatile FileLock lock;
        private int open;
        private int waiting;
        /** What the open workspaces still finish after their transactions, done before the folder is taken alone. */
        private final List<Runnable> settles = new ArrayList<>();

        private Entry(Path key, FileChannel channel) {
            this.key = key;
            this.channel = channel;
        }
    }

    private WorkspaceLock() {
    }

    /** An open workspace's share of its folder, from opening until {@link #close}. */
    public static final class Shared {
        private final Entry entry;
        private boolean closed;
        private Runnable settle;

        private Shared(Entry entry) {
            this.entry = entry;
        }

        /**
         * What this workspace still does after a transaction has ended (it moves the audit anchor): a restore that
         * takes the folder alone waits for it, so nothing written for the database it replaces lands after it.
         */
        public void settleBeforeAlone(Runnable settle) {
            synchronized (ENTRIES) {
                this.settle = settle;
                entry.settles.add(settle);
            }
        }

        /** Before each transaction: refused while a restore runs in the folder. */
        public void enter() {
            if (!entry.transactions.readLock().tryLock()) {
                throw new WorkspaceBusyException(WorkspaceBusyException.Reason.RESTORING);
            }
            if (entry.lock != null || entry.channel == null) {
                return;
            }
            synchronized (ENTRIES) {
                // A restore here that gave back the shared lock and could not take it again (another restore came first) left it to us.
                if (entry.lock == null) {
                    entry.lock = tryLock(entry, true);
                    if (entry.lock == null) {
                        entry.transactions.readLock().unlock();
                        throw new WorkspaceBusyException(WorkspaceBusyException.Reason.RESTORING);
                    }
                }
            }
        }

        public void leave() {
            entry.transactions.readLock().unlock();
        }

        public void close() {
            synchronized (ENTRIES) {
                if (!closed) {
                    closed = true;
                    entry.settles.remove(settle);
                    entry.open--;
                    forgetIfUnused(entry);
                }
            }
        }
    }

    /** A restore's hold on the folder, alone, until {@link #close} (on the same thread). */
    public static final class Exclusive implements AutoCloseable {
        private final Entry entry;

        private Exclusive(Entry entry) {
            this.entry = entry;
        }

        @Override
        public void close() {
            synchronized (ENTRIES) {
                release(entry);
                if (entry.open > 0 && entry.channel != null) {
                    entry.lock = tryLock(entry, true);
                }
                entry.transactions.writeLock().unlock();
                forgetIfUnused(entry);
            }
        }
    }

    /**
     * Takes a share of the folder for a workspace being opened. When nothing else has the folder, {@code alone} runs
     * first with the folder held alone (to clear what a killed program left behind). Refused while a restore runs.
     */
    public static Shared share(Path folder, Runnable alone) {
        synchronized (ENTRIES) {
            Entry entry = entry(folder);
            try {
                if (entry.transactions.isWriteLocked()) {
                    throw new WorkspaceBusyException(WorkspaceBusyException.Reason.RESTORING);
                }
                if (entry.lock == null && entry.channel != null) {
                    FileLock only = entry.open == 0 ? tryLock(entry, false) : null;
                    if (only != null) {
                        try {
                            alone.run();
                        } finally {
                            entry.lock = only;
                            release(entry);
                        }
                    }
                    entry.lock = tryLock(entry, true);
                    if (entry.lock == null) {
                        throw new WorkspaceBusyException(WorkspaceBusyException.Reason.RESTORING);
                    }
                }
                entry.open++;
                return new Shared(entry);
            } finally {
                forgetIfUnused(entry);
            }
        }
    }

    /**
     * Takes the folder alone for a restore: waits a moment for this process's transactions to end, and is refused
     * while another program has the workspace open or another restore runs. What killed programs left is cleared.
     */
    public static Exclusive alone(Path folder) {
        Entry entry;
        synchronized (ENTRIES) {
            entry = entry(folder);
            entry.waiting++;
        }
        boolean ours = false;
        try {
            ours = entry.transactions.writeLock().tryLock(WAIT_FOR_TRANSACTIONS_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Runnable> settles;
        synchronized (ENTRIES) {
            settles = List.copyOf(entry.settles);
        }
        if (ours) {
            // No transaction of this process runs now, and none starts: what the last ones left to finish is finished.
            settles.forEach(Runnable::run);
        }
        synchronized (ENTRIES) {
            entry.waiting--;
            if (!ours) {
                forgetIfUnused(entry);
                throw new WorkspaceBusyException(entry.transactions.isWriteLocked()
                        ? WorkspaceBusyException.Reason.RESTORING : WorkspaceBusyException.Reason.IN_USE);
            }
            if (entry.channel == null) {
                return new Exclusive(entry);
            }
            release(entry);
            entry.lock = tryLock(entry, false);
            if (entry.lock == null) {
                if (entry.open > 0) {
                    entry.lock = tryLock(entry, true);
                }
                entry.transactions.writeLock().unlock();
                forgetIfUnused(entry);
                throw new WorkspaceBusyException(WorkspaceBusyException.Reason.IN_USE);
            }
            // A workspace open in this process may be making a backup of its own, whose folders are not leftovers.
            if (entry.open == 0) {
                Leftovers.clear(folder);
            }
            return new Exclusive(entry);
        }
    }

    private static Entry entry(Path folder) {
        Path key = key(folder);
        Entry entry = ENTRIES.get(key);
        if (entry == null) {
            entry = new Entry(key, channel(key));
            ENTRIES.put(key, entry);
        }
        return entry;
    }

    private static Path key(Path folder) {
        try {
            Files.createDirectories(folder);
            return folder.toRealPath();
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + folder, e);
        }
    }

    /** Null where the lock file cannot be written (a read-only folder, which no restore can replace either). */
    private static FileChannel channel(Path folder) {
        try {
            return FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return null;
        }
    }

    private static FileLock tryLock(Entry entry, boolean shared) {
        try {
            return entry.channel.tryLock(0, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            throw new StoreException("cannot lock " + entry.key.resolve(FILE), e);
        }
    }

    private static void release(Entry entry) {
        if (entry.lock != null) {
            try {
                entry.lock.release();
            } catch (IOException e) {
                throw new StoreException("cannot unlock " + entry.key.resolve(FILE), e);
            } finally {
                entry.lock = null;
            }
        }
    }

    // Closing the channel is safe only here: on POSIX, closing any descriptor of the file drops all of the process's locks on it.
    private static void forgetIfUnused(Entry entry) {
        if (entry.open > 0 || entry.waiting > 0 || entry.transactions.isWriteLocked() || ENTRIES.get(entry.key) != entry) {
            return;
        }
        ENTRIES.remove(entry.key);
        try {
            release(entry);
        } finally {
            if (entry.channel != null) {
                try {
                    entry.channel.close();
                } catch (IOException ignored) {
                    // The locks went with the channel either way.
                }
            }
        }
    }
}
