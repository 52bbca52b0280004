package org.civicinspect.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Grade;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 审核: approve locks, return opens with comments, a correction needs a reason; nothing skips a step. */
class ReviewInspectionTest {

    @TempDir Path temp;
    private Services services;
    private Round round;
    private DrawnSite site;
    private List<Standard> checklist;

    @BeforeEach
    void aCompletedInspection() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        site = services.assignTeams().run(round.id(), List.of()).drawn().get(0);
        checklist = services.openInspection().run(round.id(), site.site().id()).standards();
        for (Standard s : checklist) {
            services.recordFinding().answer(round.id(), site.site().id(), s.code(), passing(s), "张伟");
        }
        services.completeInspection().run(round.id(), site.site().id());
        TestWorkspaces.signInSupervisor(services, "陈主任");
    }

    private static Answer passing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.met();
            case GRADED -> Answer.grade(Grade.A);
            case DEDUCTION -> Answer.occurrences(0);
        };
    }

    private InspectionStatus status() {
        return services.openInspection().run(round.id(), site.site().id()).inspection().status();
    }

    private RequestRefused refused(Runnable action) {
        return assertThrows(RequestRefused.class, action::run);
    }

    @Test
    void approvingLocksAndOnlyACorrectionWithAReasonChangesAFinding() {
        services.reviewInspection().approve(round.id(), site.site().name());
        assertEquals(InspectionStatus.APPROVED, status());
        Standard first = checklist.get(0);
        assertEquals("finding.inspectionApproved", refused(() -> services.recordFinding().answer(round.id(), site.site().id(),
                first.code(), Answer.notApplicable(), "张伟")).messageKey());
        assertEquals("inspection.approved", refused(() -> services.completeInspection().run(round.id(), site.site().id())).messageKey());
        assertEquals("review.notCompleted", refused(() -> services.reviewInspection().approve(round.id(), site.site().id()))
                .messageKey(), "an approved inspection is not reviewed twice");
        RecordFinding.Request change = new RecordFinding.Request(round.id(), site.site().id(), first.code(), Answer.notApplicable(), "",
                List.of(), "陈主任");
        assertEquals("review.correctionNeedsReason", refused(() -> services.correctFinding().run(change, " ")).messageKey());

        assertEquals(2, services.correctFinding().run(change, "现场核实该设施已拆除").version());
        assertEquals(InspectionStatus.APPROVED, status(), "a correction keeps the inspection approved");
        List<AuditEntry> history = services.showHistory().ofFinding(round.id(), site.site().id(), first.code());
        assertEquals("CORRECTION", history.get(1).action());
        assertTrue(history.get(1).detail().endsWith("reason=现场核实该设施已拆除"));
    }

    @Test
    void returningOpensTheInspectionWithACommentPerFindingUntilItIsCompletedAgain() {
        Standard first = checklist.get(0);
        services.reviewInspection().returnWithComments(round.id(), site.site().id(), Map.of(first.code(), "照片看不清，请补拍"));
        assertEquals(InspectionStatus.RETURNED, status());
        assertEquals("照片看不清，请补拍", services.reviewInspection().comments(round.id(), site.site().id()).get(first.code()).comment());
        services.annotateFinding().note(round.id(), site.site().id(), first.code(), "已补拍", "张伟");
        assertEquals("review.notCompleted", refused(() -> services.reviewInspection().approve(round.id(), site.site().id()))
                .messageKey(), "a returned inspection is reviewed once it is completed again");
        services.completeInspection().run(round.id(), site.site().id());
        services.reviewInspection().approve(round.id(), site.site().id());
        assertEquals(InspectionStatus.APPROVED, status());
    }

    @Test
    void aReturnWithoutCommentsOrAboutAnotherSitesStandardChangesNothing() {
        assertEquals("review.returnNeedsComment", refused(() -> services.reviewInspection().returnWithComments(round.id(),
                site.site().id(), Map.of())).messageKey());
        assertEquals("finding.standardNotForSite", refused(() -> services.reviewInspection().returnWithComments(round.id(),
                site.site().id(), Map.of(checklist.get(0).code(), "好", "99-99-99", "?"))).messageKey());
        assertEquals("review.emptyComment", refused(() -> services.reviewInspection().returnWithComments(round.id(),
                site.site().id(), Map.of(checklist.get(0).code(), "  "))).messageKey());
        assertEquals(InspectionStatus.COMPLETED, status());
        assertTrue(services.reviewInspection().comments(round.id(), site.site().id()).isEmpty());
        assertEquals("round.siteNotDrawn", refused(() -> services.reviewInspection().approve(round.id(), "没有这个点位"))
                .messageKey());
    }
}
