package org.civicinspect.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.RoleGrant;
import org.civicinspect.model.ServerRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database itself holds each staff member to their role: a 内业 login cannot approve, return, resolve a conflict or
 * close a problem even with plain SQL from another client, a 督查组长 login can, and every audit entry names the login
 * that wrote it.
 */
class GroupRolesOnServerTest {

    private static final String TEMPLATE = "civic_group_roles_made_" + ProcessHandle.current().pid();
    private static final String DATABASE = "civic_group_roles_" + ProcessHandle.current().pid();
    private static final String OFFICE = "ci_test_office_" + ProcessHandle.current().pid();
    private static final String SUPERVISOR = "ci_test_supervisor_" + ProcessHandle.current().pid();
    private static final String PASSWORD = "pw-for-tests";

    @TempDir Path folder;
    private ServerLogin office;
    private ServerLogin supervisor;

    @AfterAll
    static void dropLogins() {
        TestServer.drop(DATABASE);
        TestServer.drop(TEMPLATE);
        TestServer.dropLogin(OFFICE);
        TestServer.dropLogin(SUPERVISOR);
    }

    /** Migrated once, by the server's superuser as the owner of the tables, and copied for each test. */
    @BeforeAll
    static void oneCompletedInspectionWithAnOpenConflictAndAProblemToRecheck(@TempDir Path owner) throws SQLException {
        TestServer.openEmpty(owner, TEMPLATE).close();
        try (Connection c = TestServer.connect(TEMPLATE); Statement s = c.createStatement()) {
            s.execute("INSERT INTO indicator_set (id, name, version, source_file, source_sha256, imported_at, grade_a, grade_b, grade_c,"
                    + " grade_c_sharp) VALUES ('set', '测评体系', 1, 'x.xlsx', '" + "0".repeat(64) + "', '2026-11-01T00:00:00Z', '1', '0.66', '0.33', '0')");
            s.execute("INSERT INTO site_type (id, name, created_at) VALUES ('type', '农贸市场', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO admin_area (id, parent_id, level, name) VALUES ('district', NULL, 'DISTRICT', '城东区')");
            s.execute("INSERT INTO site (id, name, site_type_id, district_id, address, must_check, active, updated_at)"
                    + " VALUES ('site', '东门市场', 'type', 'district', '东门路1号', 0, 1, '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO evaluation_round (id, name, start_date, end_date, indicator_set_id, status, notes, created_at)"
                    + " VALUES ('round', '第一轮', '2026-11-01', '2026-11-07', 'set', 'OPEN', '', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO inspection (round_id, site_id, status, members, remarks, updated_at)"
                    + " VALUES ('round', 'site', 'COMPLETED', '', '', '2026-11-02T00:00:00Z')");
            s.execute("INSERT INTO finding_conflict (id, round_id, site_id, standard_code, status, answers, raised_at)"
                    + " VALUES ('conflict', 'round', 'site', '1.1', 'OPEN', '[]', '2026-11-02T00:00:00Z')");
            s.execute("INSERT INTO problem (id, round_id, site_id, standard_code, finding_id, status, deadline, reopened, raised_at)"
                    + " VALUES ('problem', 'round', 'site', '1.1', 'finding', 'TO_RECHECK', '2026-11-20', 0, '2026-11-02T00:00:00Z')");
            s.execute("INSERT INTO round_site (round_id, site_id, reason, sort_order) VALUES ('round', 'site', 'DRAWN', 0)");
            s.execute("INSERT INTO problem_step (problem_id, at, actor, kind, note, photos)"
                    + " VALUES ('problem', '2026-11-02T00:00:00Z', '王芳', 'RAISED', '', '')");
            s.execute("INSERT INTO photo_content (sha256, content) VALUES (encode(sha256('\\x01'::bytea), 'hex'), '\\x01'::bytea)");
        }
        TestServer.disconnectAll(TEMPLATE);
    }

