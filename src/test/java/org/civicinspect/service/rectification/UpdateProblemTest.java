package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 整改督办 by hand: a problem moves only along its lifecycle, closing needs a photo after the fix or a note while the
 * city's rule asks for it, and every refusal names the site and the standard, never the problem's id.
 */
class UpdateProblemTest {

    @TempDir Path temp;
    private Services services;
    private DrawnSite site;
    private Problem problem;

    @BeforeEach
    void anApprovedInspectionWithOneProblem() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        Round round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        site = services.assignTeams().run(round.id(), List.of()).drawn().get(0);
        List<Standard> checklist = services.openInspection().run(round.id(), site.site().id()).standards();
        for (Standard s : checklist) {
            boolean fail = s == checklist.get(0);
            services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(), fail ? failing(s) : passing(s),
                    fail ? "垃圾桶满溢" : "", List.of(), "张伟"));
        }
        services.completeInspection().run(round.id(), site.site().id());
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.reviewInspection().approve(round.id(), site.site().id());
        problem = services.listProblems().run(round.id(), ListProblems.Filter.ALL).problems().get(0).problem();
    }

    private static Answer passing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.met();
            case GRADED -> Answer.grade(Grade.A);
            case DEDUCTION -> Answer.occurrences(0);
        };
    }

    private static Answer failing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.notMet();
            case GRADED -> Answer.grade(Grade.C);
            case DEDUCTION -> Answer.occurrences(2);
        };
    }

    private List<Problem> move(ProblemStatus next, String note, List<String> photos) {
        return services.updateProblem().move(List.of(problem.id()), next, note, photos, "城东区环卫所");
    }

    private RequestRefused refused(ProblemStatus next, String note) {
        return assertThrows(RequestRefused.class, () -> move(next, note, List.of()));
    }

    private static String sentence(RequestRefused refused) {
        return Messages.get(refused.messageKey(), refused.args().toArray());
    }

    private String photo() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path file = temp.resolve("after.jpg");
        javax.imageio.ImageIO.write(image, "jpg", file.toFile());
        return services.addPhoto().run(file);
    }

    @Test
    void twoStaffTakingTheSameStepAtOnceMoveTheProblemOnceAndTheOtherIsToldWhoDidItAndWhen() throws Exception {
        Services colleague = TestWorkspaces.open(temp.resolve("ws"));
        colleague.signedIn().signIn(colleague.addPerson().run("李内业", "", Role.OFFICE, null));
        services.signedIn().signIn(services.addPerson().run("王内业", "", Role.OFFICE, null));
        ProblemStatus[] steps = {ProblemStatus.FIXING, ProblemStatus.TO_RECHECK, ProblemStatus.FIXING, ProblemStatus.TO_RECHECK,
            ProblemStatus.FIXING, ProblemStatus.TO_RECHECK};
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < steps.length; i++) {
                ProblemStatus next = steps[i];
                String note = "第" + (i + 1) + "步";
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<String>> tries = List.of(services, colleague).stream().map(staff -> two.submit(() -> {
                    together.await();
                    try {
                        staff.updateProblem().move(List.of(problem.id()), next, note, List.of(), "");
                        return "moved";
                    } catch (RequestRefused refused) {
                        return sentence(refused);
                    }
                })).toList();
                String first = tries.get(0).get();
                String second = tries.get(1).get();
                assertTrue(first.equals("moved") != second.equals("moved"), "step " + i + ": one moves it, not both: " + first + " / " + second);
                String refusal = first.equals("moved") ? second : first;
                String mover = first.equals("moved") ? "王内业" : "李内业";
                assertTrue(refusal.contains(mover) && refusal.contains("2026-"), "step " + i + " says who moved it and when: " + refusal);
            }
        } finally {
            two.shutdown();
        }
        long moves = services.showProblemHistory().run(problem.id()).stream().filter(entry -> "MOVE".equals(entry.step().kind())).count();
        assertEquals(steps.length, moves, "each step is in the history once");
        assertEquals(ProblemStatus.TO_RECHECK, services.listProblems().run(problem.roundId(), ListProblems.Filter.ALL).problems().get(0).problem().status());
    }

    @Test
    void aStepOrDeadlineFromAScreenShowingTheProblemBeforeAColleagueChangedItIsRefusedNamingThemAndWritesNothing() {
        Services colleague = TestWorkspaces.open(temp.resolve("ws"));
        colleague.signedIn().signIn(colleague.addPerson().run("李内业", "", Role.OFFICE, null));
        services.signedIn().signIn(services.addPerson().run("王内业", "", Role.OFFICE, null));
        int seen = problem.version();
        Problem moved = colleague.updateProblem().move(Map.of(problem.id(), seen), ProblemStatus.FIXING, "已派人", List.of(), "").get(0);
        assertEquals(seen + 1, moved.version(), "a step raises the version");
        int steps = services.showProblemHistory().run(problem.id()).size();
        long entries = services.workspace().<Long>read(tx -> tx.audit().count());

        ChangedMeanwhile deadline = assertThrows(ChangedMeanwhile.class,
                () -> services.updateProblem().changeDeadline(problem.id(), LocalDate.of(2026, 12, 31), "雨天顺延", "", seen));
        String said = sentence(deadline);
        assertTrue(said.contains("李内业") && said.contains(site.site().name()) && said.contains(Messages.get("problem.status.FIXING")), said);
        assertThrows(ChangedMeanwhile.class,
                () -> services.updateProblem().move(Map.of(problem.id(), seen), ProblemStatus.CLOSED, "已处理", List.of(), ""));
        assertEquals(steps, services.showProblemHistory().run(problem.id()).size(), "no step written");
        assertEquals(entries, services.workspace().<Long>read(tx -> tx.audit().count()));

        Problem changed = services.updateProblem().changeDeadline(problem.id(), LocalDate.of(2026, 12, 31), "雨天顺延", "", moved.version());
        assertEquals(LocalDate.of(2026, 12, 31), changed.deadline(), "taken once the problem is read again");
    }

    @Test
    void onlyTheStepsAllowedFromTheProblemsStatusAreTakenAndTheRefusalNamesSiteAndStandard() {
        RequestRefused skipped = refused(ProblemStatus.TO_RECHECK, "已整改");
        assertEquals("problem.cannotMove", skipped.messageKey());
        String said = sentence(skipped);
        assertTrue(said.contains(site.site().name()) && said.contains(problem.standardCode()), said);
        assertFalse(said.contains(problem.id().substring(0, 8)), "no internal id: " + said);

        move(ProblemStatus.FIXING, "", List.of());
        move(ProblemStatus.TO_RECHECK, "", List.of());
        RequestRefused failedWithoutWhy = refused(ProblemStatus.FIXING, " ");
        assertEquals("problem.recheckNeedsNote", failedWithoutWhy.messageKey());
        assertTrue(sentence(failedWithoutWhy).contains(site.site().name()), sentence(failedWithoutWhy));
    }

    @Test
    void closingNeedsAPhotoAfterTheFixOrANoteByDefault() throws Exception {
        assertTrue(services.changeRectificationRules().current().closingNeedsEvidence(), "on until the city turns it off");
        move(ProblemStatus.FIXING, "", List.of());
        move(ProblemStatus.TO_RECHECK, "", List.of());

        RequestRefused bare = refused(ProblemStatus.CLOSED, "");
        assertEquals("problem.closeNeedsEvidence", bare.messageKey());
        String said = sentence(bare);
        assertTrue(said.contains(site.site().name()) && said.contains(problem.standardCode()), said);
        assertEquals(ProblemStatus.TO_RECHECK, services.listProblems().run(null, ListProblems.Filter.ALL).problems().get(0).problem().status(),
                "nothing changed");

        assertEquals(ProblemStatus.CLOSED, move(ProblemStatus.CLOSED, "复查合格", List.of()).get(0).status(), "a note is enough");
    }

    @Test
    void aPhotoOnTheClosingStepOrOnTheStepThatAskedForTheRecheckIsEnough() throws Exception {
        String after = photo();
        move(ProblemStatus.FIXING, "", List.of());
        move(ProblemStatus.TO_RECHECK, "", List.of(after));
        assertEquals(ProblemStatus.CLOSED, move(ProblemStatus.CLOSED, "", List.of()).get(0).status(),
                "the photo sent with 提交复查 shows the fix");
    }

    @Test
    void aPhotoFromBeforeAFailedRecheckDoesNotCount() throws Exception {
        String first = photo();
        move(ProblemStatus.FIXING, "", List.of());
        move(ProblemStatus.TO_RECHECK, "", List.of(first));
        move(ProblemStatus.FIXING, "仍有垃圾", List.of());
        move(ProblemStatus.TO_RECHECK, "", List.of());
        assertEquals("problem.closeNeedsEvidence", refused(ProblemStatus.CLOSED, "").messageKey());
        assertEquals(ProblemStatus.CLOSED, move(ProblemStatus.CLOSED, "", List.of(first)).get(0).status(), "a photo on the closing step");
    }

    @Test
    void theCityMayLetProblemsCloseWithoutEvidence() {
        services.changeRectificationRules().requireEvidenceToClose(false);
        assertFalse(services.changeRectificationRules().current().closingNeedsEvidence());
        move(ProblemStatus.FIXING, "", List.of());
        move(ProblemStatus.TO_RECHECK, "", List.of());
        assertEquals(ProblemStatus.CLOSED, move(ProblemStatus.CLOSED, "", List.of()).get(0).status());
        RequestRefused closed = assertThrows(RequestRefused.class,
                () -> services.updateProblem().changeDeadline(problem.id(), LocalDate.of(2026, 12, 31), "延期", "陈主任"));
        assertEquals("problem.closed", closed.messageKey());
        assertTrue(sentence(closed).contains(site.site().name()), sentence(closed));
    }
}
