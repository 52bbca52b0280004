package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Progress;
import org.civicinspect.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale group's workspaces hold what their figures are named after, built here at a tiny size. */
class ScaleBenchmarksTest {

    /** A failing answer as the builder writes one: 不符合, grade C, or two occurrences. */
    private static final String FAILS = "(answer_kind = 'NOT_MET' OR grade = 'C' OR answer_count = 2)";

    @TempDir Path folder;

    @Test
    void theBigRoundIsEverySiteApprovedWithEachStandardOfItsChecklistAnsweredOnceAndEachFailureAProblem() throws Exception {
        ScaleBenchmarks big = ScaleBenchmarks.bigRound(folder, 30, 40, Progress.NONE);
        big.close();

        Workspace workspace = Workspace.open(folder);
        try (Connection c = workspace.connect()) {
            assertEquals(List.of(1L), column(c, "SELECT COUNT(*) FROM evaluation_round"));
            assertEquals(List.of(30L), column(c, "SELECT COUNT(*) FROM inspection WHERE status = 'APPROVED'"));
            assertEquals(List.of(0L), column(c, "SELECT COUNT(*) FROM inspection WHERE status <> 'APPROVED'"));
            Map<String, Long> checklistSizes = checklistSizes(SyntheticIndicatorWorkbook.tree(40, ScaleBenchmarks.SITE_TYPES, 11));
            long expected = 0;
            for (Object type : column(c, "SELECT t.name FROM inspection i JOIN site s ON s.id = i.site_id JOIN site_type t ON t.id = s.site_type_id")) {
                expected += checklistSizes.get((String) type);
            }
            assertEquals(List.of(expected), column(c, "SELECT COUNT(*) FROM finding"));
            assertEquals(List.of(expected), column(c, "SELECT COUNT(DISTINCT site_id || ' ' || standard_code) FROM finding"));
            assertEquals(expected, big.findings());
            long failing = (Long) column(c, "SELECT COUNT(*) FROM finding WHERE " + FAILS).get(0);
            assertEquals(List.of(failing), column(c, "SELECT COUNT(*) FROM problem p JOIN finding f ON f.id = p.finding_id WHERE " + FAILS));
            assertEquals(List.of(failing), column(c, "SELECT COUNT(*) FROM problem"));
            assertEquals(failing, big.problems());
        } finally {
            workspace.close();
        }
    }

    @Test
    void theLongWorkspaceHasItsRoundsTwoWeeksApartEachOfAnEvenShareOfEachSiteType() throws Exception {
        // 24 sites a round over 12 site types: 2 of each type, from a registry with enough of each.
        ScaleBenchmarks many = ScaleBenchmarks.manyRounds(folder, 3, 24, 240, 40, Progress.NONE);
        many.close();

        Workspace workspace = Workspace.open(folder);
        try (Connection c = workspace.connect()) {
            assertEquals(List.of("2023-01-02", "2023-01-16", "2023-01-30"), column(c, "SELECT start_date FROM evaluation_round ORDER BY start_date"));
            assertEquals(List.of(24L, 24L, 24L), column(c, "SELECT COUNT(*) FROM inspection WHERE status = 'APPROVED' GROUP BY round_id"));
            assertEquals(List.of(2L), column(c, "SELECT DISTINCT COUNT(*) FROM inspection i JOIN site s ON s.id = i.site_id"
                    + " GROUP BY i.round_id, s.site_type_id"));
            assertEquals(List.of(240L), column(c, "SELECT COUNT(*) FROM site"));
        } finally {
            workspace.close();
        }
    }

    private static Map<String, Long> checklistSizes(IndicatorTree tree) {
        Map<String, Long> sizes = new HashMap<>();
        for (String type : tree.siteTypes()) {
            sizes.put(type, tree.standards().filter(s -> s.appliesTo(type)).count());
        }
        return sizes;
    }

    private static List<Object> column(Connection c, String sql) throws Exception {
        List<Object> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object value = rs.getObject(1);
                values.add(value instanceof Integer i ? Long.valueOf(i) : value);
            }
        }
        return values;
    }
}
