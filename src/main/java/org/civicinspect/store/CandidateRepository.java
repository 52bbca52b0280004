package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;

/** The answers merges received: the newest version of each finding lineage, kept whether or not it is the one shown. */
public final class CandidateRepository {

    private static final String COLUMNS = "finding_id, round_id, site_id, standard_code, team_id, answer_kind, grade, answer_count, note,"
            + " photos, answered_by, answered_at, version";
    private static final String QUALIFIED = java.util.Arrays.stream(COLUMNS.split(",\\s*")).map(column -> "fc." + column)
            .collect(java.util.stream.Collectors.joining(", "));
    private static final String UPDATE_ALL = java.util.Arrays.stream(COLUMNS.split(",\\s*")).skip(1)
            .map(column -> column + " = excluded." + column).collect(java.util.stream.Collectors.joining(", "));

    private final Connection c;

    CandidateRepository(Connection c) {
        this.c = c;
    }

    /** The candidates of the round's sites, by {@link #key}. */
    public Map<String, List<Candidate>> ofSites(String roundId, Collection<String> siteIds) throws SQLException {
        Map<String, List<Candidate>> byKey = new HashMap<>();
        RowsOfSites.each(c, "SELECT " + COLUMNS + " FROM finding_candidate WHERE round_id = ? AND site_id = ?", roundId, siteIds, (siteId, rs) -> {
            Candidate candidate = candidate(rs);
            byKey.computeIfAbsent(key(candidate.finding()), k -> new ArrayList<>()).add(candidate);
        });
        return byKey;
    }

    /**
     * The answers received for one standard of a site, by the name of the team that sent them, the office's own last:
     * the same answers come in the same order in every workspace, whatever identifiers it gave them.
     */
    public List<Candidate> ofKey(String roundId, String siteId, String standardCode) throws SQLException {
        List<Candidate> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + QUALIFIED + " FROM finding_candidate fc LEFT JOIN team t ON t.id = fc.team_id"
                + " WHERE fc.round_id = ? AND fc.site_id = ? AND fc.standard_code = ?"
                + " ORDER BY CASE WHEN t.name IS NULL THEN 1 ELSE 0 END, t.name, fc.finding_id")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            ps.setString(3, standardCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(candidate(rs));
                }
            }
        }
        return found;
    }

    /** Writes the candidates, replacing any stored row of the same lineage. */
    public void put(List<Candidate> candidates) throws SQLException {
        if (candidates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding_candidate (" + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (finding_id) DO UPDATE SET " + UPDATE_ALL)) {
            for (Candidate candidate : candidates) {
                Finding f = candidate.finding();
                ps.setString(1, f.id());
                ps.setString(2, f.roundId());
                ps.setString(3, f.siteId());
                ps.setString(4, f.standardCode());
                ps.setString(5, candidate.teamId());
                ps.setString(6, f.answer().kind().name());
                ps.setString(7, f.answer().grade() == null ? null : f.answer().grade().name());
                if (f.answer().count() == null) {
                    ps.setNull(8, Types.INTEGER);
                } else {
                    ps.setInt(8, f.answer().count());
                }
                ps.setString(9, f.note());
                ps.setString(10, String.join(",", f.photos()));
                ps.setString(11, f.answeredBy());
                ps.setString(12, f.answeredAt().toString());
                ps.setInt(13, f.version());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** What identifies a finding's place: round, site and standard. */
    public static String key(Finding f) {
        return key(f.roundId(), f.siteId(), f.standardCode());
    }

    public static String key(String roundId, String siteId, String standardCode) {
        return roundId + "\u0000" + siteId + "\u0000" + standardCode;
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        Answer answer = FindingRepository.answerAt(rs, 6);
        String photos = rs.getString(10);
        Finding f = new Finding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), answer, rs.getString(9),
                photos.isEmpty() ? List.of() : Arrays.asList(photos.split(",")), rs.getString(11), Instant.parse(rs.getString(12)),
                rs.getInt(13));
        return new Candidate(f, rs.getString(5));
    }
}
