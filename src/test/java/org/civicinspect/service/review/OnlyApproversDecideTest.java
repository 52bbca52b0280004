package org.civicinspect.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
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

/**
 * Approval, return, conflict resolution and corrections are decided by the signed-in person, and only when their role
 * may approve (督查组长 unless the workspace adds others) and the site is not their own team's.
 */
class OnlyApproversDecideTest {

    @TempDir Path temp;
    private Services services;
    private Round round;
    private DrawnSite site;
    private Standard first;

    @BeforeEach
    void aCompletedInspectionOfTheFirstTeam() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        services.addPerson().run("王芳", "", Role.OFFICE, null);
        services.addPerson().run("陈主任", "", Role.SUPERVISOR, null);
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        site = services.assignTeams().run(round.id(), List.of()).drawn().get(0);
        List<Standard> checklist = services.openInspection().run(round.id(), site.site().id()).standards();
        first = checklist.get(0);
        for (Standard s : checklist) {
            services.recordFinding().answer(round.id(), site.site().id(), s.code(), passing(s), "张伟");
        }
        services.completeInspection().run(round.id(), site.site().id());
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
    void anInspectorMayNotApproveReturnResolveOrCorrect() {
        services.signIn().asNamed("张伟");
        RequestRefused approve = refused(() -> services.reviewInspection().approve(round.id(), site.site().id()));
        assertEquals("review.roleMayNot", approve.messageKey());
        assertEquals(List.of("张伟", "测评员", "督查组长"), approve.args(), "names the person, their role and the role needed");
        assertEquals("review.roleMayNot", refused(() -> services.reviewInspection().returnWithComments(round.id(), site.site().id(),
                Map.of(first.code(), "请补拍"))).messageKey());
        assertEquals("review.roleMayNot", refused(() -> services.resolveConflict().enter("any", "符合", ""))
                .messageKey(), "refused before the conflict is even looked up");
        assertEquals("review.roleMayNot", refused(() -> services.resolveConflict().choose("any", "any")).messageKey());
        assertEquals(InspectionStatus.COMPLETED, status(), "nothing changed");
    }

    @Test
    void nobodySignedInDecidesNothing() {
        assertEquals("review.nobodySignedIn", refused(() -> services.reviewInspection().approve(round.id(), site.site().id()))
                .messageKey());
        assertEquals(InspectionStatus.COMPLETED, status());
    }

    @Test
    void officeStaffApproveOnlyWhereTheWorkspaceSaysSo() {
        services.signIn().asNamed("王芳");
        assertEquals(List.of("王芳", "内业", "督查组长"), refused(() -> services.reviewInspection().approve(round.id(), site.site().id()))
                .args());
        services.chooseApprovingRoles().change(Set.of(Role.SUPERVISOR, Role.OFFICE));
        assertEquals(Set.of(Role.SUPERVISOR, Role.OFFICE), services.chooseApprovingRoles().current(), "office staff may decide it");
        services.reviewInspection().approve(round.id(), site.site().id());
        assertEquals(InspectionStatus.APPROVED, status());
        assertEquals("王芳", services.workspace().read(tx -> tx.audit().about(org.civicinspect.service.common.Audit.inspection(round.id(), site.site().id()))).stream()
                .filter(e -> e.action().equals("REVIEW")).findFirst().orElseThrow().actor(), "named on the approval");
    }

    @Test
    void anInspectorWhoMayApproveStillMayNotApproveTheirOwnTeamsSite() {
        services.signIn().asNamed("陈主任");
        services.chooseApprovingRoles().change(Set.of(Role.SUPERVISOR, Role.INSPECTOR));
        services.signIn().asNamed("张伟");
        RequestRefused ownTeam = refused(() -> services.reviewInspection().approve(round.id(), site.site().id()));
        assertEquals("review.ownTeam", ownTeam.messageKey());
        assertEquals(List.of("张伟", "第一组", site.site().name()), ownTeam.args());
        assertEquals(InspectionStatus.COMPLETED, status());
    }

    @Test
    void aCorrectionNeedsTheRoleToo() {
        services.signIn().asNamed("陈主任");
        services.reviewInspection().approve(round.id(), site.site().id());
        services.signIn().asNamed("王芳");
        RecordFinding.Request change = new RecordFinding.Request(round.id(), site.site().id(), first.code(), Answer.notApplicable(), "",
                List.of(), null);
        assertEquals("review.roleMayNot", refused(() -> services.correctFinding().run(change, "现场核实已拆除")).messageKey());
        services.signIn().asNamed("陈主任");
        assertEquals(2, services.correctFinding().run(change, "现场核实已拆除").version());
    }

    @Test
    void theApprovingRolesAreNeverNoneAndNotAnInspectorsToChange() {
        assertEquals(Set.of(Role.SUPERVISOR), services.chooseApprovingRoles().current(), "督查组长 by default");
        assertEquals("review.approversNobody", refused(() -> services.chooseApprovingRoles().change(Set.of(Role.OFFICE))).messageKey());
        services.signIn().asNamed("张伟");
        assertEquals("review.approversByStaff", refused(() -> services.chooseApprovingRoles().change(Set.of(Role.INSPECTOR))).messageKey());
        services.signIn().asNamed("陈主任");
        assertEquals("review.noApprovingRole", refused(() -> services.chooseApprovingRoles().change(Set.of())).messageKey());
        assertEquals(Set.of(Role.SUPERVISOR), services.chooseApprovingRoles().current());
    }
}
