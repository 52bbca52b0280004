package org.civicinspect.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * as long as it is there. Photos staged from packages wait in that folder under temporary names (a dot first, so
 * that the next start clears what a killed program left).
 */
final class PhotosOnServer implements PhotoStore {

    static final String CACHE_FOLDER = "photo-cache";

    private static final String UPSERT = "INSERT INTO photo_content (sha256, content) VALUES (?, ?) ON CONFLICT (sha256) "
            + "DO UPDATE SET content = EXCLUDED.content WHERE photo_content.content <> EXCLUDED.content";

    private final Workspace workspace;
    private final Path cache;

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

    @Override
    public <E extends Exception> Path stage(String sha256, ByteSource<E> source) throws IOException, E {
        if (workspace.read(tx -> holds(tx.connection(), sha256))) {
            return null;
        }
        Files.createDirectories(cache);
        Path temp = cache.resolve(".incoming-" + sha256 + "-" + Long.toHexString(System.nanoTime()));
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

    /** Nothing needs to be in place before the write: the photos are written with their rows. */
    @Override
    public List<Path> settle(Map<String, Path> staged) {
        return List.of();
    }

    @Override
    public void keepStaged(Tx tx, Map<String, Path> staged) throws SQLException {
        try {
            for (Map.Entry<String, Path> e : staged.entrySet()) {
                write(tx.connection(), e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void discard(Map<String, Path> staged) {
        for (Path temp : staged.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Its name starts with a dot: the next start clears it.
            }
        }
    }

    /** The server hashes each photo's bytes itself, so checking them moves none of them over the network. */
    @Override
    public Damage check(Tx tx) throws SQLException {
        Connection c = tx.connection();
        return new Damage(
                hashes(c, "SELECT sha256 FROM photo_content WHERE encode(sha256(content), 'hex') <> sha256 ORDER BY sha256"),
                hashes(c, "SELECT p.sha256 FROM photo p WHERE NOT EXISTS (SELECT 1 FROM photo_content c WHERE c.sha256 = p.sha256) ORDER BY p.sha256"),
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
