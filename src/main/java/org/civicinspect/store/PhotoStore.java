package org.civicinspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

/**
 * Photos, stored once under {@code photos/} by the SHA-256 of their bytes ({@code photos/ab/abcdef…}), with a
 * row that says what they are and when they were taken. The file name is the hash alone, so that finding a
 * photo's file needs no database read (the screens ask for it on the JavaFX thread).
 */
public final class PhotoStore {

    /** What is known of a stored photo. */
    public record Photo(String sha256, String fileName, String mediaType, long bytes, Instant takenAt, Instant addedAt) {
    }

    private final Path folder;
    private final java.util.Set<Path> madeFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    PhotoStore(Path folder) {
        this.folder = folder;
    }

    public Path file(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Copies the bytes into the store unless they are there already; the file is complete before it has its name. */
    public Path keep(Path source, String sha256) throws IOException {
        Path target = file(sha256);
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try (InputStream in = Files.newInputStream(source)) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** Writes bytes to an output stream, failing with {@code E} when they turn out not to be what was promised. */
    @FunctionalInterface
    public interface ByteSource<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /**
     * Writes bytes that must have the given SHA-256 beside their place in the store, under a temporary name, unless
     * the store has them already (then null). When the source fails, nothing is left behind; {@link #settle} gives
     * staged photos their names, {@link #discard} removes them.
     */
    public <E extends Exception> Path stage(String sha256, ByteSource<E> source) throws IOException, E {
        Path target = file(sha256);
        if (Files.exists(target)) {
            return null;
        }
        // A folder counts as made once it exists, so a thread never writes into one another thread is still making.
        if (!madeFolders.contains(target.getParent())) {
            Files.createDirectories(target.getParent());
            madeFolders.add(target.getParent());
        }
        // Named by the photo, not at random: a photo staged twice at once fails loudly instead of being written twice.
        Path temp = target.resolveSibling(".incoming-" + sha256 + "-" + Long.toHexString(System.nanoTime()));
        boolean written = false;
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                source.writeTo(out);
            }
            written = true;
            return temp;
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Gives staged photos (SHA-256 → temporary file) their names in the store. */
    public void settle(Map<String, Path> staged) throws IOException {
        for (Map.Entry<String, Path> e : staged.entrySet()) {
            if (Files.exists(file(e.getKey()))) {
                Files.deleteIfExists(e.getValue());
            } else {
                Files.move(e.getValue(), file(e.getKey()), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    public void discard(Map<String, Path> staged) {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A temp file that cannot be deleted has a name no one reads; the next start of a merge does not mind it.
            }
        }
    }
}
