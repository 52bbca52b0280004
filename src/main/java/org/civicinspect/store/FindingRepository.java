package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AnswerKind;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;

/** Findings of inspections, with the photos linked to each. */
public final class FindingRepository {

    private static final String COLUMNS = "id, round_id, site_id, standard_code, answer_kind, grade, answer_count, note, answered_by,"
            + " answered_at, version";

    private final Connection c;
    private final Engine engine;

    FindingRepository(Connection c, Engine engine) {
        this.c = c;
        this.engine = engine;
    }

    public Optional<Finding> find(String roundId, String siteId, String standardCode) throws SQLException {
        List<Finding> found = query(c, "round_id = ? AND site_id = ? AND standard_code = ?", "",
                roundId, siteId, standardCode);
        return found.stream().findFirst();
    }

    public List<Finding> ofInspection(String roundId, String siteId) throws SQLException {
        return query(c, "round_id = ? AND site_id = ?", " ORDER BY standard_code", roundId, siteId);
    }

    public List<Finding> ofRound(String roundId) throws SQLException {
        return query(c, "round_id = ?", " ORDER BY site_id, standard_code", roundId);
    }

    /** Every finding answered in this workspace rather than taken from a team's result package, in a stable order. */
    public List<Finding> answeredHere() throws SQLException {
        return query(c, "source_team IS NULL", " ORDER BY round_id, site_id, standard_code");
    }

    /** A finding as reports list it: where, which standard, the answer, its note and photos. */
    public record Noted(String siteId, String standardCode, Answer answer, String note, List<String> photos) {
    }

