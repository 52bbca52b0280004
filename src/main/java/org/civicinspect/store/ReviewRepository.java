package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.civicinspect.model.ReviewComment;

/** The comments inspections were returned with. */
public final class ReviewRepository {

    private final Connection c;

    ReviewRepository(Connection c) {
        this.c = c;
    }

    public void add(ReviewComment comment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_comment (id, round_id, site_id, standard_code, comment, reviewer,"
                + " made_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, comment.roundId());
            ps.setString(3, comment.siteId());
            ps.setString(4, comment.standardCode());
            ps.setString(5, comment.comment());
            ps.setString(6, comment.reviewer());
            ps.setString(7, comment.madeAt().toString());
            ps.executeUpdate();
        }
    }

    /** Adds the comment unless the same comment, made at the same time, is stored already (a task package taken in twice). */
    public boolean addIfNew(ReviewComment comment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM review_comment WHERE round_id = ? AND site_id = ? AND standard_code = ?"
                + " AND made_at = ? AND comment = ?")) {
            ps.setString(1, comment.roundId());
            ps.setString(2, comment.siteId());
            ps.setString(3, comment.standardCode());
            ps.setString(4, comment.madeAt().toString());
            ps.setString(5, comment.comment());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        add(comment);
        return true;
    }

    /** How many comments each standard of an inspection has had, by standard code. */
    public Map<String, Integer> countByStandard(String roundId, String siteId) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT standard_code, COUNT(*) FROM review_comment WHERE round_id = ? AND site_id = ?"
                + " GROUP BY standard_code ORDER BY standard_code")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    /** The newest comment on each standard of an inspection, by standard code. */
    public Map<String, ReviewComment> latest(String roundId, String siteId) throws SQLException {
        Map<String, ReviewComment> latest = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT standard_code, comment, reviewer, made_at FROM review_comment"
                + " WHERE round_id = ? AND site_id = ? ORDER BY " + Chronological.by("made_at") + ", standard_code")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    latest.put(rs.getString(1), new ReviewComment(roundId, siteId, rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.parse(rs.getString(4))));
                }
            }
        }
        return latest;
    }
}
