package org.civicinspect.store;

import java.math.BigDecimal;
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
import java.util.UUID;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SetSource;

/**
 * Questionnaires (问卷) with their questions, options and indices. Like indicator sets they are only ever inserted: a
 * stored version never changes, so the rates of a round that pins it never change either.
 */
public final class QuestionnaireRepository {

    private static final String COLUMNS = "id, name, version, source_file, source_sha256, imported_at";
    /** Lists of codes are kept one a line: a code is one clean line of a cell, so it never holds a line break. */
    private static final String LIST_SEPARATOR = "\n";

    private final Connection c;

    QuestionnaireRepository(Connection c) {
        this.c = c;
    }

    public void insert(Questionnaire q) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO questionnaire (" + COLUMNS + ") VALUES (?,?,?,?,?,?)")) {
            bind(ps, q.id(), q.name(), q.version(), q.source().fileName(), q.source().sha256(), q.importedAt().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement indices = c.prepareStatement(
                     "INSERT INTO questionnaire_index (questionnaire_id, sort_order, name) VALUES (?,?,?)");
             PreparedStatement questions = c.prepareStatement(
                     "INSERT INTO question (id, questionnaire_id, sort_order, code, question_text, kind, screening, asked_when_question,"
                             + " asked_when_options, index_name, weight, standard_codes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement options = c.prepareStatement(
                     "INSERT INTO question_option (question_id, sort_order, code, option_text, positive, not_read_aloud, invalidates)"
                             + " VALUES (?,?,?,?,?,?,?)")) {
            for (int i = 0; i < q.indices().size(); i++) {
                bind(indices, q.id(), i, q.indices().get(i));
                indices.addBatch();
            }
            for (int i = 0; i < q.questions().size(); i++) {
                Question question = q.questions().get(i);
                String questionId = UUID.randomUUID().toString();
                AskedWhen when = question.askedWhen();
                bind(questions, questionId, q.id(), i, question.code(), question.text(), question.kind().name(), question.screening() ? 1 : 0,
                        when == null ? null : when.questionCode(), when == null ? null : String.join(LIST_SEPARATOR, when.optionCodes()),
                        question.index(), question.weight().toPlainString(), String.join(LIST_SEPARATOR, question.standardCodes()));
                questions.addBatch();
                for (int o = 0; o < question.options().size(); o++) {
                    QuestionOption option = question.options().get(o);
                    bind(options, questionId, o, option.code(), option.text(), option.positive() ? 1 : 0, option.notReadAloud() ? 1 : 0,
                            option.invalidates() ? 1 : 0);
                    options.addBatch();
                }
            }
            indices.executeBatch();
            questions.executeBatch();
            options.executeBatch();
        }
    }

    public Optional<Questionnaire> find(String id) throws SQLException {
        return load("WHERE id = ?", id).stream().findFirst();
    }

    public Optional<Questionnaire> findBySha256(String sha256) throws SQLException {
        return load("WHERE source_sha256 = ?", sha256).stream().findFirst();
    }

    /** Every stored version, oldest first, each whole: a workspace holds a handful, of a few dozen questions each. */
    public List<Questionnaire> list() throws SQLException {
        return load("", new Object[0]);
    }

    public int nextVersion(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM questionnaire WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) + 1 : 1;
            }
        }
    }

    /** Counts of every table this repository writes, for checks that a refused import changed nothing. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("questionnaire", "questionnaire_index", "question", "question_option")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0L);
            }
        }
        return counts;
    }

    /** The questionnaires the condition selects, in four queries whatever their number. */
    private List<Questionnaire> load(String where, Object... args) throws SQLException {
        String chosen = "SELECT id FROM questionnaire " + where;
        Map<String, List<String>> indices = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT questionnaire_id, name FROM questionnaire_index"
                + " WHERE questionnaire_id IN (" + chosen + ") ORDER BY questionnaire_id, sort_order")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indices.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, List<QuestionOption>> options = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.question_id, o.code, o.option_text, o.positive, o.not_read_aloud, o.invalidates"
                + " FROM question_option o JOIN question q ON q.id = o.question_id WHERE q.questionnaire_id IN (" + chosen + ")"
                + " ORDER BY o.question_id, o.sort_order")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    options.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new QuestionOption(rs.getString(2), rs.getString(3),
                            rs.getInt(4) != 0, rs.getInt(5) != 0, rs.getInt(6) != 0));
                }
            }
        }
        Map<String, List<Question>> questions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT questionnaire_id, id, code, question_text, kind, screening, asked_when_question,"
                + " asked_when_options, index_name, weight, standard_codes FROM question WHERE questionnaire_id IN (" + chosen + ")"
                + " ORDER BY questionnaire_id, sort_order")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String askedAfter = rs.getString(7);
                    AskedWhen when = askedAfter == null ? null : new AskedWhen(askedAfter, split(rs.getString(8)));
                    questions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Question(rs.getString(3), rs.getString(4),
                            QuestionKind.valueOf(rs.getString(5)), options.getOrDefault(rs.getString(2), List.of()), rs.getInt(6) != 0, when,
                            rs.getString(9), new BigDecimal(rs.getString(10)), split(rs.getString(11))));
                }
            }
        }
        List<Questionnaire> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM questionnaire " + where
                + " ORDER BY imported_at, name, version")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    found.add(new Questionnaire(id, rs.getString(2), rs.getInt(3), new SetSource(rs.getString(4), rs.getString(5)),
                            Instant.parse(rs.getString(6)), questions.getOrDefault(id, List.of()), indices.getOrDefault(id, List.of())));
                }
            }
        }
        return found;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
