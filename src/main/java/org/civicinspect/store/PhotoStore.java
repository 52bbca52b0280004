package org.civicinspect.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Sha256;

/**
 * The bytes of a workspace's photos, each kept once by the SHA-256 of its bytes; the rows that say what they are
 * and where they are used are in each transaction's {@link Tx#photos()}. An embedded workspace keeps them as files
 * under {@code photos/} ({@link PhotoFolder}); a workspace on a server keeps them in its database, so that the
 * database is the one thing to back up ({@link PhotosOnServer}). Use cases see only this.
 *
 * <p>Bytes come in two ways. A photo added by hand is kept inside the caller's transaction ({@link #keep}). Photos
 * taken in from packages are first staged under temporary names beside the store while the packages are checked
 * ({@link #stage}; held in memory while there is room); then {@link #settle} puts in place what must be in place before
 * the write commits (it may run while the rows are written), inside the write {@link #keepStaged} keeps what goes with
 * its rows, and afterwards {@link #discard} removes what is left.
 */
public sealed interface PhotoStore permits PhotoFolder, PhotosOnServer {

    /** What is known of a stored photo. */
    record Photo(String sha256, String fileName, String mediaType, long bytes, Instant takenAt, Instant addedAt) {
    }

    /** Stored photos that are not what they should be, and whether they were looked for in the database. */
    record Damage(List<String> damaged, List<String> missing, boolean inDatabase) {
    }

    /** Writes bytes to an output stream, failing with {@code E} when they turn out not to be what was promised. */
    @FunctionalInterface
    interface ByteSource<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /** Whether a file name can be a photo's: 64 lower-case hex digits. */
    static boolean isName(String name) {
        return name.length() == 64 && name.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    /** Whether the file's bytes have this SHA-256. */
    static boolean matches(Path file, String sha256) throws IOException {
        return Sha256.of(file).equals(sha256);
    }

    /**
     * A file on this computer with the photo's bytes, for thumbnails, reports and packages; a photo the store does not
     * hold whole has a file that is missing or that a picture reader refuses. On a server this may read the database
     * (to fill a copy kept on this computer), so a screen asks for it off the JavaFX thread.
     */
    Path file(String sha256);

    /** Keeps the bytes of a checked file inside the caller's transaction, unless the store holds them whole already. */
    void keep(Tx tx, Path source, String sha256) throws IOException, SQLException;

    /**
     * Stages bytes that must have the given SHA-256 under a temporary name beside the store (in memory while there is
     * room, else in that file), unless the store holds them whole already and can tell so cheaply (then null). When the
     * source fails, nothing is left behind.
     */
    <E extends Exception> Path stage(String sha256, ByteSource<E> source) throws IOException, E;

    /** As above, of bytes already read whole: they are staged as they are, not copied, so the caller must not change them. */
    Path stage(String sha256, byte[] bytes) throws IOException;

    /**
     * Before the write that records them commits: puts staged photos (SHA-256 → temporary name) in place where they
     * must be there before their rows (the files of an embedded workspace); returns what it placed that was not there
     * before, for the caller to remove should the write fail. When it fails, it leaves nothing placed or staged.
     */
    List<Path> settle(Map<String, Path> staged) throws IOException;

    /**
     * Inside the write that records them: keeps staged photos with their rows (in a server's database), all or none
     * with it; a staged file that cannot be read fails the write ({@link java.io.UncheckedIOException}).
     */
    void keepStaged(Tx tx, Map<String, Path> staged) throws SQLException;

    /** Removes what staging left (temporary files not settled). */
    void discard(Map<String, Path> staged);

    /**
     * Every stored photo's bytes checked against its SHA-256 (damaged: by their place under {@code photos/}, or by
     * hash in a database), and every photo the workspace records that the store does not hold (missing: by hash).
     */
    Damage check(Tx tx) throws IOException, SQLException;
}
