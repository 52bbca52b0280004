package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SetSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questionnaires, only ever inserted, read back whole: questions in order, options, skip rules, indices. */
class QuestionnaireRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    /** A screening question, a scored yes/no with a vague answer not read aloud, and a multiple choice asked after it. */
    private static Questionnaire questionnaire(String id, String name, int version, String sha) {
        Question age = new Question("S1", "您的年龄？", QuestionKind.SINGLE, List.of(
                new QuestionOption("1", "未满 18 周岁", false, false, true), new QuestionOption("2", "18 周岁及以上", false, false, false)),
                true, null, null, null, List.of());
        Question heard = new Question("Q1", "您是否参加过志愿服务？", QuestionKind.YES_NO, List.of(
                new QuestionOption("1", "参加过", true, false, false), new QuestionOption("2", "没有", false, false, false),
                new QuestionOption("9", "不清楚", false, true, false)), false, null, "参与率", new BigDecimal("1.50"), List.of("05-03-04", "09-01-01"));
        Question which = new Question("Q2", "参加过哪些？", QuestionKind.MULTIPLE, List.of(
                new QuestionOption("1", "环境清洁", false, false, false), new QuestionOption("2", "交通劝导", false, false, false)),
                false, new AskedWhen("Q1", List.of("1", "9")), null, null, List.of());
        Question said = new Question("Q3", "您的建议", QuestionKind.TEXT, List.of(), false, null, null, null, List.of());
        return new Questionnaire(id, name, version, new SetSource(name + ".xlsx", sha), NOW, List.of(age, heard, which, said), List.of("参与率"));
    }

    private void insert(Questionnaire q) {
        fx.write(tx -> {
            tx.questionnaires().insert(q);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfEveryQuestionAndOption() {
        Questionnaire q = questionnaire("q-1", "市民问卷", 1, "a".repeat(64));
        insert(q);
        assertEquals(Optional.of(q), fx.read(tx -> tx.questionnaires().find("q-1")));
        assertEquals(new BigDecimal("1.5"), fx.read(tx -> tx.questionnaires().find("q-1")).orElseThrow().questions().get(1).weight());
    }

    @Test
    void findsNothingForAnUnknownIdOrFile() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.questionnaires().find("no-such")));
        assertEquals(Optional.empty(), fx.read(tx -> tx.questionnaires().findBySha256("f".repeat(64))));
    }

    @Test
    void findsAVersionByItsFile() {
        insert(questionnaire("q-1", "市民问卷", 1, "a".repeat(64)));
        insert(questionnaire("q-2", "市民问卷", 2, "b".repeat(64)));
        assertEquals("q-2", fx.read(tx -> tx.questionnaires().findBySha256("b".repeat(64))).orElseThrow().id());
    }

    @Test
    void listsEveryVersionWholeByImportTimeThenNameThenVersion() {
        Questionnaire later = new Questionnaire("q-3", "AA问卷", 1, new SetSource("aa.xlsx", "c".repeat(64)), NOW.plusSeconds(5),
                List.of(new Question("Q1", "题目", QuestionKind.NUMBER, List.of(), false, null, null, null, List.of())), List.of());
        insert(later);
        insert(questionnaire("q-2", "市民问卷", 2, "b".repeat(64)));
        insert(questionnaire("q-1", "市民问卷", 1, "a".repeat(64)));
        List<Questionnaire> all = fx.read(tx -> tx.questionnaires().list());
        assertEquals(List.of("q-1", "q-2", "q-3"), all.stream().map(Questionnaire::id).toList());
        assertEquals(List.of(4, 4, 1), all.stream().map(q -> q.questions().size()).toList());
        assertEquals(later, all.get(2));
    }

    @Test
    void theNextVersionOfANameIsOneMoreThanItsHighest() {
        insert(questionnaire("q-3", "市民问卷", 3, "c".repeat(64)));
        assertEquals(4, fx.<Integer>read(tx -> tx.questionnaires().nextVersion("市民问卷")));
        assertEquals(1, fx.<Integer>read(tx -> tx.questionnaires().nextVersion("新问卷")));
    }

    @Test
    void theSameNameAndVersionTwiceIsRefusedAndLeavesNothingOfTheSecond() {
        insert(questionnaire("q-1", "市民问卷", 1, "a".repeat(64)));
        Map<String, Long> before = fx.read(tx -> tx.questionnaires().tableCounts());
        fx.assertRefused("UNIQUE", tx -> {
            tx.questionnaires().insert(questionnaire("q-2", "市民问卷", 1, "b".repeat(64)));
            return null;
        });
        assertEquals(before, fx.read(tx -> tx.questionnaires().tableCounts()));
        assertEquals(Map.of("questionnaire", 1L, "questionnaire_index", 1L, "question", 4L, "question_option", 7L), before);
    }
}
