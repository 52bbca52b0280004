package org.civicinspect.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} replays the log into reviews (approvals and returns with their comments) and problems (status and
 * deadline) and names, by round, site and standard, every record the log does not explain.
 */
class VerifyReplaysReviewsAndProblemsTest {

    @TempDir Path temp;
    private Services services;
    private Round round;
    private DrawnSite site;
    private Standard failing;

    /** One site answered in full: one standard 不符合 with a note, every other 不适用; then marked 已完成. */
    @BeforeEach
    void aCompletedInspectionWithOneFailingAnswer() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        site = services.assignTeams().run(round.id(), List.of()).drawn().get(0);
        List<Standard> standards = services.openInspection().run(round.id(), site.site().id()).standards();
        failing = standards.stream().filter(s -> s.scoring().mode() == ScoringMode.BINARY).findFirst().orElseThrow();
        for (Standard s : standards) {
            services.recordFinding().answer(round.id(), site.site().id(), s.code(), s == failing ? Answer.notMet() : Answer.notApplicable(), "张伟");
        }
        services.annotateFinding().note(round.id(), site.site().id(), failing.code(), "垃圾未清运", "张伟");
        services.completeInspection().run(round.id(), site.site().id());
        TestWorkspaces.signInSupervisor(services, "陈主任");
    }

    @Test
    void reviewsAndProblemsMadeThroughTheProgramAreExplainedByTheLog() {
        services.reviewInspection().returnWithComments(round.id(), site.site().id(), Map.of(failing.code(), "请补拍照片"));
        services.recordFinding().answer(round.id(), site.site().id(), failing.code(), Answer.notMet(), "张伟");
        services.completeInspection().run(round.id(), site.site().id());
        services.reviewInspection().approve(round.id(), site.site().id());
        String problem = problemId();
        services.updateProblem().move(List.of(problem), ProblemStatus.FIXING, "已通知", List.of(), "督查组长");
        services.updateProblem().changeDeadline(problem, LocalDate.of(2026, 12, 20), "雨天顺延", "督查组长");

        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertEquals(List.of(), verdict.unexplained());
        assertTrue(verdict.sound());
    }

    @Test
    void anApprovalWrittenIntoTheDatabaseWithoutTheLogIsNamedBySite() throws Exception {
        sql("UPDATE inspection SET status = 'APPROVED'");

        VerifyWorkspace.Verdict verdict = services.verifyWorkspace().run();
        assertFalse(verdict.sound());
        assertEquals(List.of(new VerifyWorkspace.Unexplained(VerifyWorkspace.Unexplained.Kind.INSPECTION_STATUS, "甲轮", site.site().name(),
                site.site().district(), "", "APPROVED", "COMPLETED")), verdict.unexplained());
    }

    @Test
    void anApprovalTakenBackInTheDatabaseIsNamed() throws Exception {
        services.reviewInspection().approve(round.id(), site.site().id());
        sql("UPDATE inspection SET status = 'COMPLETED'");

        assertEquals(List.of(new VerifyWorkspace.Unexplained(VerifyWorkspace.Unexplained.Kind.INSPECTION_STATUS, "甲轮", site.site().name(),
                site.site().district(), "", "COMPLETED", "APPROVED")), services.verifyWorkspace().run().unexplained());
    }

    @Test
    void aReviewCommentAddedOrRemovedOutsideTheLogIsNamedByStandard() throws Exception {
        services.reviewInspection().returnWithComments(round.id(), site.site().id(), Map.of(failing.code(), "请补拍照片"));
        assertTrue(services.verifyWorkspace().run().sound());
        sql("INSERT INTO review_comment (id, round_id, site_id, standard_code, comment, reviewer, made_at) SELECT 'extra', round_id, site_id,"
                + " standard_code, '另一条意见', reviewer, made_at FROM review_comment");

        // The log recorded one return naming the standard; the table now holds two comments on it.
        assertEquals(List.of(new VerifyWorkspace.Unexplained(VerifyWorkspace.Unexplained.Kind.REVIEW_COMMENTS, "甲轮", site.site().name(),
                site.site().district(), failing.code(), "2", "1")), services.verifyWorkspace().run().unexplained());

        sql("DELETE FROM review_comment");
        assertEquals(List.of(new VerifyWorkspace.Unexplained(VerifyWorkspace.Unexplained.Kind.REVIEW_COMMENTS, "甲轮", site.site().name(),
                site.site().district(), failing.code(), "0", "1")), services.verifyWorkspace().run().unexplained());
    }

    @Test
    void aProblemClosedOrGivenAnotherDeadlineOutsideTheLogIsNamed() throws Exception {
        services.reviewInspection().approve(round.id(), site.site().id());
        String problem = problemId();
        services.updateProblem().move(List.of(problem), ProblemStatus.FIXING, "已通知", List.of(), "督查组长");
        assertTrue(services.verifyWorkspace().run().sound());

        sql("UPDATE problem SET status = 'CLOSED'");
        assertEquals(List.of(new VerifyWorkspace.Unexplained(VerifyWorkspace.Unexplained.Kind.PROBLEM_STATUS, "甲轮", site.site().name(),
                site.site().district(), failing.code(), "CLOSED", "FIXING")), services.verifyWorkspace().run().unexplained());

        // Raised at approval: due 7 days after the round's end, 2026-11-03 + 7 = 2026-11-10.
        sql("UPDATE problem SET status = 'FIXING', deadline = '2026-12-31'");
        assertEquals(List.of(new VerifyWorkspace.Unexplained(VerifyWorkspace.Unexplained.Kind.PROBLEM_DEADLINE, "甲轮", site.site().name(),
                site.site().district(), failing.code(), "2026-12-31", "2026-11-10")), services.verifyWorkspace().run().unexplained());
    }

    private String problemId() {
        return TestWorkspaces.jdbc(services.workspace(), c -> {
            try (var rs = c.createStatement().executeQuery("SELECT id FROM problem")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = services.workspace().connect(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
