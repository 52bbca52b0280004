package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Recheck;

/**
 * What to recheck at an inspection: at the office, the open problems at the site raised before its round started (in
 * earlier rounds, or from other sources on earlier days); on a field laptop, those its task package brought.
 */
public final class RecheckRepository {

    private final Connection c;

    RecheckRepository(Connection c) {
        this.c = c;
    }

    /** Keeps the rechecks a task package brought, replacing those it brought before for the same places. */
    public void put(List<Recheck> rechecks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO recheck_item (round_id, site_id, standard_code, problem_id, note,"
                + " deadline) VALUES (?,?,?,?,?,?) ON CONFLICT (round_id, site_id, standard_code)"
                + " DO UPDATE SET problem_id = excluded.problem_id, note = excluded.note, deadline = excluded.deadline")) {
            for (Recheck r : rechecks) {
                ps.setString(1, r.roundId());
                ps.setString(2, r.siteId());
                ps.setString(3, r.standardCode());
                ps.setString(4, r.problemId());
                ps.setString(5, r.note());
                ps.setString(6, r.deadline().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The rechecks of one inspection by standard code: open problems of a standard here raised before the round started,
     * and those a task package brought.
     */
    public Map<String, Recheck> ofInspection(String roundId, String siteId) throws SQLException {
        Map<String, Recheck> rechecks = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT standard_code, problem_id, note, deadline FROM recheck_item"
                + " WHERE round_id = ? AND site_id = ?")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rechecks.put(rs.getString(1), new Recheck(roundId, siteId, rs.getString(1), rs.getString(2), rs.getString(3),
                            LocalDate.parse(rs.getString(4))));
                }
            }
        }
        Optional<LocalDate> start = start(roundId);
        if (start.isEmpty()) {
            return rechecks;
        }
        List<String> earlier = ProblemRepository.raisedBeforeArgs(start.get());
        // Oldest first, so that where two open problems share a standard the newest one's note is shown.
        try (PreparedStatement ps = c.prepareStatement("SELECT p.standard_code, p.id, COALESCE(f.note, p.description), p.deadline FROM problem p"
                + " LEFT JOIN finding f ON f.id = p.finding_id"
                + " WHERE p.site_id = ? AND p.standard_code IS NOT NULL AND p.status <> 'CLOSED' AND " + ProblemRepository.raisedBefore("p")
                + " ORDER BY " + Chronological.by("p.raised_at"))) {
            ps.setString(1, siteId);
            ps.setString(2, earlier.get(0));
            ps.setString(3, earlier.get(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rechecks.put(rs.getString(1), new Recheck(roundId, siteId, rs.getString(1), rs.getString(2), rs.getString(3),
                            LocalDate.parse(rs.getString(4))));
                }
            }
        }
        return rechecks;
    }

    private Optional<LocalDate> start(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT start_date FROM evaluation_round WHERE id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }
}
