package org.civicinspect.service.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.civicinspect.model.Finding;
import org.civicinspect.model.Grade;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two supervisors review the same workspace at once, each from what their screen showed: a decision on an inspection
 * or a finding that a colleague changed meanwhile is refused with who changed it and when, and writes nothing.
 */
class DecideOnWhatWasSeenTest {

    @TempDir Path temp;
    private Services chen;
    private Services li;
    private Round round;
    private DrawnSite site;
    private Standard first;

    @BeforeEach
    void aCompletedInspectionOpenOnTwoSupervisorsScreens() {
        chen = TestWorkspaces.open(temp.resolve("ws"));
        chen.importSampleIndicatorSet().run(Progress.NONE);
        chen.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        chen.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = chen.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 3), "");
        chen.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        site = chen.assignTeams().run(round.id(), List.of()).drawn().get(0);
        List<Standard> checklist = chen.openInspection().run(round.id(), site.site().id()).standards();
        first = checklist.get(0);
        for (Standard s : checklist) {
            chen.recordFinding().answer(round.id(), site.site().id(), s.code(), passing(s), "张伟");
        }
        chen.completeInspection().run(round.id(), site.site().id());
        TestWorkspaces.signInSupervisor(chen, "陈主任");
        li = TestWorkspaces.open(temp.resolve("ws"));
        TestWorkspaces.signInSupervisor(li, "李组长");
    }

    private static Answer passing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.met();
            case GRADED -> Answer.grade(Grade.A);
            case DEDUCTION -> Answer.occurrences(0);
        };
    }

    private Inspection shownTo(Services staff) {
        return staff.openInspection().run(round.id(), site.site().id()).inspection();
    }

    private long auditEntries() {
        return chen.workspace().read(tx -> tx.audit().count());
    }

    private static String sentence(ChangedMeanwhile refused) {
        return Messages.get(refused.messageKey(), refused.args().toArray());
    }

    @Test
    void anApprovalFromAScreenShowingItBeforeAColleagueReturnedItIsRefusedNamingThemAndWhen() {
        Inspection seenByLi = shownTo(li);
        chen.reviewInspection().returnWithComments(round.id(), site.site().id(), Map.of(first.code(), "照片看不清"), shownTo(chen).version());
        long entries = auditEntries();

        ChangedMeanwhile refused = assertThrows(ChangedMeanwhile.class,
                () -> li.reviewInspection().approve(round.id(), site.site().id(), seenByLi.version()));
        String said = sentence(refused);
        assertTrue(said.contains("陈主任") && said.contains(ChangedMeanwhile.minute(TestWorkspaces.CLOCK.instant()))
                && said.contains(Messages.get("inspection.status.RETURNED")) && said.contains(site.site().name()), said);
        assertEquals(InspectionStatus.RETURNED, shownTo(chen).status(), "not approved");
        assertEquals(entries, auditEntries(), "nothing written");
    }

    @Test
    void anInspectionReturnedAndCompletedAgainIsNotApprovedFromTheScreenThatShowedItBefore() {
        Inspection seenByLi = shownTo(li);
        chen.reviewInspection().returnWithComments(round.id(), site.site().id(), Map.of(first.code(), "请补拍"), shownTo(chen).version());
        chen.annotateFinding().note(round.id(), site.site().id(), first.code(), "已补拍", "张伟");
        chen.completeInspection().run(round.id(), site.site().id());
        assertEquals(InspectionStatus.COMPLETED, shownTo(li).status(), "waiting for review again, with a change Li has not seen");

        assertThrows(ChangedMeanwhile.class, () -> li.reviewInspection().approve(round.id(), site.site().id(), seenByLi.version()));
        assertThrows(ChangedMeanwhile.class, () -> li.reviewInspection().returnWithComments(round.id(), site.site().id(),
                Map.of(first.code(), "再看看"), seenByLi.version()));
        li.reviewInspection().approve(round.id(), site.site().id(), shownTo(li).version());
        assertEquals(InspectionStatus.APPROVED, shownTo(chen).status(), "approved once read again");
    }

    @Test
    void twoApprovalsOfTheSameScreenApproveOnceAndTheSecondIsToldWhoApproved() {
        int seen = shownTo(chen).version();
        assertEquals(seen, shownTo(li).version());
        chen.reviewInspection().approve(round.id(), site.site().id(), seen);
        long problems = chen.workspace().read(tx -> tx.problems().all()).size();
        long entries = auditEntries();

        String said = sentence(assertThrows(ChangedMeanwhile.class, () -> li.reviewInspection().approve(round.id(), site.site().id(), seen)));
        assertTrue(said.contains("陈主任") && said.contains(Messages.get("inspection.status.APPROVED")), said);
        assertEquals(entries, auditEntries());
        assertEquals(problems, chen.workspace().read(tx -> tx.problems().all()).size(), "no problem raised twice");
    }

    @Test
    void aCorrectionOfAFindingAColleagueCorrectedMeanwhileIsRefusedNamingThemAndTheirAnswer() {
        chen.reviewInspection().approve(round.id(), site.site().id(), shownTo(chen).version());
        Finding seenByLi = li.openInspection().run(round.id(), site.site().id()).findings().get(first.code());
        RecordFinding.Request chensChange = new RecordFinding.Request(round.id(), site.site().id(), first.code(), Answer.notApplicable(), "",
                List.of(), null);
        Finding corrected = chen.correctFinding().run(chensChange, "现场核实该设施已拆除",
                chen.openInspection().run(round.id(), site.site().id()).findings().get(first.code()));
        assertEquals(seenByLi.version() + 1, corrected.version());
        long entries = auditEntries();

        RecordFinding.Request lisChange = new RecordFinding.Request(round.id(), site.site().id(), first.code(), passing(first), "", List.of(),
                null);
        String said = sentence(assertThrows(ChangedMeanwhile.class, () -> li.correctFinding().run(lisChange, "复核", seenByLi)));
        assertTrue(said.contains("陈主任") && said.contains(Messages.answer(Answer.notApplicable())), said);
        assertEquals(entries, auditEntries());
        assertEquals(Answer.notApplicable(), li.openInspection().run(round.id(), site.site().id()).findings().get(first.code()).answer());
    }
}
