package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.ProblemDispatch;
import org.civicinspect.model.ProblemReply;

/** 派单 (a problem sent to its unit in a batch) and the units' replies, waiting for 核查 or decided. */
public final class DispatchRepository {

    /** Between the sent texts of one dispatch: a character no cell text holds. */
    private static final String SEPARATOR = "\u001F";
    private static final String REPLY_COLUMNS = "id, problem_id, batch_id, unit_name, claimant, phone, measures, completed_on, photos,"
            + " received_at, received_by, state, reason, decided_at, decided_by";

    private final Connection c;

    DispatchRepository(Connection c) {
        this.c = c;
    }

    /**
     * Who this workspace is, for files sent out of it to be known again when they come back: the hash of its audit
     * log's first entry, which copies, backups and the move to a server keep, and no other workspace has.
     */
    public Optional<String> workspaceIdentity() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_entry WHERE seq = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    public void insert(ProblemDispatch d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem_dispatch (batch_id, problem_id, unit_name, dispatched_at, dispatched_by,"
                + " channel, sent_texts) VALUES (?,?,?,?,?,?,?)")) {
            ps.setString(1, d.batchId());
            ps.setString(2, d.problemId());
            ps.setString(3, d.unit());
            ps.setString(4, d.at().toString());
            ps.setString(5, d.by());
            ps.setString(6, d.channel());
            ps.setString(7, String.join(SEPARATOR, d.sentTexts()));
            ps.executeUpdate();
        }
    }

    /** The problems a batch sent, in the order they were sent. */
    public List<ProblemDispatch> batch(String batchId) throws SQLException {
        return dispatches("batch_id = ?", batchId);
    }

    /** Every time the problem was sent, oldest first. */
    public List<ProblemDispatch> ofProblem(String problemId) throws SQLException {
        return dispatches("problem_id = ?", problemId);
    }

    private List<ProblemDispatch> dispatches(String where, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT batch_id, problem_id, unit_name, dispatched_at, dispatched_by, channel, sent_texts"
                + " FROM problem_dispatch WHERE " + where + " ORDER BY dispatched_at, problem_id")) {
            ps.setString(1, arg);
            List<ProblemDispatch> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new ProblemDispatch(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)), rs.getString(5),
                            rs.getString(6), Arrays.asList(rs.getString(7).split(SEPARATOR, -1))));
                }
            }
            return found;
        }
    }

    public void insert(ProblemReply r) throws SQLException {
        // Writers take turns (Workspace#write), so the next number is free.
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem_reply (seq, " + REPLY_COLUMNS + ")"
                + " SELECT COALESCE(MAX(seq), 0) + 1, ?,?,?,?,?,?,?,?,?,?,?,?,?,?,? FROM problem_reply")) {
            ps.setString(1, r.id());
            ps.setString(2, r.problemId());
            ps.setString(3, r.batchId());
            ps.setString(4, r.unit());
            ps.setString(5, r.claimant());
            ps.setString(6, r.phone());
            ps.setString(7, r.measures());
            ps.setString(8, r.completedOn() == null ? null : r.completedOn().toString());
            ps.setString(9, String.join(",", r.photos()));
            ps.setString(10, r.receivedAt().toString());
            ps.setString(11, r.receivedBy());
            bindDecision(ps, 12, r);
            ps.executeUpdate();
        }
    }

    /** Writes where 核查 left the reply. */
    public void decide(ProblemReply r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE problem_reply SET state = ?, reason = ?, decided_at = ?, decided_by = ? WHERE id = ?")) {
            bindDecision(ps, 1, r);
            ps.setString(5, r.id());
            ps.executeUpdate();
        }
    }

    private static void bindDecision(PreparedStatement ps, int first, ProblemReply r) throws SQLException {
        ps.setString(first, r.state().name());
        ps.setString(first + 1, r.reason());
        ps.setString(first + 2, r.decidedAt() == null ? null : r.decidedAt().toString());
        ps.setString(first + 3, r.decidedBy());
    }

    /** The reply to a problem of a batch, if one was received. */
    public Optional<ProblemReply> reply(String batchId, String problemId) throws SQLException {
        return replies("batch_id = ? AND problem_id = ?", batchId, problemId).stream().findFirst();
    }

    /** Every reply to the problem, in the order they were received. */
    public List<ProblemReply> repliesTo(String problemId) throws SQLException {
        return replies("problem_id = ?", problemId);
    }

    /** The replies waiting for 核查, oldest first. */
    public List<ProblemReply> pending() throws SQLException {
        return replies("state = ?", ProblemReply.State.PENDING.name());
    }

    private List<ProblemReply> replies(String where, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + REPLY_COLUMNS + " FROM problem_reply WHERE " + where + " ORDER BY seq")) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            List<ProblemReply> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String completed = rs.getString(8);
                    String photos = rs.getString(9);
                    String decided = rs.getString(14);
                    found.add(new ProblemReply(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), completed == null ? null : LocalDate.parse(completed),
                            photos.isEmpty() ? List.of() : Arrays.asList(photos.split(",")), Instant.parse(rs.getString(10)), rs.getString(11),
                            ProblemReply.State.valueOf(rs.getString(12)), rs.getString(13), decided == null ? null : Instant.parse(decided),
                            rs.getString(15)));
                }
            }
            return found;
        }
    }
}
