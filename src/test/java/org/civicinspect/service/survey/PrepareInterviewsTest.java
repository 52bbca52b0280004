package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.Person;
import org.civicinspect.model.Role;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the interview screen opens on: only rounds that pin a questionnaire, the interviewer's completed interviews
 * counted, an unfinished one offered, the next 访问编号 suggested, and the district and method of the last interview kept.
 */
class PrepareInterviewsTest {

    @TempDir Path temp;

    @Test
    void theDeskOfAnInterviewerInARound() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        String roundId = RecordInterviewTest.roundWithTiny(services);
        services.createRound().run("乙轮", "latest", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), "");
        assertEquals(List.of(), services.prepareInterviews().rounds());
        services.pinQuestionnaire().run("甲轮", "tiny-questionnaire");
        assertEquals(List.of("甲轮"), services.prepareInterviews().rounds().stream().map(r -> r.round().name()).toList());

        Person wang = services.addPerson().run("王芳", "", Role.INSPECTOR, "第一组");
        services.signedIn().signIn(wang);
        PrepareInterviews.Desk empty = services.prepareInterviews().desk(roundId);
        assertEquals("A001", empty.suggestedId());
        assertEquals(InterviewMethod.HOME, empty.method());
        assertTrue(empty.quota().isEmpty(), "no plan, no quota");
        services.workspace().write(tx -> {
            tx.surveyPlans().replace(new SurveyPlan(roundId, List.of(new SurveyQuota("城南区", InterviewMethod.HOME, 40)), List.of(),
                    List.of(new InterviewerQuota("王芳", "城西区", InterviewMethod.STREET, 12), new InterviewerQuota("王芳", "城南区",
                            InterviewMethod.HOME, 8), new InterviewerQuota("李强", "城南区", InterviewMethod.HOME, 30))));
            return null;
        });
        PrepareInterviews.Desk planned = services.prepareInterviews().desk(roundId);
        assertEquals(20, planned.quota().orElseThrow(), "王芳's targets over every district and method: 12 + 8");
        assertTrue(planned.districts().contains("城南区"), "the plan's districts are offered");

        RecordInterview record = services.recordInterview();
        record.start(new RecordInterview.Start(roundId, "A009", "", "城西区", InterviewMethod.STREET, null));
        record.finish(roundId, "A009", null);
        record.start(new RecordInterview.Start(roundId, "A010", "", "城西区", InterviewMethod.STREET, null));
        record.abandon(roundId, "A010", null, "受访者拒答");
        record.start(new RecordInterview.Start(roundId, "A011", "", "城西区", InterviewMethod.PHONE, null));
        record.answer(roundId, "A011", "S1", List.of("40"));
        record.start(new RecordInterview.Start(roundId, "A012", "李强", "城东区", InterviewMethod.HOME, null));

        PrepareInterviews.Desk desk = services.prepareInterviews().desk(roundId);
        assertEquals(1, desk.completed(), "the abandoned interview and the one still running are not completed");
        assertEquals("A011", desk.unfinished().orElseThrow().id());
        assertEquals("A013", desk.suggestedId(), "after A011, A012 is taken (by 李强)");
        assertEquals("城西区", desk.district());
        assertEquals(InterviewMethod.PHONE, desk.method());
        assertTrue(desk.districts().containsAll(List.of("城西区", "城东区")));
        assertTrue(services.workspace().read(tx -> tx.audit().ofAction(org.civicinspect.store.AuditLog.Action.INTERVIEW)).stream()
                .anyMatch(e -> e.detail().contains("abandoned reason=受访者拒答")), "the reason for abandoning is in the audit log");
    }

    @Test
    void theNextNumberKeepsItsWidthAndSkipsTakenOnes() {
        assertEquals("A010", PrepareInterviews.next("A009", List.of()));
        assertEquals("王-0003", PrepareInterviews.next("王-0001", List.of("王-0002")));
        assertEquals("A001", PrepareInterviews.next(null, List.of()));
        assertEquals("A002", PrepareInterviews.next("无编号", List.of("A001")));
    }
}
