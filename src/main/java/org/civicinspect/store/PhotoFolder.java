package org.civicinspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The photos of an embedded workspace, stored once under {@code photos/} by the SHA-256 of their bytes
 * ({@code photos/ab/abcdef…}). The file name is the hash alone, so that finding a photo's file needs no database
 * read. Staged photos are given their names before the write that records them, so a row never names a photo
 * without its file.
 */
public final class PhotoFolder implements PhotoStore {

    private final Path folder;
    private final java.util.Set<Path> madeFolders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final StagedBytes staging = new StagedBytes();

    PhotoFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path file(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Whether the store holds the photo whole: its file is there and its bytes have the hash it is named by. */
    boolean holds(String sha256) throws IOException {
        Path file = file(sha256);
        return Files.isRegularFile(file) && PhotoStore.matches(file, sha256);
    }

    /**
     * The photo files whose bytes do not have the SHA-256 they are named by (or that sit where no photo belongs), by
     * their path in the store. Names that start with a dot are photos still being written, not photos yet.
     */
    List<String> damaged() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> damaged = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!PhotoStore.isName(name) || !p.equals(file(name)) || !PhotoStore.matches(p, name)) {
                    damaged.add(folder.relativize(p).toString().replace('\\', '/'));
                }
            }
        }
        return damaged;
    }

    @Override
    public void keep(Tx tx, Path source, String sha256) throws IOException {
        keep(source, sha256);
    }

    @Override
    public Damage check(Tx tx) throws IOException, SQLException {
        return new Damage(damaged(), tx.photos().hashes().stream().filter(sha -> !Files.isRegularFile(file(sha))).toList(), false);
    }

    /**
     * Copies the bytes into the store unless it holds them whole already (a damaged copy is replaced); the file
     * is complete before it has its name.
     */
    Path keep(Path source, String sha256) throws IOException {
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

    /**
     * A damaged copy is replaced when the photo is settled. The bytes wait in memory, up to
     * {@link StagedBytes#IN_MEMORY}, under the temporary name they will be written to beside their place.
     */
    @Override
    public <E extends Exception> Path stage(String sha256, ByteSource<E> source) throws IOException, E {
        return holds(sha256) ? null : staging.stage(incoming(sha256), source);
    }

    @Override
    public Path stage(String sha256, byte[] bytes) throws IOException {
        return holds(sha256) ? null : staging.stage(incoming(sha256), bytes);
    }

    /** Named by the photo, not at random: a photo staged twice at once fails loudly instead of being written twice. */
    private Path incoming(String sha256) {
        return file(sha256).resolveSibling(".incoming-" + sha256 + "-" + Long.toHexString(System.nanoTime()));
    }

    /**
     * Gives staged photos (SHA-256 → temporary name) their names in the store, in place of any damaged copy, each
     * written whole under its temporary name first; returns the files that were not there before. When one cannot be
     * written, those placed are removed again and nothing is left staged.
     */
    @Override
    public List<Path> settle(Map<String, Path> staged) throws IOException {
        List<Path> placed = new java.util.ArrayList<>();
        try {
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                Path target = file(e.getKey());
                boolean there = Files.isRegularFile(target);
                if (there && PhotoStore.matches(target, e.getKey())) {
                    staging.discard(e.getValue());
                } else {
                    if (!madeFolders.contains(target.getParent())) {
                        Files.createDirectories(target.getParent());
                        madeFolders.add(target.getParent());
                    }
                    staging.writeOut(e.getValue());
                    Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    staging.moved(e.getValue());
                    if (!there) {
                        placed.add(target);
                    }
                }
            }
            return placed;
        } catch (IOException | RuntimeException failed) {
            for (Path photo : placed) {
                Files.deleteIfExists(photo);
            }
            discard(staged);
            throw failed;
        }
    }

    @Override
    public void keepStaged(Tx tx, Map<String, Path> staged) {
        // Settled before the write already.
    }

    @Override
    public void discard(Map<String, Path> staged) {
        staged.values().forEach(staging::discard);
    }
}
