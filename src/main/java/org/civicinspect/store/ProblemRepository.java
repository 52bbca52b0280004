package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemOrigin;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;

/** Problems (整改) and the steps of their history. */
public final class ProblemRepository {

    private static final String COLUMNS = "id, round_id, site_id, standard_code, finding_id, status, deadline, reopened, recurred_from,"
            + " raised_at, closed_at, closed_in_round, version, source, address, district, street, responsible_unit, description, raised_by";

    private static final String LISTED_IN_ROUND = listedBy("problem");

    /** Whether the problem row {@code alias} is listed by a round (its two parameters): raised in it, or its recheck in it failed. */
    static String listedBy(String alias) {
        return "(" + alias + ".round_id = ? OR " + alias + ".id IN"
                + " (SELECT problem_id FROM problem_step WHERE round_id = ? AND kind = 'RECHECK_FAILED'))";
    }

    private final Connection c;

    ProblemRepository(Connection c) {
        this.c = c;
    }

    public void insert(Problem p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?,?,?,?)")) {
            ps.setString(1, p.id());
            ps.setString(2, p.roundId());
            ps.setString(3, p.siteId());
            ps.setString(4, p.standardCode());
            ps.setString(5, p.findingId());
            bindState(ps, 6, p);
            ps.setString(10, p.raisedAt().toString());
            ps.setString(11, p.closedAt() == null ? null : p.closedAt().toString());
            ps.setString(12, p.closedInRound());
            ProblemOrigin o = p.origin();
            ps.setString(13, o.source().name());
            ps.setString(14, o.address());
            ps.setString(15, o.district());
            ps.setString(16, o.street());
            ps.setString(17, o.unit());
            ps.setString(18, o.description());
            ps.setString(19, o.raisedBy());
            ps.executeUpdate();
        }
    }

    /** Writes the problem's status, deadline, reopenings and closing, raising its version. */
    public void update(Problem p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE problem SET status = ?, deadline = ?, reopened = ?, recurred_from = ?,"
                + " closed_at = ?, closed_in_round = ?, version = version + 1 WHERE id = ?")) {
            bindState(ps, 1, p);
            ps.setString(5, p.closedAt() == null ? null : p.closedAt().toString());
            ps.setString(6, p.closedInRound());
            ps.setString(7, p.id());
            ps.executeUpdate();
        }
    }

    private static void bindState(PreparedStatement ps, int first, Problem p) throws SQLException {
        ps.setString(first, p.status().name());
        ps.setString(first + 1, p.deadline().toString());
        ps.setInt(first + 2, p.reopened());
        ps.setString(first + 3, p.recurredFrom());
    }

    public Optional<Problem> find(String id) throws SQLException {
        return query(c, "id = ?", id).stream().findFirst();
    }

    /** The problems raised in a round, by site and standard. */
    public List<Problem> ofRound(String roundId) throws SQLException {
        return query(c, "round_id = ? ORDER BY site_id, standard_code", roundId);
    }

    /** Every problem, oldest first. */
    public List<Problem> all() throws SQLException {
        return query(c, "1 = 1 ORDER BY " + Chronological.by("raised_at") + ", site_id, standard_code, id");
    }

    /**
     * Whether the problem row {@code alias} was raised before a round that starts on a day (the two parameters
     * {@link #raisedBeforeArgs} gives): in a round that started earlier, or, from another source, on an earlier day.
     */
    static String raisedBefore(String alias) {
        return "(" + alias + ".round_id IN (SELECT id FROM evaluation_round WHERE start_date < ?) OR (" + alias + ".round_id IS NULL AND "
                + Chronological.by(alias + ".raised_at") + " < ?))";
    }

    /** The parameters of {@link #raisedBefore} for a round starting on {@code start}. */
    static List<String> raisedBeforeArgs(LocalDate start) {
        return List.of(start.toString(), Chronological.startOf(start));
    }

    /**
     * The problems of a site and standard raised before a round that starts on {@code before}, newest first: those the
     * round rechecks, and those it finds again. They are an earlier round's, or from another source raised on an
     * earlier day.
     */
    public List<Problem> earlier(String siteId, String standardCode, LocalDate before) throws SQLException {
        List<String> bound = raisedBeforeArgs(before);
        return query(c, "site_id = ? AND standard_code = ? AND " + raisedBefore("problem") + " ORDER BY " + Chronological.by("raised_at")
                + " DESC", siteId, standardCode, bound.get(0), bound.get(1));
    }

    /** Problems whose id starts so (at least four characters). */
    public List<Problem> byPrefix(String prefix) throws SQLException {
        return prefix.length() < 4 ? List.of() : query(c, "id LIKE ?" + LikePattern.ESCAPE, LikePattern.startingWith(prefix));
    }

    /** Records a step taken by hand. */
    public void step(ProblemStep step) throws SQLException {
        step(step, null);
    }

    /** Records a step; {@code roundId} names the round whose review took it (立案, 复发, 复查), null for a step by hand. */
    public void step(ProblemStep step, String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem_step (problem_id, at, actor, kind, from_status, to_status, note,"
                + " photos, deadline_before, deadline_after, round_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, step.problemId());
            ps.setString(2, step.at().toString());
            ps.setString(3, step.actor());
            ps.setString(4, step.kind());
            ps.setString(5, step.from() == null ? null : step.from().name());
            ps.setString(6, step.to() == null ? null : step.to().name());
            ps.setString(7, step.note());
            ps.setString(8, String.join(",", step.photos()));
            ps.setString(9, step.deadlineBefore() == null ? null : step.deadlineBefore().toString());
            ps.setString(10, step.deadlineAfter() == null ? null : step.deadlineAfter().toString());
            ps.setString(11, roundId);
            ps.executeUpdate();
        }
    }

    public List<ProblemStep> steps(String problemId) throws SQLException {
        return recorded("problem_id = ?", problemId).stream().map(Recorded::step).toList();
    }

    /** A step with its place in the order of all steps and the round whose review took it (null for a step by hand). */
    public record Recorded(long seq, String roundId, ProblemStep step) {
    }

    /** Every step of every problem, in the order they were taken. */
    public List<Recorded> allSteps() throws SQLException {
        return recorded("1 = 1");
    }

    /** Every step of one kind, in the order they were taken. */
    public List<ProblemStep> stepsOfKind(String kind) throws SQLException {
        return recorded("kind = ?", kind).stream().map(Recorded::step).toList();
    }

    /** The problems a round's 问题清单 lists: those it raised, and earlier ones whose recheck in it failed. */
    public List<Problem> listedInRound(String roundId) throws SQLException {
        return query(c, LISTED_IN_ROUND + " ORDER BY site_id, standard_code", roundId, roundId);
    }

    /** The sites of the problems {@link #listedInRound} gives. */
    public Set<String> sitesListedInRound(String roundId) throws SQLException {
        Set<String> sites = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT site_id FROM problem WHERE " + LISTED_IN_ROUND)) {
            ps.setString(1, roundId);
            ps.setString(2, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sites.add(rs.getString(1));
                }
            }
        }
        return sites;
    }

    private List<Recorded> recorded(String where, String... args) throws SQLException {
        List<Recorded> steps = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT problem_id, at, actor, kind, from_status, to_status, note, photos,"
                + " deadline_before, deadline_after, seq, round_id FROM problem_step WHERE " + where + " ORDER BY seq")) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String photos = rs.getString(8);
                    steps.add(new Recorded(rs.getLong(11), rs.getString(12), new ProblemStep(rs.getString(1), Instant.parse(rs.getString(2)),
                            rs.getString(3), rs.getString(4), status(rs.getString(5)), status(rs.getString(6)), rs.getString(7),
                            photos.isEmpty() ? List.of() : Arrays.asList(photos.split(",")), date(rs.getString(9)), date(rs.getString(10)))));
                }
            }
        }
        return steps;
    }

    private static List<Problem> query(Connection c, String where, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM problem WHERE " + where)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            return read(ps, new Parsed());
        }
    }

    /** The problems of one approval share their raising time and mostly their deadline: each text is parsed once. */
    private static final class Parsed {
        final Map<String, LocalDate> deadlines = new HashMap<>();
        final Map<String, Instant> times = new HashMap<>();
    }

    private static List<Problem> read(PreparedStatement ps, Parsed parsed) throws SQLException {
        List<Problem> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String closed = rs.getString(11);
                found.add(new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        ProblemStatus.valueOf(rs.getString(6)), parsed.deadlines.computeIfAbsent(rs.getString(7), LocalDate::parse), rs.getInt(8),
                        rs.getString(9), parsed.times.computeIfAbsent(rs.getString(10), Instant::parse),
                        closed == null ? null : Instant.parse(closed), rs.getString(12), rs.getInt(13),
                        new ProblemOrigin(ProblemSource.valueOf(rs.getString(14)), rs.getString(15), rs.getString(16), rs.getString(17),
                                rs.getString(18), rs.getString(19), rs.getString(20))));
            }
        }
        return found;
    }

    private static ProblemStatus status(String name) {
        return name == null ? null : ProblemStatus.valueOf(name);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