    @BeforeEach
    void staffLogins() {
        TestServer.copyOf(DATABASE, TEMPLATE);
        office = TestServer.staffLogin(DATABASE, OFFICE, PASSWORD);
        supervisor = TestServer.staffLogin(DATABASE, SUPERVISOR, PASSWORD);
        TestServer.grant("civicinspect_office", OFFICE);
        TestServer.grant("civicinspect_supervisor", SUPERVISOR);
    }

    @AfterEach
    void dropDatabase() {
        TestServer.drop(DATABASE);
    }

    @Test
    void anOfficeLoginCannotApproveReturnResolveOrCloseEvenWithPlainSql() throws SQLException {
        try (Connection c = plain(office)) {
            assertRefused(c, "UPDATE inspection SET status = 'APPROVED' WHERE round_id = 'round'");
            assertRefused(c, "UPDATE inspection SET status = 'RETURNED' WHERE round_id = 'round'");
            assertRefused(c, "UPDATE finding_conflict SET status = 'RESOLVED', resolved_by = 'me' WHERE id = 'conflict'");
            assertRefused(c, "UPDATE problem SET status = 'CLOSED' WHERE id = 'problem'");
            assertRefused(c, "INSERT INTO review_comment (id, round_id, site_id, standard_code, comment, reviewer, made_at)"
                    + " VALUES ('c', 'round', 'site', '1.1', '不对', 'me', '2026-11-03T00:00:00Z')");
            assertRefused(c, "INSERT INTO person (id, name, role) VALUES ('p', '新人', 'SUPERVISOR')");
            assertRefused(c, "INSERT INTO rectification_rule (name, value, set_at, set_by) VALUES ('fixDays', '1', 'now', 'me')"
                    + " ON CONFLICT (name) DO UPDATE SET value = excluded.value");

            // What 内业 does is allowed: a remark, a problem sent back to 整改中, more answers on an open conflict.
            c.createStatement().execute("UPDATE inspection SET remarks = '补充说明' WHERE round_id = 'round'");
            c.createStatement().execute("UPDATE problem SET status = 'FIXING' WHERE id = 'problem'");
            c.createStatement().execute("UPDATE finding_conflict SET answers = '[1]' WHERE id = 'conflict'");
        }
    }

    @Test
    void anOfficeLoginCannotRemoveAProblemItsHistoryAPhotoOrAConflictOfASiteStillDrawn() throws SQLException {
        try (Connection c = plain(office)) {
            assertRefused(c, "DELETE FROM problem WHERE id = 'problem'");
            assertRefused(c, "UPDATE problem_step SET note = '改写' WHERE problem_id = 'problem'");
            assertRefused(c, "DELETE FROM problem_step WHERE problem_id = 'problem'");
            assertRefused(c, "DELETE FROM photo_content");
            assertRefused(c, "UPDATE photo_content SET content = '\\x02'::bytea");
            assertRefused(c, "UPDATE photo_content SET sha256 = 'other'");
            assertRefused(c, "DELETE FROM finding_conflict WHERE id = 'conflict'");

            // What 内业 does is allowed: a damaged photo put right by its own bytes, a step added, a site taken out of
            // its round with its conflicts.
            assertEquals(1, c.createStatement().executeUpdate("UPDATE photo_content SET content = '\\x01'::bytea"));
            c.createStatement().execute("INSERT INTO problem_step (problem_id, at, actor, kind, note, photos)"
                    + " VALUES ('problem', '2026-11-03T00:00:00Z', '王芳', 'NOTE', '', '')");
            c.setAutoCommit(false);
            assertEquals(1, c.createStatement().executeUpdate("DELETE FROM finding_conflict WHERE id = 'conflict'"));
            assertEquals(1, c.createStatement().executeUpdate("DELETE FROM round_site WHERE site_id = 'site'"));
            c.commit();
        }
        try (Connection c = plain(supervisor)) {
            assertRefused(c, "DELETE FROM problem WHERE id = 'problem'");
        }
    }

