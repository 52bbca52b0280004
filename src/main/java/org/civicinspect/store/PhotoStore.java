package org.civicinspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.civicinspect.model.Sha256;

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

    /** Whether a file name can be a photo's: 64 lower-case hex digits. */
    public static boolean isName(String name) {
        return name.length() == 64 && name.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** Whether the file's bytes have this SHA-256. */
    public static boolean matches(Path file, String sha256) throws IOException {
        return Sha256.of(file).equals(sha256);
    }

    /** Whether the store holds the photo whole: its file is there and its bytes have the hash it is named by. */
    public boolean holds(String sha256) throws IOException {
        Path file = file(sha256);
        return Files.isRegularFile(file) && matches(file, sha256);
    }

    /**
     * The photo files whose bytes do not have the SHA-256 they are named by (or that sit where no photo belongs), by
     * their path in the store. Names that start with a dot are photos still being written, not photos yet.
     */
    public List<String> damaged() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> damaged = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!isName(name) || !p.equals(file(name)) || !matches(p, name)) {
                    damaged.add(folder.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        return damaged;
    }

    /**
     * Copies the bytes into the store unless it holds them whole already (a damaged copy is replaced); the file
     * is complete before it has its name.
     */
    public Path keep(Path source, String sha256) throws IOException {
        Path target = file(sha256);
        if (holds(sha256)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
        try (InputStream in = Files.newInputStream(source)) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
     * the store holds them whole already (then null; a damaged copy is replaced when they are settled). When the source fails, nothing is left behind; {@link #settle} gives
     * staged photos their names, {@link #discard} removes them.
     */
    public <E extends Exception> Path stage(String sha256, ByteSource<E> source) throws IOException, E {
        Path target = file(sha256);
        if (holds(sha256)) {
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

    /**
     * Gives staged photos (SHA-256 → temporary file) their names in the store, in place of any damaged copy; returns
     * the files that were not there before.
     */
    public List<Path> settle(Map<String, Path> staged) throws IOException {
        List<Path> placed = new java.util.ArrayList<>();
        for (Map.Entry<String, Path> e : staged.entrySet()) {
            Path target = file(e.getKey());
            boolean there = Files.isRegularFile(target);
            if (there && matches(target, e.getKey())) {
                Files.deleteIfExists(e.getValue());
            } else {
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                if (!there) {
                    placed.add(target);
                }
            }
        }
        return placed;
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
