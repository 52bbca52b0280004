package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Conflict;
import org.civicinspect.model.ConflictStatus;

/**
 * Conflicts between teams' answers. A conflict remembers the answers it was raised or resolved over as a snapshot of
 * lineages and versions, so a resolution holds until one of those answers changes.
 */
public final class ConflictRepository {

    private final Connection c;

    ConflictRepository(Connection c) {
        this.c = c;
    }

    /**
     * The conflict's stored row: which place, the lineages and versions it covers, its own version, and who resolved it
     * and when (null while open).
     */
    public record Row(String id, String roundId, String siteId, String standardCode, ConflictStatus status, String answers, int version,
                      String resolvedBy, Instant resolvedAt) {
    }

    private static final String COLUMNS = "id, round_id, site_id, standard_code, status, answers, raised_at, resolved_at, resolved_by, resolution,"
            + " version";
    private static final String ROW = "SELECT id, round_id, site_id, standard_code, status, answers, version, resolved_by, resolved_at"
            + " FROM finding_conflict";

    /** The open conflicts of the round's sites, by {@link CandidateRepository#key}. */
    public Map<String, Row> openOf(String roundId, Collection<String> siteIds) throws SQLException {
        Map<String, Row> open = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ROW + " WHERE round_id = ? AND site_id = ? AND status = 'OPEN'")) {
            for (String siteId : siteIds) {
                ps.setString(1, roundId);
                ps.setString(2, siteId);
                for (Row row : rows(ps)) {
                    open.put(CandidateRepository.key(roundId, siteId, row.standardCode()), row);
                }
            }
        }
        return open;
    }

    /** The answer the latest resolution of each place chose, for the round's sites, by {@link CandidateRepository#key}. */
    public Map<String, String> resolutionsOf(String roundId, Collection<String> siteIds) throws SQLException {
        Map<String, String> chosen = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT standard_code, chosen_finding FROM finding_conflict WHERE round_id = ? AND site_id = ?"
                + " AND status = 'RESOLVED' ORDER BY " + Chronological.by("resolved_at"))) {
            for (String siteId : siteIds) {
                ps.setString(1, roundId);
                ps.setString(2, siteId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chosen.put(CandidateRepository.key(roundId, siteId, rs.getString(1)), rs.getString(2));
                    }
                }
            }
        }
        return chosen;
    }

    /** The one conflict whose id starts so (at least four characters), if exactly one does. */
    public Optional<Row> byPrefix(String prefix) throws SQLException {
        if (prefix.length() < 4) {
            return Optional.empty();
        }
        List<Row> found = rows(c, "id LIKE ?" + LikePattern.ESCAPE, LikePattern.startingWith(prefix));
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Row> find(String id) throws SQLException {
        return rows(c, "id = ?", id).stream().findFirst();
    }

    public void raise(String id, String roundId, String siteId, String standardCode, String snapshot, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding_conflict (id, round_id, site_id, standard_code, status, answers,"
                + " raised_at) VALUES (?,?,?,?,'OPEN',?,?)")) {
            ps.setString(1, id);
            ps.setString(2, roundId);
            ps.setString(3, siteId);
            ps.setString(4, standardCode);
            ps.setString(5, snapshot);
            ps.setString(6, now.toString());
            ps.executeUpdate();
        }
    }

    /** Records the answers the open conflict is now between, raising its version. */
    public void cover(String id, String snapshot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE finding_conflict SET answers = ?, version = version + 1 WHERE id = ?")) {
            ps.setString(1, snapshot);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    /** Closes the conflict, recording who, when, how, and the answer chosen (null when all answers came to agree). */
    public void resolve(String id, Instant now, String by, String resolution, String chosenFinding) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE finding_conflict SET status = 'RESOLVED', resolved_at = ?, resolved_by = ?,"
                + " resolution = ?, chosen_finding = ?, version = version + 1 WHERE id = ?")) {
            ps.setString(1, now.toString());
            ps.setString(2, by);
            ps.setString(3, resolution);
            ps.setString(4, chosenFinding);
            ps.setString(5, id);
            ps.executeUpdate();
        }
    }

    /** The round's conflicts with the answers each is between (as they are now), open ones first, then by site and standard. */
    public List<Conflict> ofRound(String roundId, boolean openOnly) throws SQLException {
        CandidateRepository candidates = new CandidateRepository(c);
        List<Conflict> conflicts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM finding_conflict WHERE round_id = ?"
                + (openOnly ? " AND status = 'OPEN'" : "") + " ORDER BY status, site_id, standard_code, raised_at")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String resolvedAt = rs.getString(8);
                    conflicts.add(new Conflict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            ConflictStatus.valueOf(rs.getString(5)), candidates.ofKey(rs.getString(2), rs.getString(3), rs.getString(4)),
                            Instant.parse(rs.getString(7)), resolvedAt == null ? null : Instant.parse(resolvedAt), rs.getString(9),
                            rs.getString(10), rs.getInt(11)));
                }
            }
        }
        return conflicts;
    }

    public long countOpen(String roundId, String siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM finding_conflict WHERE round_id = ? AND site_id = ? AND status = 'OPEN'")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static List<Row> rows(Connection c, String where, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ROW + " WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            return rows(ps);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String resolvedAt = rs.getString(9);
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), ConflictStatus.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getInt(7), rs.getString(8), resolvedAt == null ? null : Instant.parse(resolvedAt)));
            }
        }
        return rows;
    }
}
