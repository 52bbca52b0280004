package org.civicinspect.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Grade;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;

/** Each answer's points, and the rule worked with its numbers in words as --explain prints it. */
class FindingScoreTest {

    private static final Standard DEDUCTION = standard("4", ScoringRule.deduction(BigDecimal.ONE));
    private static final Standard HALF_POINT = standard("3", ScoringRule.deduction(new BigDecimal("0.5")));
    private static final Standard GRADED = standard("3", ScoringRule.GRADED);
    private static final Standard BINARY = standard("2", ScoringRule.BINARY);
    private static final GradeCoefficients GRADES = GradeCoefficients.DEFAULT;

    private static Standard standard(String points, ScoringRule rule) {
        return new Standard("1", "路面干净", List.of("实地考察"), new BigDecimal(points), rule, "", false, List.of("主次干道"));
    }

    @Test
    void aDeductionNeverGoesBelowZeroAndSaysSo() {
        // 4 − 6 × 1 = −2, so 0
        assertEquals("6 处 → max(0, 4 − 6×1) = 0", FindingScore.formula(DEDUCTION, Answer.occurrences(6), GRADES));
        assertEquals(0, BigDecimal.ZERO.compareTo(FindingScore.earned(DEDUCTION, Answer.occurrences(6), GRADES).orElseThrow()));
        // 3 − 3 × 0.5 = 1.5
        assertEquals("3 处 → max(0, 3 − 3×0.5) = 1.5", FindingScore.formula(HALF_POINT, Answer.occurrences(3), GRADES));
        assertEquals("0 处 → max(0, 4 − 0×1) = 4", FindingScore.formula(DEDUCTION, Answer.occurrences(0), GRADES));
    }

    @Test
    void aGradeTakesItsShareOfThePointsAndACountNamesTheGradeItGives() {
        // 3 × 0.66 = 1.98
        assertEquals("B → 3 × 0.66 = 1.98", FindingScore.formula(GRADED, Answer.grade(Grade.B), GRADES));
        // 2 violations → C; 3 × 0.33 = 0.99
        assertEquals("2 处 → C → 3 × 0.33 = 0.99", FindingScore.formula(GRADED, Answer.violations(2), GRADES));
        assertEquals("C# → 3 × 0 = 0", FindingScore.formula(GRADED, Answer.grade(Grade.C_SHARP), GRADES));
        assertEquals("A → 3 × 1 = 3", FindingScore.formula(GRADED, Answer.grade(Grade.A), GRADES));
    }

    @Test
    void metOrNotMetTakesAllOrNothingAndNotApplicableIsLeftOut() {
        assertEquals("不符合 → 0", FindingScore.formula(BINARY, Answer.notMet(), GRADES));
        assertEquals("符合 → 2", FindingScore.formula(BINARY, Answer.met(), GRADES));
        assertEquals("不适用 → 不计入", FindingScore.formula(BINARY, Answer.notApplicable(), GRADES));
    }
}
