package org.civicinspect.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers as people write them in score sheets and on the command line. */
class AnswerParseTest {

    @Test
    void readsMetAndNotMetOnABinaryStandard() {
        assertEquals(Optional.of(Answer.met()), Answer.parse(" 符合 ", ScoringMode.BINARY));
        assertEquals(Optional.of(Answer.notMet()), Answer.parse("不符合", ScoringMode.BINARY));
    }

    @Test
    void readsGradesInEitherCase() {
        assertEquals(Optional.of(Answer.grade(Grade.B)), Answer.parse("b", ScoringMode.GRADED));
        assertEquals(Optional.of(Answer.grade(Grade.C_SHARP)), Answer.parse("c#", ScoringMode.GRADED));
    }

    @Test
    void aWholeNumberIsViolationsOnAGradedStandardAndOccurrencesOnADeductingOne() {
        assertEquals(Optional.of(Answer.violations(2)), Answer.parse("2", ScoringMode.GRADED));
        assertEquals(Optional.of(Answer.occurrences(12)), Answer.parse("12", ScoringMode.DEDUCTION));
    }

    @Test
    void notApplicableFitsEveryMode() {
        for (ScoringMode mode : ScoringMode.values()) {
            assertEquals(Optional.of(Answer.notApplicable()), Answer.parse("不适用", mode), mode.name());
            assertEquals(Optional.of(Answer.notApplicable()), Answer.parse("n/a", mode), mode.name());
        }
    }

    @Test
    void refusesWhatDoesNotFitTheModeOrIsNoAnswer() {
        assertTrue(Answer.parse("A", ScoringMode.BINARY).isEmpty());
        assertTrue(Answer.parse("符合", ScoringMode.GRADED).isEmpty());
        assertTrue(Answer.parse("3", ScoringMode.BINARY).isEmpty());
        assertTrue(Answer.parse("12345", ScoringMode.DEDUCTION).isEmpty());
        assertTrue(Answer.parse("两处", ScoringMode.DEDUCTION).isEmpty());
        assertTrue(Answer.parse("", ScoringMode.BINARY).isEmpty());
    }
}
