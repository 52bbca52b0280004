package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicinspect.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging is order-independent and idempotent: two teams' laptops each send an early and a later package (the later
 * one changing answers, one site scored by both teams differently), and every order of taking the four in, each
 * package possibly twice, leaves the office with the same findings, the same answers on record, the same open
 * conflicts and the same inspections. (An older package after a newer one from the same laptop is refused; the
 * newer one already held everything it had.)
 */
class MergeOrderTest {

    @TempDir static Path shared;
    @TempDir Path temp;

    private static Path pristineOffice;
    private static final List<Path> PACKAGES = new ArrayList<>();

    @BeforeAll
    static void twoTeamsEachSendAnEarlyAndALaterPackage() throws Exception {
        TwoTeamsScored.Tasks tasks = TwoTeamsScored.sendTasks(shared);
        pristineOffice = tasks.office();
        String officeKey = tasks.officeKey();
        String shared1 = tasks.sharedSite();
        Path task1 = tasks.task1();
        Path task2 = tasks.task2();
        int n = 0;
        for (Object[] laptop : new Object[][] {{"field1", task1, "不符合", "符合"}, {"field2", task2, "符合", "不符合"}}) {
            Path folder = shared.resolve((String) laptop[0]);
            CliSession cli = new CliSession(folder);
            assertEquals(0, cli.run("package", "import", laptop[1].toString(), "--trust", officeKey));
            PackageRoundTripTest.scoreEverything(cli, folder, shared1, (String) laptop[2], false);
            Path early = shared.resolve("early-" + n + ".ciresult");
            assertEquals(0, cli.run("package", "results", early.toString()));
            PackageRoundTripTest.scoreEverything(cli, folder, shared1, (String) laptop[3], true);
            Path later = shared.resolve("later-" + n++ + ".ciresult");
            assertEquals(0, cli.run("package", "results", later.toString()));
            PACKAGES.add(early);
            PACKAGES.add(later);
        }
    }

    @Test
    void everyOrderOfTakingThePackagesInGivesTheSameWorkspace() throws Exception {
        Map<String, List<String>> first = null;
        Random random = new Random(7);
        for (int trial = 0; trial < 6; trial++) {
            List<Path> order = new ArrayList<>(PACKAGES);
            Collections.shuffle(order, random);
            if (trial % 2 == 1) {
                order.add(order.get(random.nextInt(order.size())));
            }
            Path office = temp.resolve("office-" + trial);
            TestWorkspaces.copy(pristineOffice, office);
            CliSession cli = new CliSession(office);
            for (Path p : order) {
                int exit = cli.run("package", "import", p.toString());
                assertTrue(exit == 0 || cli.err().contains("较早的包"), cli.err());
            }
            Map<String, List<String>> state = state(office);
            assertEquals(1, state.get("open conflicts").size(), "the site both teams scored differently: " + state.get("open conflicts"));
            if (first == null) {
                first = state;
            } else {
                for (String part : first.keySet()) {
                    List<String> missing = new ArrayList<>(first.get(part));
                    missing.removeAll(state.get(part));
                    List<String> extra = new ArrayList<>(state.get(part));
                    extra.removeAll(first.get(part));
                    assertEquals(List.of(), missing, part + " after " + order.stream().map(p -> p.getFileName().toString()).toList()
                            + "; instead: " + extra);
                }
            }
        }
    }

    /** What the office knows after merging, in a form that does not depend on when things happened here. */
    private static Map<String, List<String>> state(Path folder) throws Exception {
        Map<String, List<String>> state = new LinkedHashMap<>();
        try (Connection c = TestWorkspaces.connect(folder); Statement s = c.createStatement()) {
            state.put("findings", rows(s, "SELECT id, site_id, standard_code, answer_kind, grade, answer_count, note, answered_by, answered_at,"
                    + " version, (SELECT string_agg(sha256, ',') FROM finding_photo p WHERE p.finding_id = f.id) FROM finding f ORDER BY site_id, standard_code"));
            state.put("answers on record", rows(s, "SELECT finding_id, team_id, answer_kind, grade, answer_count, note, photos, version"
                    + " FROM finding_candidate ORDER BY finding_id"));
            state.put("open conflicts", rows(s, "SELECT site_id, standard_code, answers FROM finding_conflict WHERE status = 'OPEN'"
                    + " ORDER BY site_id, standard_code"));
            state.put("inspections", rows(s, "SELECT site_id, status, arrived_at, members, remarks, updated_at FROM inspection ORDER BY site_id"));
        }
        return state;
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
