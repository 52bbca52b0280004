package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SetSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interviews saved whole or answer by answer, read back whole, and the questionnaire version a round pins. */
class InterviewRepositoryTest {

    private static final Instant STARTED = Instant.parse("2026-11-20T01:00:00Z");

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
        Question heard = new Question("Q1", "您是否参加过志愿服务？", QuestionKind.YES_NO, List.of(
                new QuestionOption("1", "参加过", true, false, false), new QuestionOption("2", "没有", false, false, false)),
                false, null, "参与率", BigDecimal.ONE, List.of());
        fx.write(tx -> {
            tx.questionnaires().insert(new Questionnaire("qn-1", "市民问卷", 1, new SetSource("问卷.xlsx", "a".repeat(64)), NOW,
                    List.of(heard), List.of("参与率")));
            return null;
        });
    }

    private static Interview interview(String id, String round, Instant ended, Map<String, List<String>> answers) {
        return new Interview(id, round, "qn-1", "王芳", "城东区", InterviewMethod.STREET, STARTED, ended, false, answers, 1);
    }

    private static Map<String, List<String>> answers(Object... codeThenValues) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (int i = 0; i < codeThenValues.length; i += 2) {
            @SuppressWarnings("unchecked") List<String> values = (List<String>) codeThenValues[i + 1];
            answers.put((String) codeThenValues[i], values);
        }
        return answers;
    }

    private Interview save(Interview interview) {
        return fx.write(tx -> tx.interviews().save(interview, NOW));
    }

    @Test
    void anInterviewReadsBackWithEveryFieldAndAnswerInOrder() {
        Interview saved = save(interview("A01", SPRING, STARTED.plusSeconds(600),
                answers("Q1", List.of("1"), "Q5", List.of("3", "1"), "Q12", List.of("多设垃圾桶；路灯"))));
        assertEquals(1, saved.version());
        assertEquals(Optional.of(saved), fx.read(tx -> tx.interviews().find(SPRING, "A01")));
        assertEquals(List.of("3", "1"), fx.read(tx -> tx.interviews().find(SPRING, "A01")).orElseThrow().answer("Q5"), "the order said is kept");
    }

    @Test
    void savingAgainReplacesTheInterviewWholeAndRaisesItsVersion() {
        save(interview("A01", SPRING, null, answers("Q1", List.of("1"), "Q5", List.of("1", "2"))));
        Interview again = save(interview("A01", SPRING, STARTED.plusSeconds(900), answers("Q1", List.of("2"))));
        assertEquals(2, again.version());
        Interview read = fx.read(tx -> tx.interviews().find(SPRING, "A01")).orElseThrow();
        assertEquals(again, read);
        assertEquals(Map.of("Q1", List.of("2")), read.answers(), "the answers of the first save are gone");
    }

    private boolean put(String interviewId, String questionCode, List<String> values) {
        Boolean put = fx.write(tx -> tx.interviews().putAnswer(SPRING, interviewId, questionCode, values, NOW));
        return put;
    }

    @Test
    void putAnswerReplacesOneQuestionAndKeepsTheOthers() {
        save(interview("A01", SPRING, null, answers("Q1", List.of("1"))));
        assertTrue(put("A01", "Q5", List.of("2", "4")));
        assertTrue(put("A01", "Q1", List.of("2")));
        assertTrue(put("A01", "Q5", List.of()), "no value clears the answer");
        Interview read = fx.read(tx -> tx.interviews().find(SPRING, "A01")).orElseThrow();
        assertEquals(Map.of("Q1", List.of("2")), read.answers());
        assertEquals(4, read.version());
        assertFalse(put("A99", "Q1", List.of("1")), "there is no interview A99");
    }

    @Test
    void aRoundListsOnlyItsOwnInterviewsByTheirNumber() {
        save(interview("A02", SPRING, null, answers()));
        save(interview("A01", SPRING, null, answers("Q1", List.of("1"))));
        save(interview("A01", AUTUMN, null, answers("Q1", List.of("2"))));
        assertEquals(List.of("A01", "A02"), fx.read(tx -> tx.interviews().ofRound(SPRING)).stream().map(Interview::id).toList());
        assertEquals(List.of("2"), fx.read(tx -> tx.interviews().ofRound(AUTUMN)).get(0).answer("Q1"));
        assertEquals(List.of("qn-1"), fx.read(tx -> tx.interviews().questionnairesAnswered(SPRING)));
    }

    @Test
    void aRoundPinsOneQuestionnaireVersionAtATime() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.interviews().pinnedQuestionnaire(SPRING)));
        fx.write(tx -> {
            tx.interviews().pin(SPRING, "qn-1", NOW);
            tx.interviews().pin(SPRING, "qn-1", NOW.plusSeconds(1));
            return null;
        });
        assertEquals(Optional.of("qn-1"), fx.read(tx -> tx.interviews().pinnedQuestionnaire(SPRING)));
        assertEquals(Optional.empty(), fx.read(tx -> tx.interviews().pinnedQuestionnaire(AUTUMN)));
        assertEquals(1L, fx.read(tx -> tx.interviews().tableCounts()).get("round_questionnaire"));
    }
}