    @Test
    void anOfficeLoginTakesASiteOutOfItsRoundWithItsConflictsAsTheProgramDoes() throws SQLException {
        Workspace workspace = Workspace.open(folder.resolve("office"), office);
        try {
            workspace.write(tx -> {
                tx.inspections().deleteWithRecords("round", "site");
                tx.rounds().removeDrawn("round", "site");
                return null;
            });
        } finally {
            workspace.close();
        }
        try (Connection c = TestServer.connect(DATABASE); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM finding_conflict")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void anOfficeLoginImportsAQuestionnaireAsItDoesAnIndicatorSet() throws SQLException {
        try (Connection c = plain(office); Statement s = c.createStatement()) {
            s.execute("INSERT INTO questionnaire (id, name, version, source_file, source_sha256, imported_at)"
                    + " VALUES ('q', '市民问卷', 1, 'q.xlsx', '" + "0".repeat(64) + "', '2026-11-01T00:00:00Z')");
            s.execute("INSERT INTO questionnaire_index (questionnaire_id, sort_order, name) VALUES ('q', 0, '知晓率')");
            s.execute("INSERT INTO question (id, questionnaire_id, sort_order, code, question_text, kind, screening, index_name, weight,"
                    + " standard_codes) VALUES ('q1', 'q', 0, 'Q1', '听说过吗？', 'YES_NO', 0, '知晓率', '1', '')");
            s.execute("INSERT INTO question_option (question_id, sort_order, code, option_text, positive, not_read_aloud, invalidates)"
                    + " VALUES ('q1', 0, '1', '听说过', 1, 0, 0)");
        }
    }

    @Test
    void anOfficeLoginPinsAQuestionnaireAndRecordsInterviewsAsItDoesFindings() throws SQLException {
        anOfficeLoginImportsAQuestionnaireAsItDoesAnIndicatorSet();
        try (Connection c = plain(office); Statement s = c.createStatement()) {
            s.execute("INSERT INTO round_questionnaire (round_id, questionnaire_id, pinned_at) VALUES ('round', 'q', '2026-11-20T00:00:00Z')");
            s.execute("INSERT INTO interview (round_id, id, questionnaire_id, interviewer, district, method, started_at, abandoned, version,"
                    + " recorded_at) VALUES ('round', 'A01', 'q', '王芳', '城东区', 'HOME', '2026-11-20T01:00:00Z', 0, 1, '2026-11-20T01:00:00Z')");
            s.execute("INSERT INTO interview_answer (round_id, interview_id, question_code, sort_order, answer_value) VALUES ('round', 'A01', 'Q1', 0, '1')");
            assertEquals(1, s.executeUpdate("UPDATE interview_answer SET answer_value = '2' WHERE interview_id = 'A01'"));
            assertEquals(1, s.executeUpdate("UPDATE interview SET ended_at = '2026-11-20T01:10:00Z', version = 2 WHERE id = 'A01'"));
            assertEquals(1, s.executeUpdate("DELETE FROM interview_answer WHERE interview_id = 'A01'"));
        }
    }

    @Test
    void anOfficeLoginImportsARoundsSurveyPlan() throws SQLException {
        try (Connection c = plain(office); Statement s = c.createStatement()) {
            s.execute("INSERT INTO survey_quota (round_id, sort_order, district, method, target) VALUES ('round', 0, '城东区', 'HOME', 100)");
            s.execute("INSERT INTO survey_profile_quota (round_id, sort_order, district, question_code, option_code, target)"
                    + " VALUES ('round', 0, '', 'S2', '1', 80)");
            s.execute("INSERT INTO survey_assignment (round_id, sort_order, interviewer, district, method, target)"
                    + " VALUES ('round', 0, '王芳', '城东区', 'HOME', 50)");
            assertEquals(1, s.executeUpdate("DELETE FROM survey_quota WHERE round_id = 'round'"));
            assertEquals(1, s.executeUpdate("DELETE FROM survey_profile_quota WHERE round_id = 'round'"));
            assertEquals(1, s.executeUpdate("DELETE FROM survey_assignment WHERE round_id = 'round'"));
            s.execute("INSERT INTO survey_population_share (round_id, sort_order, district, question_code, option_code, percent)"
                    + " VALUES ('round', 0, '', 'S1', '2', '100')");
            assertEquals(1, s.executeUpdate("DELETE FROM survey_population_share WHERE round_id = 'round'"));
        }
    }

    @Test
    void anOfficeLoginKeepsTheUnitDirectoryAndTheTaskBreakdown() throws SQLException {
        try (Connection c = plain(office); Statement s = c.createStatement()) {
            s.execute("INSERT INTO responsible_unit (id, name, kind, leader, leader_phone, liaison, liaison_phone, notes, registered)"
                    + " VALUES ('unit', '城管局', '部门', '王局长', '13800000001', '李联络', '13900000002', '', 1)");
            s.execute("INSERT INTO responsible_unit (id, name) VALUES ('other', '交通局')");
            assertEquals(1, s.executeUpdate("UPDATE responsible_unit SET liaison = '赵敏', registered = 1 WHERE id = 'other'"));
            s.execute("INSERT INTO task_assignment (set_id, standard_code, sort_order, lead_unit_id, due_date, notes)"
                    + " VALUES ('set', '1.1', 0, 'unit', '2026-12-31', '')");
            s.execute("INSERT INTO task_support (set_id, standard_code, sort_order, unit_id) VALUES ('set', '1.1', 0, 'other')");
            assertEquals(1, s.executeUpdate("DELETE FROM task_support WHERE set_id = 'set'"));
            assertEquals(1, s.executeUpdate("DELETE FROM task_assignment WHERE set_id = 'set'"));
        }
    }

    @Test
    void aSupervisorLoginApprovesResolvesAndCloses() throws SQLException {
        try (Connection c = plain(supervisor); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE inspection SET status = 'APPROVED' WHERE round_id = 'round'"));
            assertEquals(1, s.executeUpdate("UPDATE finding_conflict SET status = 'RESOLVED', resolved_by = 'me' WHERE id = 'conflict'"));
            assertEquals(1, s.executeUpdate("UPDATE problem SET status = 'CLOSED' WHERE id = 'problem'"));
        }
        try (Connection c = plain(office)) {
            assertRefused(c, "UPDATE inspection SET status = 'COMPLETED' WHERE round_id = 'round'");
            assertRefused(c, "INSERT INTO finding (id, round_id, site_id, standard_code, answer_kind, note, answered_by, answered_at, version)"
                    + " VALUES ('f', 'round', 'site', '1.2', 'MET', '', 'me', '2026-11-03T00:00:00Z', 1)");
        }
    }

    @Test
    void theProgramSaysWhichRoleIsMissingWhenTheDatabaseRefuses() {
        Workspace workspace = Workspace.open(folder.resolve("office"), office);
        try {
            PrivilegeRefusedException refused = assertThrows(PrivilegeRefusedException.class, () -> workspace.write(tx -> {
                tx.inspections().save(new Inspection("round", "site", InspectionStatus.APPROVED, null, "", ""), Instant.now());
                return null;
            }));
            assertEquals(OFFICE, refused.login());
            assertEquals(Optional.of(ServerRole.SUPERVISOR), refused.needed());

            PrivilegeRefusedException registry = assertThrows(PrivilegeRefusedException.class, () -> workspace.write(tx -> {
                tx.deadlineRules().setRule("fixDays", "3", true, Instant.now(), "me");
                return null;
            }));
            assertEquals(Optional.of(ServerRole.ADMINISTRATOR), registry.needed());
        } finally {
            workspace.close();
        }
    }

    @Test
    void everyAuditEntryNamesTheLoginThatWroteItAndTheChainStillHolds() throws SQLException {
        for (ServerLogin login : List.of(office, supervisor)) {
            Workspace workspace = Workspace.open(folder.resolve(login.user()), login);
            try {
                workspace.write(tx -> tx.audit().append(Instant.now(), "王芳", AuditLog.Action.PROBLEM, "problem:problem", "a step"));
            } finally {
                workspace.close();
            }
        }
        Workspace owner = Workspace.open(folder.resolve("owner"), TestServer.login(DATABASE));
        try {
            List<AuditEntry> entries = owner.read(tx -> tx.audit().about("problem:problem"));
            assertEquals(List.of(OFFICE, SUPERVISOR), entries.stream().map(AuditEntry::login).toList());
            assertEquals(Optional.empty(), owner.read(tx -> tx.audit().firstBrokenLink()));

            // The owner of the tables can get past the triggers, but not past the hash: a login put right afterwards shows.
            try (Connection c = TestServer.connect(DATABASE); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE audit_entry DISABLE TRIGGER USER");
                s.execute("UPDATE audit_entry SET login = '" + SUPERVISOR + "' WHERE login = '" + OFFICE + "'");
                s.execute("ALTER TABLE audit_entry ENABLE TRIGGER USER");
            }
            assertEquals(entries.get(0).seq(), owner.read(tx -> tx.audit().firstBrokenLink()).orElseThrow().seq());
        } finally {
            owner.close();
        }
        try (Connection c = plain(office)) {
            // Nobody writes an entry in another login's name, and nobody changes or removes one.
            assertRefused(c, "INSERT INTO audit_entry (seq, at, actor, action, subject, detail, previous_hash, hash, login)"
                    + " VALUES (99, 'now', 'x', 'PROBLEM', 's', '', 'h', 'h', '" + SUPERVISOR + "')");
            assertThrows(SQLException.class, () -> c.createStatement().execute("UPDATE audit_entry SET actor = 'x'"));
            assertThrows(SQLException.class, () -> c.createStatement().execute("DELETE FROM audit_entry"));
        }
    }

    @Test
    void anAdministratorGivesALoginItsRoleAndOnlyOne() {
        Workspace owner = Workspace.open(folder.resolve("owner"), TestServer.login(DATABASE));
        try {
            owner.write(tx -> {
                tx.groupRoles().give(OFFICE, ServerRole.SUPERVISOR);
                return null;
            });
            assertTrue(owner.read(tx -> tx.groupRoles().granted()).contains(new RoleGrant(OFFICE, ServerRole.SUPERVISOR)));
            assertTrue(!owner.read(tx -> tx.groupRoles().granted()).contains(new RoleGrant(OFFICE, ServerRole.OFFICE)));
        } finally {
            owner.close();
        }
        Workspace notAnAdministrator = Workspace.open(folder.resolve("supervisor"), supervisor);
        try {
            PrivilegeRefusedException refused = assertThrows(PrivilegeRefusedException.class, () -> notAnAdministrator.write(tx -> {
                tx.groupRoles().give(SUPERVISOR, ServerRole.ADMINISTRATOR);
                return null;
            }));
            assertEquals(Optional.of(ServerRole.ADMINISTRATOR), refused.needed());
        } finally {
            notAnAdministrator.close();
        }
    }

    private static Connection plain(ServerLogin login) throws SQLException {
        return DriverManager.getConnection(login.jdbcUrl(), login.user(), new String(login.password()));
    }

    private static void assertRefused(Connection c, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> c.createStatement().execute(sql), sql);
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
    }

    /**
     * A table added without grants is only readable by 内业, and merges that write it are refused on a server: every
     * table is either written by 内业 or named here, with the role that writes it.
     */
    @Test
    void everyTableIsWrittenBy内业OrNamedWithTheRoleThatWritesIt() throws SQLException {
        java.util.Map<String, String> notBy内业 = java.util.Map.of(
                "person", "administrator",
                "deadline_rule", "administrator",
                "review_comment", "督查组长",
                "unit_problem", "nobody: it is written in a responsible unit's own workspace, never on a server",
                "flyway_schema_history", "the tables' owner");
        java.util.List<String> unexpected = new java.util.ArrayList<>();
        try (Connection c = TestServer.connect(DATABASE); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT c.relname, has_table_privilege('civicinspect_office', c.oid, 'INSERT')"
                     + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'"
                     + " ORDER BY c.relname")) {
            while (rs.next()) {
                if (rs.getBoolean(2) == notBy内业.containsKey(rs.getString(1))) {
                    unexpected.add(rs.getString(1) + (rs.getBoolean(2) ? " (内业 may write it)" : " (内业 may not write it)"));
                }
            }
        }
        assertEquals(List.of(), unexpected);
    }
}
