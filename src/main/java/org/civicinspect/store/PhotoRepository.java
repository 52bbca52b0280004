package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicinspect.store.PhotoStore.Photo;

/** The photos a workspace knows, by SHA-256; their bytes are in the {@link PhotoStore}. */
public final class PhotoRepository {

    private final Connection c;

    PhotoRepository(Connection c) {
        this.c = c;
    }

    public void register(Photo photo) throws SQLException {
        if (find(photo.sha256()).isPresent()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO photo (sha256, file_name, media_type, byte_count, taken_at, added_at) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, photo.sha256());
            ps.setString(2, photo.fileName());
            ps.setString(3, photo.mediaType());
            ps.setLong(4, photo.bytes());
            ps.setString(5, photo.takenAt() == null ? null : photo.takenAt().toString());
            ps.setString(6, photo.addedAt().toString());
            ps.executeUpdate();
        }
    }

    /** Registers the photos not registered yet, in one batch. */
    public void registerAll(List<Photo> photos) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO photo (sha256, file_name, media_type, byte_count, taken_at, added_at) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
            for (Photo photo : photos) {
                ps.setString(1, photo.sha256());
                ps.setString(2, photo.fileName());
                ps.setString(3, photo.mediaType());
                ps.setLong(4, photo.bytes());
                ps.setString(5, photo.takenAt() == null ? null : photo.takenAt().toString());
                ps.setString(6, photo.addedAt().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<Photo> find(String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT sha256, file_name, media_type, byte_count, taken_at, added_at FROM photo WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String taken = rs.getString(5);
                return Optional.of(new Photo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        taken == null ? null : Instant.parse(taken), Instant.parse(rs.getString(6))));
            }
        }
    }

    /**
     * The SHA-256 of every photo and material file the workspace knows of, in order: the bytes its {@link PhotoStore} must
     * hold, which a copy of the workspace copies and verify looks for.
     */
    public List<String> hashes() throws SQLException {
        List<String> hashes = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sha256 FROM photo UNION SELECT sha256 FROM material_file ORDER BY 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
        }
        return hashes;
    }
}
