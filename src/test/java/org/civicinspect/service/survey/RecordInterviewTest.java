package org.civicinspect.service.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SetSource;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interview recorded answer by answer: each answer is in the workspace when the call returns (a new program
 * reading the folder sees it), and an answer the question cannot take is refused in one sentence.
 */
class RecordInterviewTest {

    private static final Instant STARTED = Instant.parse("2026-11-20T01:00:00Z");

    @TempDir Path temp;
    private Services services;
    private String roundId;

    /** A tiny questionnaire: age (a number), a yes/no, a multiple choice. */
    static Questionnaire tiny(String id) {
        Question age = new Question("S1", "您的年龄？", QuestionKind.NUMBER, List.of(), true, null, null, null, List.of());
        Question heard = new Question("Q1", "您是否听说过创建文明城市？", QuestionKind.YES_NO, List.of(
                new QuestionOption("1", "听说过", true, false, false), new QuestionOption("2", "没听说过", false, false, false)),
                false, null, "知晓率", BigDecimal.ONE, List.of());
        Question which = new Question("Q2", "您参加过哪些活动？", QuestionKind.MULTIPLE, List.of(
                new QuestionOption("1", "环境清洁", true, false, false), new QuestionOption("2", "交通劝导", true, false, false),
                new QuestionOption("3", "没有参加", false, false, false)), false, null, "参与率", BigDecimal.ONE, List.of());
        return new Questionnaire(id, "小问卷", 1, new SetSource("小问卷.xlsx", "b".repeat(64)), TestWorkspaces.CLOCK.instant(),
                List.of(age, heard, which), List.of("知晓率", "参与率"));
    }

    /** A workspace with the sample indicator set, round 甲轮 and the tiny questionnaire stored (not pinned). */
    static String roundWithTiny(Services services) {
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.workspace().write(tx -> {
            tx.questionnaires().insert(tiny("tiny-questionnaire"));
            return null;
        });
        return services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 22), "").id();
    }

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        roundId = roundWithTiny(services);
        services.pinQuestionnaire().run("甲轮", "tiny-questionnaire");
    }

    private Interview start(String id) {
        return services.recordInterview().start(new RecordInterview.Start(roundId, id, "王芳", "城东区", InterviewMethod.HOME, STARTED));
    }

    @Test
    void eachAnswerIsStoredWhenTheCallReturnsAndANewProgramReadsItBack() {
        start("A01");
        services.recordInterview().answer(roundId, "A01", "S1", List.of("34"));
        services.recordInterview().answer(roundId, "A01", "Q1", List.of("1"));
        Interview answered = services.recordInterview().answer(roundId, "A01", "Q2", List.of("2", "1"));

        Services reopened = TestWorkspaces.open(temp.resolve("ws"));
        Interview read = reopened.workspace().read(tx -> tx.interviews().find(roundId, "A01")).orElseThrow();
        assertEquals(answered, read);
        assertEquals(Map.of("S1", List.of("34"), "Q1", List.of("1"), "Q2", List.of("2", "1")), read.answers());
        assertNull(read.endedAt(), "still running");
        assertEquals(4, read.version(), "started, then three answers");
        assertEquals("tiny-questionnaire", read.questionnaireId(), "the round's pinned version");
    }

    @Test
    void finishingAndAbandoningEndTheInterview() {
        start("A01");
        start("A02");
        Interview finished = services.recordInterview().finish(roundId, "A01", STARTED.plusSeconds(420));
        Interview abandoned = services.recordInterview().abandon(roundId, "A02", null);
        assertEquals(STARTED.plusSeconds(420), finished.endedAt());
        assertEquals(TestWorkspaces.CLOCK.instant(), abandoned.endedAt(), "no time given: now");
        assertTrue(abandoned.abandoned());
        assertEquals(List.of(finished, abandoned), services.workspace().read(tx -> tx.interviews().ofRound(roundId)));
    }

    @Test
    void anAnswerTheQuestionCannotTakeIsRefusedAndNothingChanges() {
        start("A01");
        assertRefused("interview.unknownOption", () -> services.recordInterview().answer(roundId, "A01", "Q1", List.of("7")));
        assertRefused("interview.oneOptionOnly", () -> services.recordInterview().answer(roundId, "A01", "Q1", List.of("1", "2")));
        assertRefused("interview.notANumber", () -> services.recordInterview().answer(roundId, "A01", "S1", List.of("三十")));
        assertRefused("interview.unknownQuestion", () -> services.recordInterview().answer(roundId, "A01", "Q9", List.of("1")));
        assertRefused("interview.notFound", () -> services.recordInterview().answer(roundId, "A09", "Q1", List.of("1")));
        assertRefused("interview.exists", () -> start("A01"));
        Interview read = services.workspace().read(tx -> tx.interviews().find(roundId, "A01")).orElseThrow();
        assertEquals(Map.of(), read.answers());
        assertEquals(1, read.version());
    }

    @Test
    void aRoundKeepsItsQuestionnaireOnceItHasInterviews() {
        services.workspace().write(tx -> {
            tx.questionnaires().insert(new Questionnaire("tiny-v2", "小问卷", 2, new SetSource("小问卷2.xlsx", "c".repeat(64)),
                    TestWorkspaces.CLOCK.instant(), tiny("x").questions(), tiny("x").indices()));
            return null;
        });
        assertEquals("tiny-v2", services.pinQuestionnaire().run("甲轮", "tiny-v2").questionnaire().id(), "no interview yet: it may change");
        services.pinQuestionnaire().run("甲轮", "tiny-questionnaire");
        start("A01");
        assertRefused("survey.pinnedHasInterviews", () -> services.pinQuestionnaire().run("甲轮", "tiny-v2"));
        assertRefused("survey.noSuchQuestionnaire", () -> services.pinQuestionnaire().run("甲轮", "nothing"));
        assertEquals("tiny-questionnaire", services.workspace().read(tx -> tx.interviews().pinnedQuestionnaire(roundId)).orElseThrow());
    }

    @Test
    void noInterviewStartsInARoundWithoutAQuestionnaire() {
        String other = services.createRound().run("乙轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "").id();
        assertRefused("survey.notPinned", () -> services.recordInterview().start(
                new RecordInterview.Start(other, "A01", "王芳", "城东区", InterviewMethod.PHONE, null)));
    }

    private static void assertRefused(String key, Runnable request) {
        assertEquals(key, assertThrows(RequestRefused.class, request::run).messageKey());
    }
}
