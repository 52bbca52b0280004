package org.civicinspect.service.workspace;

import org.civicinspect.model.ReportScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change leaves an entry in the same transaction; the chain shows where it was tampered with. */
class AuditLogTest {

    @TempDir Path temp;
    private Services services;
    private Round round;
    private DrawnSite site;
    private Standard standard;

    @BeforeEach
    void aRoundWithOneAnswer() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        site = services.assignTeams().run(round.id(), List.of()).drawn().get(0);
        standard = services.openInspection().run(round.id(), site.site().id()).standards().stream()
                .filter(s -> s.scoring().mode() == org.civicinspect.model.ScoringMode.BINARY).findFirst().orElseThrow();
    }

    private Set<String> actions() {
        return TestWorkspaces.jdbc(services.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT DISTINCT action FROM audit_entry")) {
                Set<String> found = new java.util.HashSet<>();
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
                return found;
            }
        });
    }

    @Test
    void everyKindOfChangeIsRecordedAndAFindingShowsItsHistory() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        services.annotateFinding().note(round.id(), site.site().id(), standard.code(), "垃圾未清运", "李娜");
        services.recordNegativeEvent().add(round.id(), round.start(), "09-03-01", "演示事件", BigDecimal.ONE);
        services.exportProblemList().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, temp.resolve("problems.xlsx"), Progress.NONE);
        assertEquals(Set.of("IMPORT_INDICATORS", "IMPORT_SITES", "PERSON", "ROUND", "DRAW", "ASSIGN", "ANSWER", "NEGATIVE_EVENT", "EXPORT"),
                actions());

        List<AuditEntry> history = services.showHistory().ofFinding(round.id(), site.site().id(), standard.code());
        assertEquals(List.of("张伟", "张伟", "李娜"), history.stream().map(AuditEntry::actor).toList());
        assertTrue(history.get(0).detail().startsWith("v1 ") && history.get(0).detail().contains("answer=MET"));
        assertTrue(history.get(1).detail().startsWith("v2 ") && history.get(1).detail().contains("answer=NOT_MET"));
        assertTrue(history.get(2).detail().contains("note=垃圾未清运"));
        assertTrue(services.verifyWorkspace().run().sound());
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        long before = services.verifyWorkspace().run().entries();
        assertThrows(RequestRefused.class, () -> services.recordFinding().answer(round.id(), site.site().id(), standard.code(),
                Answer.occurrences(2), "张伟"));
        assertEquals(before, services.verifyWorkspace().run().entries());
    }

    @Test
    void theLogRefusesChangesAndTheChainNamesTheFirstEntryTamperedWith() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        assertThrows(SQLException.class, () -> sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3"));
        assertThrows(SQLException.class, () -> sql("DELETE FROM audit_entry WHERE seq = 3"));
        assertTrue(services.verifyWorkspace().run().sound());

        String original = TestWorkspaces.jdbc(services.workspace(), c -> {
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT actor FROM audit_entry WHERE seq = 3")) {
                rs.next();
                return rs.getString(1);
            }
        });
        sql("DROP TRIGGER audit_entry_no_update");
        sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3");
        assertEquals(3, services.verifyWorkspace().run().brokenLink().orElseThrow().seq());
        sql("UPDATE audit_entry SET actor = '" + original + "' WHERE seq = 3");
        assertTrue(services.verifyWorkspace().run().sound(), "put back as it was, the chain holds again");

        sql("DROP TRIGGER audit_entry_no_delete");
        sql("DELETE FROM audit_entry WHERE seq = 4");
        assertEquals(5, services.verifyWorkspace().run().brokenLink().orElseThrow().seq(), "a removed entry breaks the next link");
    }

    @Test
    void aTailCutFromTheLogIsReportedAgainstTheAnchorKeptBesideTheDatabase() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        long entries = services.verifyWorkspace().run().entries();
        sql("DROP TRIGGER audit_entry_no_delete");
        sql("DELETE FROM audit_entry WHERE seq >= " + (entries - 1));

        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertTrue(verdict.brokenLink().isEmpty(), "what is left still links up");
        assertEquals(Optional.of(new VerifyWorkspace.AnchorMismatch(entries - 2, entries)), verdict.anchorMismatch());
        assertFalse(verdict.sound());
    }

    @Test
    void aChainRewrittenWithRecomputedHashesNoLongerEndsAtTheAnchoredHash() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        long entries = services.verifyWorkspace().run().entries();
        sql("DROP TRIGGER audit_entry_no_update");
        sql("UPDATE audit_entry SET actor = '别人' WHERE seq = 3");
        rehashFrom(3);

        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertTrue(verdict.brokenLink().isEmpty(), "every hash was recomputed, so every link holds");
        assertEquals(Optional.of(new VerifyWorkspace.AnchorMismatch(entries, entries)), verdict.anchorMismatch());
        assertFalse(verdict.sound());
    }

    @Test
    void theAnchorFollowsEveryCommitThatAppendsEntries() {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.withdrawAnswer().run(round.id(), site.site().id(), standard.code(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");
        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertEquals(Optional.empty(), verdict.anchorMismatch());
        assertEquals(List.of(), verdict.unexplainedFindings());
        assertTrue(verdict.sound());
    }

    @Test
    void aRestoredOlderBackupIsAnchoredAfreshNotTakenForACutTail() {
        Path backup = temp.resolve("before-answers.zip");
        services.backUpWorkspace().backUp(backup);
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.notMet(), "张伟");

        BackUpWorkspace.restore(temp.resolve("ws"), backup, TestWorkspaces.CLOCK);
        Services restored = TestWorkspaces.open(temp.resolve("ws"));
        assertTrue(restored.verifyWorkspace().run().sound());
        restored.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        assertTrue(restored.verifyWorkspace().run().sound());
    }

    @Test
    void aFindingChangedInTheDatabaseWithoutALogEntryIsReported() throws Exception {
        services.recordFinding().answer(round.id(), site.site().id(), standard.code(), Answer.met(), "张伟");
        services.annotateFinding().note(round.id(), site.site().id(), standard.code(), "已清扫", "张伟");
        assertTrue(services.verifyWorkspace().run().sound());

        sql("UPDATE finding SET answer_kind = 'NOT_MET'");
        VerifyWorkspace.Verdict changedAnswer = services.verifyWorkspace().run();
        assertEquals(List.of(standard.code()), changedAnswer.unexplainedFindings().stream().map(f -> f.standardCode()).toList());
        assertFalse(changedAnswer.sound());

        sql("UPDATE finding SET answer_kind = 'MET', note = '已清扫完毕'");
        assertEquals(1, services.verifyWorkspace().run().unexplainedFindings().size(), "a note lengthened is no note the log recorded");
        sql("UPDATE finding SET note = '已清扫'");
        assertTrue(services.verifyWorkspace().run().sound(), "put back as the log last recorded it");
    }

    /** Recomputes every hash from entry {@code from} on, as someone who knows the hash recipe could. */
    private void rehashFrom(long from) {
        TestWorkspaces.jdbc(services.workspace(), c -> {
            String previous;
            try (var rs = c.createStatement().executeQuery("SELECT hash FROM audit_entry WHERE seq = " + (from - 1))) {
                rs.next();
                previous = rs.getString(1);
            }
            List<String[]> rows = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT seq, at, actor, action, subject, detail, device FROM audit_entry WHERE seq >= "
                    + from + " ORDER BY seq")) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)});
                }
            }
            try (var update = c.prepareStatement("UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE seq = ?")) {
                for (String[] r : rows) {
                    java.security.MessageDigest digest = sha256();
                    List<String> parts = new java.util.ArrayList<>(List.of(previous, r[0], r[1], r[2], r[3], r[4], r[5]));
                    if (r[6] != null) {
                        parts.add(r[6]);
                    }
                    for (String part : parts) {
                        byte[] bytes = part.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                        digest.update((bytes.length + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        digest.update(bytes);
                    }
                    String hash = java.util.HexFormat.of().formatHex(digest.digest());
                    update.setString(1, previous);
                    update.setString(2, hash);
                    update.setLong(3, Long.parseLong(r[0]));
                    update.executeUpdate();
                    previous = hash;
                }
            }
            return null;
        });
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = services.workspace().connect(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void theChainStartsFromTheGenesisHash() {
        String first = TestWorkspaces.jdbc(services.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT previous_hash FROM audit_entry WHERE seq = 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertEquals(AuditLog.GENESIS, first);
    }
}
