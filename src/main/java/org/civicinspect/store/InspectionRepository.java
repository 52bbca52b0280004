package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;

/** Inspections (one per round and site) and their status. */
public final class InspectionRepository {

    private final Connection c;

    InspectionRepository(Connection c) {
        this.c = c;
    }

    public Optional<Inspection> find(String roundId, String siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status, arrived_at, members, remarks, version FROM inspection WHERE round_id = ? AND site_id = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String arrived = rs.getString(2);
                return Optional.of(new Inspection(roundId, siteId, InspectionStatus.valueOf(rs.getString(1)),
                        arrived == null ? null : Instant.parse(arrived), rs.getString(3), rs.getString(4), rs.getInt(5)));
            }
        }
    }

    /** Every inspection of the round, by site id. */
    public Map<String, Inspection> ofRound(String roundId) throws SQLException {
        Map<String, Inspection> inspections = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id, status, arrived_at, members, remarks, version FROM inspection WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String arrived = rs.getString(3);
                    inspections.put(rs.getString(1), new Inspection(roundId, rs.getString(1), InspectionStatus.valueOf(rs.getString(2)),
                            arrived == null ? null : Instant.parse(arrived), rs.getString(4), rs.getString(5), rs.getInt(6)));
                }
            }
        }
        return inspections;
    }

    /** The inspections of these sites of the round that have one, by site id, with when each last changed. */
    public Map<String, Stamped> ofSites(String roundId, Collection<String> siteIds) throws SQLException {
        Map<String, Stamped> inspections = new HashMap<>();
        RowsOfSites.each(c, "SELECT status, arrived_at, members, remarks, updated_at, version FROM inspection WHERE round_id = ? AND site_id = ?",
                roundId, siteIds, (siteId, rs) -> {
                    String arrived = rs.getString(2);
                    inspections.put(siteId, new Stamped(new Inspection(roundId, siteId, InspectionStatus.valueOf(rs.getString(1)),
                            arrived == null ? null : Instant.parse(arrived), rs.getString(3), rs.getString(4), rs.getInt(6)),
                            Instant.parse(rs.getString(5))));
                });
        return inspections;
    }

    /** An inspection and when it last changed. */
    public record Stamped(Inspection inspection, Instant updatedAt) {
    }

    /** Status of every inspection of the round that has one, by site id. */
    public Map<String, InspectionStatus> statuses(String roundId) throws SQLException {
        Map<String, InspectionStatus> statuses = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id, status FROM inspection WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statuses.put(rs.getString(1), InspectionStatus.valueOf(rs.getString(2)));
                }
            }
        }
        return statuses;
    }

    /** When each inspection of the round last changed, by site id. */
    public Map<String, Instant> updatedAt(String roundId) throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id, updated_at FROM inspection WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    times.put(rs.getString(1), Instant.parse(rs.getString(2)));
                }
            }
        }
        return times;
    }

    public Optional<Instant> updatedAt(String roundId, String siteId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT updated_at FROM inspection WHERE round_id = ? AND site_id = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Instant.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * Deletes the inspection of a site taken out of its round with everything recorded on it: findings and their
     * photo links, answers received from teams, conflicts, review comments and rechecks. The photo files stay.
     */
    public void deleteWithRecords(String roundId, String siteId) throws SQLException {
        for (String sql : List.of(
                "DELETE FROM finding_photo WHERE finding_id IN (SELECT id FROM finding WHERE round_id = ? AND site_id = ?)",
                "DELETE FROM finding WHERE round_id = ? AND site_id = ?",
                "DELETE FROM finding_candidate WHERE round_id = ? AND site_id = ?",
                "DELETE FROM finding_conflict WHERE round_id = ? AND site_id = ?",
                "DELETE FROM review_comment WHERE round_id = ? AND site_id = ?",
                "DELETE FROM recheck_item WHERE round_id = ? AND site_id = ?",
                "DELETE FROM inspection WHERE round_id = ? AND site_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, roundId);
                ps.setString(2, siteId);
                ps.executeUpdate();
            }
        }
    }

    private static final String SAVE = "INSERT INTO inspection (status, arrived_at, members, remarks, updated_at, round_id, site_id, version)"
            + " VALUES (?,?,?,?,?,?,?,1) ON CONFLICT (round_id, site_id) DO UPDATE SET status = excluded.status, arrived_at = excluded.arrived_at,"
            + " members = excluded.members, remarks = excluded.remarks, updated_at = excluded.updated_at, version = inspection.version + 1";

    /** Writes the inspection, new or not, as changed at {@code now}: a new one is version 1, a change raises its version. */
    public void save(Inspection inspection, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SAVE)) {
            bind(ps, inspection, now);
            ps.executeUpdate();
        }
    }

    /** Writes the inspections, new or not, each as changed at the time {@code changedAt} gives for its site, in one batch. */
    public void saveAll(List<Inspection> inspections, Map<String, Instant> changedAt) throws SQLException {
        if (inspections.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(SAVE)) {
            for (Inspection inspection : inspections) {
                bind(ps, inspection, changedAt.get(inspection.siteId()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Inspection inspection, Instant now) throws SQLException {
        ps.setString(1, inspection.status().name());
        ps.setString(2, inspection.arrivedAt() == null ? null : inspection.arrivedAt().toString());
        ps.setString(3, inspection.members());
        ps.setString(4, inspection.remarks());
        ps.setString(5, now.toString());
        ps.setString(6, inspection.roundId());
        ps.setString(7, inspection.siteId());
    }
}