    /**
     * Hands the round's findings as reports list them to {@code each}, one at a time, site by site in the order of
     * {@code sitesInOrder} and by standard code within a site. Each site's findings come from one index lookup, so
     * the first rows arrive at once and a long list is never held or sorted, in memory or by the database.
     */
    public void forEachNotedBySite(String roundId, List<String> sitesInOrder, NotedConsumer each) throws SQLException {
        Map<String, List<String>> photos = photos(c, "round_id = ?", roundId);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, standard_code, answer_kind, grade, answer_count, note FROM finding"
                + " WHERE round_id = ? AND site_id = ? ORDER BY standard_code")) {
            ps.setString(1, roundId);
            for (String siteId : sitesInOrder) {
                ps.setString(2, siteId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Answer answer = answerAt(rs, 3);
                        List<String> linked = photos.isEmpty() ? List.of() : photos.getOrDefault(rs.getString(1), List.of());
                        each.accept(new Noted(siteId, rs.getString(2), answer, rs.getString(6), linked));
                    }
                }
            }
        }
    }

    /** Takes one listed finding; may stop the walk by throwing. */
    @FunctionalInterface
    public interface NotedConsumer {
        void accept(Noted noted) throws SQLException;
    }

    /** What the 问题清单 prints of the problem a round lists at a place: its status, deadline, failed rechecks and 复发. */
    public record ListedProblem(String id, ProblemStatus status, LocalDate deadline, int reopened, boolean recurred, ProblemSource source) {
    }

    /** A finding as the 问题清单 lists it, with the problem the round lists at its place, or null when there is none. */
    public record Listed(Noted finding, ListedProblem problem) {
    }

    /** Takes one finding of the 问题清单; may stop the walk by throwing. */
    @FunctionalInterface
    public interface ListedConsumer {
        void accept(Listed listed) throws SQLException;
    }

    /**
     * Hands the round's findings to {@code each} as {@link #forEachNotedBySite} does, each with the problem the round
     * lists at its place ({@link ProblemRepository#listedInRound}), read in the same lookup: one statement for both,
     * and only the columns the list prints. Where the round lists more than one problem at a place, the one raised last is
     * given (the greater id when raised at the same moment).
     */
    public void forEachListedBySite(String roundId, List<String> sitesInOrder, ListedConsumer each) throws SQLException {
        Map<String, List<String>> photos = photos(c, "round_id = ?", roundId);
        Map<String, LocalDate> deadlines = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.standard_code, f.answer_kind, f.grade, f.answer_count, f.note,"
                + " p.id, p.status, p.deadline, p.reopened, CASE WHEN p.recurred_from IS NULL THEN 0 ELSE 1 END, p.source"
                + " FROM finding f LEFT JOIN problem p ON p.site_id = f.site_id AND p.standard_code = f.standard_code AND "
                + ProblemRepository.listedBy("p") + " WHERE f.round_id = ? AND f.site_id = ? ORDER BY f.standard_code, p.raised_at, p.id")) {
            ps.setString(1, roundId);
            ps.setString(2, roundId);
            ps.setString(3, roundId);
            for (String siteId : sitesInOrder) {
                ps.setString(4, siteId);
                Listed last = null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String standardCode = rs.getString(2);
                        if (last != null && !last.finding().standardCode().equals(standardCode)) {
                            each.accept(last);
                        }
                        Answer answer = answerAt(rs, 3);
                        List<String> linked = photos.isEmpty() ? List.of() : photos.getOrDefault(rs.getString(1), List.of());
                        String problemId = rs.getString(7);
                        ListedProblem problem = problemId == null ? null : new ListedProblem(problemId, ProblemStatus.valueOf(rs.getString(8)),
                                deadlines.computeIfAbsent(rs.getString(9), LocalDate::parse), rs.getInt(10), rs.getInt(11) == 1,
                                ProblemSource.valueOf(rs.getString(12)));
                        last = new Listed(new Noted(siteId, standardCode, answer, rs.getString(6), linked), problem);
                    }
                }
                if (last != null) {
                    each.accept(last);
                }
            }
        }
    }

    /** The answer in three columns from {@code kindColumn}: its kind, grade and count. */
    static Answer answerAt(ResultSet rs, int kindColumn) throws SQLException {
        String grade = rs.getString(kindColumn + 1);
        Integer count = rs.getObject(kindColumn + 2) == null ? null : rs.getInt(kindColumn + 2);
        return new Answer(AnswerKind.valueOf(rs.getString(kindColumn)), grade == null ? null : Grade.valueOf(grade), count);
    }

    /** When each site's latest answer of the round was recorded, by site id. */
    public Map<String, Instant> lastAnsweredOfRound(String roundId) throws SQLException {
        Map<String, Instant> last = new HashMap<>();
        // The latest is picked by the database, so only one time per site is parsed, not one per finding.
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id, MAX(" + Chronological.by("answered_at") + ") FROM finding"
                + " WHERE round_id = ? GROUP BY site_id")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last.put(rs.getString(1), Instant.parse(rs.getString(2) + "Z"));
                }
            }
        }
        return last;
    }

    /** How many answers each site of the round has, by site id; sites without an answer are left out. */
    public Map<String, Integer> countsBySiteOfRound(String roundId) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT site_id, COUNT(*) FROM finding WHERE round_id = ? GROUP BY site_id")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    public long countOfRound(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM finding WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * What tells one state of a round's findings from another without reading them: a finding added, removed (its
     * row number leaves the sum) or saved again (its version goes up) changes it.
     */
    public record RoundStamp(long findings, long rowNumbers, long versions, String lastAnswered) {
    }

    public RoundStamp stampOfRound(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), " + engine.rowIdentitySum() + ", SUM(version), MAX(answered_at) FROM finding WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new RoundStamp(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4));
            }
        }
    }

    /**
     * The answers of a round by site id and standard code, and nothing else of the findings: what scoring needs,
     * read in one pass.
     */
    public Map<String, Map<String, Answer>> answersOfRound(String roundId) throws SQLException {
        Map<String, Map<String, Answer>> bySite = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT site_id, standard_code, answer_kind, grade, answer_count FROM finding WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Answer answer = answerAt(rs, 3);
                    bySite.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), answer);
                }
            }
        }
        return bySite;
    }

    /** Writes the finding as given: a new row for version 1, else the row with the same id. */
    public void save(Finding f) throws SQLException {
        String sql = f.version() == 1
                ? "INSERT INTO finding (answer_kind, grade, answer_count, note, answered_by, answered_at, version, id, round_id, site_id,"
                        + " standard_code) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
                : "UPDATE finding SET answer_kind = ?, grade = ?, answer_count = ?, note = ?, answered_by = ?, answered_at = ?, version = ?"
                        + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, f.answer().kind().name());
            ps.setString(2, f.answer().grade() == null ? null : f.answer().grade().name());
            if (f.answer().count() == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setInt(3, f.answer().count());
            }
            ps.setString(4, f.note());
            ps.setString(5, f.answeredBy());
            ps.setString(6, f.answeredAt().toString());
            ps.setInt(7, f.version());
            ps.setString(8, f.id());
            if (f.version() == 1) {
                ps.setString(9, f.roundId());
                ps.setString(10, f.siteId());
                ps.setString(11, f.standardCode());
            }
            if (ps.executeUpdate() != 1) {
                throw new SQLException("finding " + f.id() + " was not written");
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM finding_photo WHERE finding_id = ?")) {
            delete.setString(1, f.id());
            delete.executeUpdate();
        }
        if (f.photos().isEmpty()) {
            return;
        }
        try (PreparedStatement link = c.prepareStatement("INSERT INTO finding_photo (finding_id, sha256, sort_order) VALUES (?,?,?)")) {
            for (int i = 0; i < f.photos().size(); i++) {
                link.setString(1, f.id());
                link.setString(2, f.photos().get(i));
                link.setInt(3, i);
                link.addBatch();
            }
            link.executeBatch();
        }
    }

    /** Removes a finding and its photo links (the photos themselves stay in the store). */
    public void delete(String findingId) throws SQLException {
        for (String sql : new String[] {"DELETE FROM finding_photo WHERE finding_id = ?", "DELETE FROM finding WHERE id = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, findingId);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Makes each finding the one shown for its place (round, site, standard), replacing whatever finding was shown
     * there before, with its photo links: what a merge does, in batches.
     */
    public void show(List<Candidate> shown) throws SQLException {
        show(shown, true);
    }

    /** As {@link #show(Connection, List)}; when none of the places has a finding yet, {@code replacing} false skips looking. */
    public void show(List<Candidate> shown, boolean replacing) throws SQLException {
        if (shown.isEmpty()) {
            return;
        }
        try (PreparedStatement unlink = c.prepareStatement("DELETE FROM finding_photo WHERE finding_id IN"
                + " (SELECT id FROM finding WHERE round_id = ? AND site_id = ? AND standard_code = ?)");
             PreparedStatement delete = c.prepareStatement("DELETE FROM finding WHERE round_id = ? AND site_id = ? AND standard_code = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO finding (answer_kind, grade, answer_count, note, answered_by, answered_at,"
                     + " version, id, round_id, site_id, standard_code, source_team) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement link = c.prepareStatement("INSERT INTO finding_photo (finding_id, sha256, sort_order) VALUES (?,?,?)")) {
            for (Candidate candidate : shown) {
                Finding f = candidate.finding();
                for (PreparedStatement ps : replacing ? List.of(unlink, delete) : List.<PreparedStatement>of()) {
                    ps.setString(1, f.roundId());
                    ps.setString(2, f.siteId());
                    ps.setString(3, f.standardCode());
                    ps.addBatch();
                }
                insert.setString(1, f.answer().kind().name());
                insert.setString(2, f.answer().grade() == null ? null : f.answer().grade().name());
                if (f.answer().count() == null) {
                    insert.setNull(3, Types.INTEGER);
                } else {
                    insert.setInt(3, f.answer().count());
                }
                insert.setString(4, f.note());
                insert.setString(5, f.answeredBy());
                insert.setString(6, f.answeredAt().toString());
                insert.setInt(7, f.version());
                insert.setString(8, f.id());
                insert.setString(9, f.roundId());
                insert.setString(10, f.siteId());
                insert.setString(11, f.standardCode());
                insert.setString(12, candidate.teamId());
                insert.addBatch();
                for (int i = 0; i < f.photos().size(); i++) {
                    link.setString(1, f.id());
                    link.setString(2, f.photos().get(i));
                    link.setInt(3, i);
                    link.addBatch();
                }
            }
            if (replacing) {
                unlink.executeBatch();
                delete.executeBatch();
            }
            insert.executeBatch();
            link.executeBatch();
        }
    }

    /**
     * The findings shown at these sites of the round, each with its photos and the team whose package brought it (null
     * for an answer made here), two statements for all the sites.
     */
    public List<Candidate> shownAt(String roundId, Collection<String> siteIds) throws SQLException {
        Map<String, List<String>> photos = new HashMap<>();
        RowsOfSites.each(c, "SELECT p.finding_id, p.sha256 FROM finding_photo p JOIN finding ON finding.id = p.finding_id"
                + " WHERE round_id = ? AND site_id = ? ORDER BY p.finding_id, p.sort_order", roundId, siteIds,
                (siteId, rs) -> photos.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        List<Candidate> shown = new ArrayList<>();
        RowsOfSites.each(c, "SELECT " + COLUMNS + ", source_team FROM finding WHERE round_id = ? AND site_id = ?", roundId, siteIds,
                (siteId, rs) -> shown.add(new Candidate(finding(rs, photos), rs.getString(12))));
        return shown;
    }

    /** The team each finding shown at the site came from, by standard code; answers made here have none. */
    public Map<String, String> sourceTeams(String roundId, String siteId) throws SQLException {
        Map<String, String> teams = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT standard_code, source_team FROM finding WHERE round_id = ? AND site_id = ?"
                + " AND source_team IS NOT NULL")) {
            ps.setString(1, roundId);
            ps.setString(2, siteId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    teams.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return teams;
    }

    /** The findings {@code where} selects, in {@code order}, each with its photos. */
    private static List<Finding> query(Connection c, String where, String order, Object... args) throws SQLException {
        Map<String, List<String>> photos = photos(c, where, args);
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM finding WHERE " + where + order)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.add(finding(rs, photos));
                }
            }
        }
        return findings;
    }

    /** The finding of the row, its columns in the order of {@link #COLUMNS}. */
    private static Finding finding(ResultSet rs, Map<String, List<String>> photos) throws SQLException {
        Answer answer = answerAt(rs, 5);
        String id = rs.getString(1);
        return new Finding(id, rs.getString(2), rs.getString(3), rs.getString(4), answer, rs.getString(8), photos.getOrDefault(id, List.of()),
                rs.getString(9), Instant.parse(rs.getString(10)), rs.getInt(11));
    }

    /** The photos of the findings the query selects, by finding id, read in one pass. */
    private static Map<String, List<String>> photos(Connection c, String where, Object... args) throws SQLException {
        Map<String, List<String>> photos = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.finding_id, p.sha256 FROM finding_photo p JOIN finding ON finding.id = p.finding_id"
                + " WHERE " + where + " ORDER BY p.finding_id, p.sort_order")) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    photos.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return photos;
    }
}
