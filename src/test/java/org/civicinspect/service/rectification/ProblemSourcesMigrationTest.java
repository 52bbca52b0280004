package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.MovingClock;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.store.Workspace;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V28 on an embedded workspace: the problem table is rebuilt to let a problem have no round, site, standard or
 * finding; the problems an inspection raised keep their ids, steps, step numbers and row versions, become 实地测评,
 * and the audit log still explains them.
 */
class ProblemSourcesMigrationTest {

    @TempDir Path temp;

    @Test
    void problemsOfAWorkspaceBeforeV28BecomeInspectionProblemsWithTheirHistoryIntact() throws Exception {
        TestWorkspaces.assumeEmbedded("the rebuild is SQLite's; PostgreSQL alters the table in place");
        Path now = temp.resolve("now");
        Services current = new Services(Workspace.open(now), new MovingClock(TestWorkspaces.CLOCK.instant()));
        aRoundWithProblems(current);
        String before = problemsAndSteps(now.resolve(Workspace.DATABASE_FILE));
        current.workspace().close();

        Path old = temp.resolve("old");
        Files.createDirectories(old);
        Path oldFile = old.resolve(Workspace.DATABASE_FILE);
        Flyway.configure().dataSource("jdbc:sqlite:" + oldFile, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/sqlite").target("24").load().migrate();
        copyAsOfV24(now.resolve(Workspace.DATABASE_FILE), oldFile);

        Services upgraded = new Services(Workspace.open(old), TestWorkspaces.CLOCK);

        assertEquals(before, problemsAndSteps(oldFile));
        assertTrue(upgraded.listProblems().run(null, ListProblems.Filter.ALL).problems().stream()
                .allMatch(l -> l.problem().source() == ProblemSource.INSPECTION && "陈主任".equals(l.problem().origin().raisedBy())));
        assertEquals("ok", upgraded.workspace().read(org.civicinspect.store.Tx::integrityCheck));
        assertEquals(List.of("evaluation_round", "problem"), referred(oldFile, "problem_step"), "the steps refer to the rebuilt table");
        assertEquals(List.of("evaluation_round", "evaluation_round", "problem", "site"), referred(oldFile, "problem"));
        assertEquals(List.of("ix_problem_place", "ix_problem_source", "ix_problem_step_kind", "ix_problem_step_problem", "ix_problem_step_round"),
                indexes(oldFile));
        var verdict = upgraded.verifyWorkspace().run();
        assertTrue(verdict.brokenLink().isEmpty());
        assertTrue(verdict.unexplained().isEmpty(), verdict.unexplained()::toString);
        upgraded.raiseProblem().run(new RaiseProblem.Request(ProblemSource.MEDIA, null, "人民路 12 号", "城东区", "", null, "占道经营", "城东区城管局",
                LocalDate.of(2026, 12, 1)), List.of(), "王芳");
        assertTrue(upgraded.verifyWorkspace().run().unexplained().isEmpty());
    }

    /** The named indexes of the problem tables, sorted. */
    private static List<String> indexes(Path database) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('problem', 'problem_step')"
                     + " AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The tables a table's foreign keys refer to, sorted. */
    private static List<String> referred(Path database, String table) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet fk = s.executeQuery("PRAGMA foreign_key_list(" + table + ")")) {
            while (fk.next()) {
                tables.add(fk.getString("table"));
            }
        }
        return tables.stream().sorted().toList();
    }

    private static void aRoundWithProblems(Services services) {
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        Round round = services.createRound().run("第一期", "latest", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        for (DrawnSite site : services.assignTeams().run(round.id(), List.of()).drawn()) {
            List<Standard> checklist = services.openInspection().run(round.id(), site.site().id()).standards();
            for (Standard s : checklist) {
                services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(),
                        s == checklist.get(0) ? ShowRectificationStandingTest.failing(s) : ShowRectificationStandingTest.passing(s), "问题",
                        List.of(), "张伟"));
            }
            services.completeInspection().run(round.id(), site.site().id());
            TestWorkspaces.signInSupervisor(services, "陈主任");
            services.reviewInspection().approve(round.id(), site.site().id());
        }
        String first = services.listProblems().run(null, ListProblems.Filter.ALL).problems().get(0).problem().id();
        services.updateProblem().move(List.of(first), org.civicinspect.model.ProblemStatus.FIXING, "已通知", List.of(), null);
    }

    /** Every problem and step as text, in a fixed order: ids, places, statuses, versions and step numbers. */
    private static String problemsAndSteps(Path database) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, round_id, site_id, standard_code, finding_id, status, deadline, reopened, raised_at,"
                    + " version FROM problem ORDER BY id")) {
                while (rs.next()) {
                    for (int i = 1; i <= 10; i++) {
                        out.append(rs.getString(i)).append('|');
                    }
                    out.append('\n');
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT seq, problem_id, kind, to_status, round_id FROM problem_step ORDER BY seq")) {
                while (rs.next()) {
                    for (int i = 1; i <= 5; i++) {
                        out.append(rs.getString(i)).append('|');
                    }
                    out.append('\n');
                }
            }
        }
        assertFalse(out.isEmpty());
        return out.toString();
    }

    /** Copies every row of {@code from} into the V24 database {@code to}, whose tables' columns are those of V24. */
    private static void copyAsOfV24(Path from, Path to) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + to); Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + from + "' AS now");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    + " AND name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA main.table_info(" + table + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                String list = String.join(", ", columns);
                s.executeUpdate("INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM now." + table);
            }
        }
    }
}
