package org.civicinspect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;

/**
 * The survey's interviews (访问) with their answers, and the questionnaire version each round pins. An interview is
 * named within its round by its 访问编号; saving it again replaces it whole and raises its version.
 */
public final class InterviewRepository {

    private static final String COLUMNS = "id, round_id, questionnaire_id, interviewer, district, method, started_at, ended_at, abandoned,"
            + " version";

    private final Connection c;

    InterviewRepository(Connection c) {
        this.c = c;
    }

    /** The questionnaire version the round uses, if it has been pinned. */
    public Optional<String> pinnedQuestionnaire(String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT questionnaire_id FROM round_questionnaire WHERE round_id = ?")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void pin(String roundId, String questionnaireId, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE round_questionnaire SET questionnaire_id = ?, pinned_at = ? WHERE round_id = ?")) {
            bind(update, questionnaireId, now.toString(), roundId);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO round_questionnaire (round_id, questionnaire_id, pinned_at) VALUES (?,?,?)")) {
            bind(insert, roundId, questionnaireId, now.toString());
            insert.executeUpdate();
        }
    }

    /** The questionnaire versions the round's interviews answer. */
    public List<String> questionnairesAnswered(String roundId) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT questionnaire_id FROM interview WHERE round_id = ? ORDER BY questionnaire_id")) {
            ps.setString(1, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Saves the interview whole: inserted as version 1, or replacing the stored one of the same round and 访问编号 (its
     * answers included) as the next version. Returns it as stored, with that version.
     */
    public Interview save(Interview interview, Instant recordedAt) throws SQLException {
        Optional<Stored> stored = stored(interview.roundId(), interview.id());
        int version = stored.map(v -> v.version() + 1).orElse(1);
        write(interview, version, stored.flatMap(Stored::teamId).orElse(null), stored.isEmpty(), recordedAt);
        return withVersion(interview, version);
    }

    /** How a stored interview came: the team whose laptop recorded it (empty: recorded in this workspace) and its version. */
    public record Stored(Optional<String> teamId, int version) {
    }

    public Optional<Stored> stored(String roundId, String interviewId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT team_id, version FROM interview WHERE round_id = ? AND id = ?")) {
            bind(ps, roundId, interviewId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(Optional.ofNullable(rs.getString(1)), rs.getInt(2))) : Optional.empty();
            }
        }
    }

    /**
     * Saves an interview as the laptop of team {@code teamId} sent it: whole, answers included, with the version it has
     * there, in place of what is stored under its 访问编号.
     */
    public void saveReceived(Interview interview, String teamId, Instant recordedAt) throws SQLException {
        write(interview, interview.version(), teamId, stored(interview.roundId(), interview.id()).isEmpty(), recordedAt);
    }

    /** The round's interviews recorded in this workspace itself, not taken in from a laptop, in the order of their 访问编号. */
    public List<Interview> recordedHere(String roundId) throws SQLException {
        return load(roundId, null, true);
    }

    private void write(Interview interview, int version, String teamId, boolean insert, Instant recordedAt) throws SQLException {
        String sql = insert
                ? "INSERT INTO interview (questionnaire_id, interviewer, district, method, started_at, ended_at, abandoned, version, recorded_at,"
                        + " team_id, round_id, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                : "UPDATE interview SET questionnaire_id = ?, interviewer = ?, district = ?, method = ?, started_at = ?, ended_at = ?,"
                        + " abandoned = ?, version = ?, recorded_at = ?, team_id = ? WHERE round_id = ? AND id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, interview.questionnaireId(), interview.interviewer(), interview.district(), interview.method().name(),
                    text(interview.startedAt()), text(interview.endedAt()), interview.abandoned() ? 1 : 0, version, recordedAt.toString(),
                    teamId, interview.roundId(), interview.id());
            ps.executeUpdate();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM interview_answer WHERE round_id = ? AND interview_id = ?")) {
            bind(delete, interview.roundId(), interview.id());
            delete.executeUpdate();
        }
        try (PreparedStatement insertAnswers = insertAnswer()) {
            for (Map.Entry<String, List<String>> answer : interview.answers().entrySet()) {
                addAnswer(insertAnswers, interview.roundId(), interview.id(), answer.getKey(), answer.getValue());
            }
            insertAnswers.executeBatch();
        }
    }

    /**
     * Puts one question's answer (the options chosen, or the one value said; none removes it) into a stored interview
     * and raises its version: what the keyboard screen does for each answer given. False when there is no such interview.
     */
    public boolean putAnswer(String roundId, String interviewId, String questionCode, List<String> values, Instant recordedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE interview SET version = version + 1, recorded_at = ? WHERE round_id = ? AND id = ?")) {
            bind(ps, recordedAt.toString(), roundId, interviewId);
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM interview_answer WHERE round_id = ? AND interview_id = ? AND question_code = ?")) {
            bind(delete, roundId, interviewId, questionCode);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = insertAnswer()) {
            addAnswer(insert, roundId, interviewId, questionCode, values);
            insert.executeBatch();
        }
        return true;
    }

    public Optional<Interview> find(String roundId, String interviewId) throws SQLException {
        return load(roundId, interviewId, false).stream().findFirst();
    }

    /** The round's interviews in the order of their 访问编号, each with its answers. */
    public List<Interview> ofRound(String roundId) throws SQLException {
        return load(roundId, null, false);
    }

    /** Counts of every table this repository writes, for checks that a refused import changed nothing. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("round_questionnaire", "interview", "interview_answer")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0L);
            }
        }
        return counts;
    }

    /**
     * The round's interviews, or the one of them named (when {@code interviewId} is given), or only those recorded here,
     * in two queries. A round holds tens of thousands of interviews of some forty answers each, so each interview is made
     * as soon as its answers are read, and the question codes and option codes it shares with the others are kept once.
     */
    private List<Interview> load(String roundId, String interviewId, boolean onlyRecordedHere) throws SQLException {
        Object[] args = interviewId == null ? new Object[] {roundId} : new Object[] {roundId, interviewId};
        Map<String, Interview> heads = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM interview WHERE round_id = ?"
                + (interviewId == null ? "" : " AND id = ?") + (onlyRecordedHere ? " AND team_id IS NULL" : "") + " ORDER BY id")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    heads.put(id, new Interview(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            InterviewMethod.valueOf(rs.getString(6)), instant(rs.getString(7)), instant(rs.getString(8)), rs.getInt(9) != 0,
                            Map.of(), rs.getInt(10)));
                }
            }
        }
        Map<String, String> shared = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT interview_id, question_code, answer_value FROM interview_answer WHERE round_id = ?"
                + (interviewId == null ? "" : " AND interview_id = ?") + " ORDER BY interview_id, question_code, sort_order")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                String current = null;
                Map<String, List<String>> answers = new LinkedHashMap<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(current)) {
                        withAnswers(heads, current, answers);
                        current = id;
                        answers = new LinkedHashMap<>();
                    }
                    String value = shared.computeIfAbsent(rs.getString(3), v -> v);
                    answers.merge(shared.computeIfAbsent(rs.getString(2), q -> q), List.of(value), InterviewRepository::joined);
                }
                withAnswers(heads, current, answers);
            }
        }
        return new ArrayList<>(heads.values());
    }

    private static void withAnswers(Map<String, Interview> heads, String interviewId, Map<String, List<String>> answers) {
        Interview i = interviewId == null ? null : heads.get(interviewId);
        if (i != null) {
            heads.put(interviewId, new Interview(i.id(), i.roundId(), i.questionnaireId(), i.interviewer(), i.district(), i.method(),
                    i.startedAt(), i.endedAt(), i.abandoned(), answers, i.version()));
        }
    }

    private static List<String> joined(List<String> earlier, List<String> next) {
        List<String> all = new ArrayList<>(earlier);
        all.addAll(next);
        return all;
    }

    private PreparedStatement insertAnswer() throws SQLException {
        return c.prepareStatement("INSERT INTO interview_answer (round_id, interview_id, question_code, sort_order, answer_value) VALUES (?,?,?,?,?)");
    }

    private static void addAnswer(PreparedStatement insert, String roundId, String interviewId, String questionCode, List<String> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            bind(insert, roundId, interviewId, questionCode, i, values.get(i));
            insert.addBatch();
        }
    }

    private static Interview withVersion(Interview i, int version) {
        return new Interview(i.id(), i.roundId(), i.questionnaireId(), i.interviewer(), i.district(), i.method(), i.startedAt(), i.endedAt(),
                i.abandoned(), i.answers(), version);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
