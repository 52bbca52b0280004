package org.civicinspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Sha256;

/**
 * The photos of a workspace on a PostgreSQL server, in its database ({@code photo_content}: the bytes by their
 * SHA-256), written in the same transaction as the rows that name them, so a merge that fails keeps none of its
 * photos and the database is the one thing to back up. Nothing is written under {@code photos/}.
 *
 * <p>To be shown, a photo is copied once into a folder on this computer kept for this server's database
 * ({@code photo-cache/<database>/ab/abcdef…}); a photo's bytes never change under its name, so the copy is good for
 * as long as it is there. Photos staged from packages wait in memory, or when there are too many, in that folder under
 * temporary names (a dot first, so that the next start clears what a killed program left).
 */
final class PhotosOnServer implements PhotoStore {

    static final String CACHE_FOLDER = "photo-cache";

    private static final String UPSERT = "INSERT INTO photo_content (sha256, content) VALUES (?, ?) ON CONFLICT (sha256) "
            + "DO UPDATE SET content = EXCLUDED.content WHERE photo_content.content <> EXCLUDED.content";

    /** Bytes of photos held in memory for one batch of upserts: a few large photos, or hundreds of small ones. */
    private static final long BATCH_BYTES = 8L * 1024 * 1024;

    private final Workspace workspace;
    private final Path cache;
    private final StagedBytes staging = new StagedBytes();

    /** The store of the workspace, its copies kept under {@code dataFolder} in a folder named by the database {@code jdbcUrl} names. */
    PhotosOnServer(Workspace workspace, Path dataFolder, String jdbcUrl) {
        this.workspace = workspace;
        this.cache = dataFolder.resolve(CACHE_FOLDER).resolve(Sha256.of(jdbcUrl.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    @Override
    public Path file(String sha256) {
        Path copy = copyOf(sha256);
        if (Files.isRegularFile(copy)) {
            return copy;
        }
        byte[] bytes = workspace.read(tx -> content(tx.connection(), sha256));
        // A damaged row is not copied: the screen shows the photo as missing and verify names it.
        if (bytes != null && Sha256.of(bytes).equals(sha256)) {
            try {
                remember(sha256, out -> out.write(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    @Override
    public void keep(Tx tx, Path source, String sha256) throws IOException, SQLException {
        if (!holds(tx.connection(), sha256)) {
            write(tx.connection(), sha256, source);
        }
        // The screen that added the photo shows it next: from here, without asking the server for what it just sent.
        if (!Files.isRegularFile(copyOf(sha256))) {
            remember(sha256, out -> Files.copy(source, out));
        }
    }

    /**
     * Staged without asking the server first whether it holds the photo: that is a round trip per photo (3,000 in a
     * merge of 40 teams' packages), and {@link #keepStaged}'s upsert leaves a photo the server holds whole as it is. So,
     * unlike a folder, this store never answers null. The bytes wait in memory, up to {@link StagedBytes#IN_MEMORY},
     * under the name they would have as a file; beyond that, in a file of that name.
     */
    @Override
    public <E extends Exception> Path stage(String sha256, ByteSource<E> source) throws IOException, E {
        return staging.stage(incoming(sha256), source);
    }

    @Override
    public Path stage(String sha256, byte[] bytes) throws IOException {
        return staging.stage(incoming(sha256), bytes);
    }

    private Path incoming(String sha256) {
        return cache.resolve(".incoming-" + sha256 + "-" + Long.toHexString(System.nanoTime()));
    }

    /** Nothing needs to be in place before the write: the photos are written with their rows. */
    @Override
    public List<Path> settle(Map<String, Path> staged) {
        return List.of();
    }

    /** In batches of up to {@link #BATCH_BYTES}, so that a merge's photos take a few round trips, not one each. */
    @Override
    public void keepStaged(Tx tx, Map<String, Path> staged) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(UPSERT)) {
            long batched = 0;
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                byte[] content = staging.bytes(e.getValue());
                ps.setString(1, e.getKey());
                ps.setBytes(2, content);
                ps.addBatch();
                batched += content.length;
                if (batched >= BATCH_BYTES) {
                    ps.executeBatch();
                    batched = 0;
                }
            }
            ps.executeBatch();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(Map<String, Path> discarded) {
        discarded.values().forEach(staging::discard);
    }

    /** The server hashes each photo's bytes itself, so checking them moves none of them over the network. */
    @Override
    public Damage check(Tx tx) throws SQLException {
        Connection c = tx.connection();
        return new Damage(
                hashes(c, "SELECT sha256 FROM photo_content WHERE encode(sha256(content), 'hex') <> sha256 ORDER BY sha256"),
                hashes(c, "SELECT p.sha256 FROM (SELECT sha256 FROM photo UNION SELECT sha256 FROM material_file) p"
                        + " WHERE NOT EXISTS (SELECT 1 FROM photo_content c WHERE c.sha256 = p.sha256) ORDER BY p.sha256"),
                true);
    }

    private Path copyOf(String sha256) {
        return cache.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Writes the copy on this computer under a temporary name first, so a half-written copy is never taken for the photo. */
    private void remember(String sha256, ByteSource<IOException> bytes) throws IOException {
        Path copy = copyOf(sha256);
        Files.createDirectories(copy.getParent());
        Path temp = Files.createTempFile(copy.getParent(), ".copy-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                bytes.writeTo(out);
            }
            Files.move(temp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean holds(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT encode(sha256(content), 'hex') = sha256 FROM photo_content WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Writes the photo's bytes in place of a damaged copy, or beside none. */
    private static void write(Connection c, String sha256, Path file) throws IOException, SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT); InputStream in = Files.newInputStream(file)) {
            ps.setString(1, sha256);
            ps.setBinaryStream(2, in, Files.size(file));
            ps.executeUpdate();
        }
    }

    private static byte[] content(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM photo_content WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    private static List<String> hashes(Connection c, String sql) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }
}
