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
import org.civicinspect.model.Category;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SetSource;
import org.civicinspect.model.Standard;

/**
 * Indicator sets and their trees. Sets are only ever inserted: a stored version never changes, so the
 * scores of a round that pins it never change either.
 */
public final class IndicatorSetRepository {

    private static final String SET_COLUMNS =
            "id, name, version, source_file, source_sha256, imported_at, grade_a, grade_b, grade_c, grade_c_sharp, require_evidence";

    private final Connection c;

    IndicatorSetRepository(Connection c) {
        this.c = c;
    }

    public void insert(IndicatorSet set, IndicatorTree tree) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_set (" + SET_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            GradeCoefficients g = tree.grades();
            ps.setString(1, set.id());
            ps.setString(2, set.name());
            ps.setInt(3, set.version());
            ps.setString(4, set.source().fileName());
            ps.setString(5, set.source().sha256());
            ps.setString(6, set.importedAt().toString());
            ps.setString(7, g.a().toPlainString());
            ps.setString(8, g.b().toPlainString());
            ps.setString(9, g.c().toPlainString());
            ps.setString(10, g.cSharp().toPlainString());
            ps.setInt(11, tree.problemsNeedEvidence() ? 1 : 0);
            ps.executeUpdate();
        }
        Map<String, String> siteTypeIds = ensureSiteTypes(c, tree.siteTypes(), set.importedAt());
        try (PreparedStatement categories = c.prepareStatement(
                     "INSERT INTO category (id, set_id, code, name, sort_order) VALUES (?,?,?,?,?)");
             PreparedStatement indicators = c.prepareStatement(
                     "INSERT INTO indicator (id, category_id, code, name, sort_order) VALUES (?,?,?,?,?)");
             PreparedStatement standards = c.prepareStatement(
                     "INSERT INTO standard (id, set_id, indicator_id, code, standard_text, points, scoring_mode, deduction,"
                             + " observation_rule, negative_list, sort_order) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement methods = c.prepareStatement(
                     "INSERT INTO standard_method (standard_id, sort_order, method) VALUES (?,?,?)");
             PreparedStatement siteTypes = c.prepareStatement(
                     "INSERT INTO standard_site_type (standard_id, site_type_id, sort_order) VALUES (?,?,?)")) {
            int categoryOrder = 0;
            int standardOrder = 0;
            for (Category category : tree.categories()) {
                String categoryId = newId();
                bind(categories, categoryId, set.id(), category.code(), category.name(), categoryOrder++);
                categories.addBatch();
                int indicatorOrder = 0;
                for (Indicator indicator : category.indicators()) {
                    String indicatorId = newId();
                    bind(indicators, indicatorId, categoryId, indicator.code(), indicator.name(), indicatorOrder++);
                    indicators.addBatch();
                    for (Standard s : indicator.standards()) {
                        String standardId = newId();
                        bind(standards, standardId, set.id(), indicatorId, s.code(), s.text(), s.points().toPlainString(),
                                s.scoring().mode().name(),
                                s.scoring().deductionPerOccurrence() == null ? null : s.scoring().deductionPerOccurrence().toPlainString(),
                                s.observationRule(), s.negativeList() ? 1 : 0, standardOrder++);
                        standards.addBatch();
                        for (int m = 0; m < s.methods().size(); m++) {
                            bind(methods, standardId, m, s.methods().get(m));
                            methods.addBatch();
                        }
                        for (int t = 0; t < s.siteTypes().size(); t++) {
                            bind(siteTypes, standardId, siteTypeIds.get(s.siteTypes().get(t)), t);
                            siteTypes.addBatch();
                        }
                    }
                }
            }
            categories.executeBatch();
            indicators.executeBatch();
            standards.executeBatch();
            methods.executeBatch();
            siteTypes.executeBatch();
        }
    }

    private static Map<String, String> ensureSiteTypes(Connection c, List<String> names, Instant now) throws SQLException {
        Map<String, String> ids = new HashMap<>();
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM site_type WHERE name = ?");
             PreparedStatement add = c.prepareStatement("INSERT INTO site_type (id, name, created_at) VALUES (?,?,?)")) {
            for (String name : names) {
                find.setString(1, name);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        ids.put(name, rs.getString(1));
                        continue;
                    }
                }
                String id = newId();
                bind(add, id, name, now.toString());
                add.executeUpdate();
                ids.put(name, id);
            }
        }
        return ids;
    }

    /** The text of every standard's code in the library, as the set imported last gives it. */
    public Map<String, String> standardTexts() throws SQLException {
        Map<String, String> texts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.code, s.standard_text FROM standard s JOIN indicator_set i ON i.id = s.set_id"
                + " ORDER BY i.imported_at, i.name, i.version"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                texts.put(rs.getString(1), rs.getString(2));
            }
        }
        return texts;
    }

    public List<IndicatorSet> list() throws SQLException {
        return querySets(c, "SELECT " + SET_COLUMNS + " FROM indicator_set ORDER BY imported_at, name, version");
    }

    public Optional<IndicatorSet> find(String id) throws SQLException {
        return querySets(c, "SELECT " + SET_COLUMNS + " FROM indicator_set WHERE id = ?", id).stream().findFirst();
    }

    public Optional<IndicatorSet> findBySha256(String sha256) throws SQLException {
        return querySets(c, "SELECT " + SET_COLUMNS + " FROM indicator_set WHERE source_sha256 = ? ORDER BY version", sha256)
                .stream().findFirst();
    }

    public int nextVersion(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM indicator_set WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) + 1 : 1;
            }
        }
    }

    public List<String> siteTypes() throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM site_type ORDER BY created_at, name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    public IndicatorTree loadTree(String setId) throws SQLException {
        GradeCoefficients grades;
        boolean evidence;
        try (PreparedStatement ps = c.prepareStatement("SELECT grade_a, grade_b, grade_c, grade_c_sharp, require_evidence FROM indicator_set WHERE id = ?")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no indicator set " + setId);
                }
                grades = new GradeCoefficients(new BigDecimal(rs.getString(1)), new BigDecimal(rs.getString(2)),
                        new BigDecimal(rs.getString(3)), new BigDecimal(rs.getString(4)));
                evidence = rs.getInt(5) != 0;
            }
        }
        Map<String, List<String>> methods = listsByStandard(c,
                "SELECT m.standard_id, m.method FROM standard_method m JOIN standard s ON s.id = m.standard_id"
                        + " WHERE s.set_id = ? ORDER BY m.standard_id, m.sort_order", setId);
        Map<String, List<String>> siteTypes = listsByStandard(c,
                "SELECT l.standard_id, t.name FROM standard_site_type l JOIN standard s ON s.id = l.standard_id"
                        + " JOIN site_type t ON t.id = l.site_type_id WHERE s.set_id = ? ORDER BY l.standard_id, l.sort_order", setId);
        Map<String, List<Standard>> standardsByIndicator = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, indicator_id, code, standard_text, points, scoring_mode, deduction, observation_rule, negative_list"
                        + " FROM standard WHERE set_id = ? ORDER BY sort_order")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    ScoringMode mode = ScoringMode.valueOf(rs.getString(6));
                    String deduction = rs.getString(7);
                    ScoringRule rule = new ScoringRule(mode, deduction == null ? null : new BigDecimal(deduction));
                    Standard standard = new Standard(rs.getString(3), rs.getString(4), methods.getOrDefault(id, List.of()),
                            new BigDecimal(rs.getString(5)), rule, rs.getString(8), rs.getInt(9) != 0,
                            siteTypes.getOrDefault(id, List.of()));
                    standardsByIndicator.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(standard);
                }
            }
        }
        Map<String, List<Indicator>> indicatorsByCategory = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT i.id, i.category_id, i.code, i.name FROM indicator i JOIN category c ON c.id = i.category_id"
                        + " WHERE c.set_id = ? ORDER BY c.sort_order, i.sort_order")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    indicatorsByCategory.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Indicator(rs.getString(3), rs.getString(4), standardsByIndicator.getOrDefault(rs.getString(1), List.of())));
                }
            }
        }
        List<Category> categories = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name FROM category WHERE set_id = ? ORDER BY sort_order")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    categories.add(new Category(rs.getString(2), rs.getString(3), indicatorsByCategory.getOrDefault(rs.getString(1), List.of())));
                }
            }
        }
        return new IndicatorTree(categories, grades, evidence);
    }

    /** How many standards each site type has to check in a set. */
    public Map<String, Integer> checklistSizes(String setId) throws SQLException {
        Map<String, Integer> sizes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.name, COUNT(*) FROM standard_site_type l"
                + " JOIN standard s ON s.id = l.standard_id JOIN site_type t ON t.id = l.site_type_id WHERE s.set_id = ? GROUP BY t.name")) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sizes.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return sizes;
    }

    /** Counts of every table this repository writes, for checks that a failed import changed nothing. */
    public Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("indicator_set", "category", "indicator", "standard", "standard_method", "standard_site_type", "site_type")) {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                counts.put(table, rs.next() ? rs.getLong(1) : 0L);
            }
        }
        return counts;
    }

    private static Map<String, List<String>> listsByStandard(Connection c, String sql, String setId) throws SQLException {
        Map<String, List<String>> lists = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, setId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return lists;
    }

    private static List<IndicatorSet> querySets(Connection c, String sql, Object... args) throws SQLException {
        List<IndicatorSet> sets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sets.add(new IndicatorSet(rs.getString(1), rs.getString(2), rs.getInt(3),
                            new SetSource(rs.getString(4), rs.getString(5)), Instant.parse(rs.getString(6))));
                }
            }
        }
        return sets;
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
