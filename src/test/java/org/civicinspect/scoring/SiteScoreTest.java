package org.civicinspect.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Grade;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;

/** Hand-worked examples of docs/design.md §4. */
class SiteScoreTest {

    private static Standard standard(String code, String points, ScoringRule rule) {
        return new Standard(code, "标准" + code, List.of("实地考察"), new BigDecimal(points), rule, "", false, List.of("公园"));
    }

    private static final Standard BINARY = standard("1", "2", ScoringRule.BINARY);
    private static final Standard GRADED = standard("2", "3", ScoringRule.GRADED);
    private static final Standard DEDUCTION = standard("3", "4", ScoringRule.deduction(BigDecimal.ONE));

    private static BigDecimal earned(Standard s, Answer a) {
        return FindingScore.earned(s, a, GradeCoefficients.DEFAULT).orElseThrow();
    }

    @Test
    void binaryEarnsAllOrNothing() {
        assertEquals(new BigDecimal("2"), earned(BINARY, Answer.met()));
        assertEquals(BigDecimal.ZERO, earned(BINARY, Answer.notMet()));
    }

    @Test
    void gradesEarnTheirShareOfThePoints() {
        assertEquals(0, new BigDecimal("3").compareTo(earned(GRADED, Answer.grade(Grade.A))));
        assertEquals(0, new BigDecimal("1.98").compareTo(earned(GRADED, Answer.grade(Grade.B))));
        assertEquals(0, new BigDecimal("0.99").compareTo(earned(GRADED, Answer.grade(Grade.C))));
        assertEquals(0, BigDecimal.ZERO.compareTo(earned(GRADED, Answer.grade(Grade.C_SHARP))));
    }

    @Test
    void violationsGiveTheGrade() {
        assertEquals(List.of(Grade.A, Grade.B, Grade.C, Grade.C_SHARP, Grade.C_SHARP),
                List.of(0, 1, 2, 3, 7).stream().map(n -> Answer.violations(n).grade()).toList());
    }

    @Test
    void deductionsStopAtZero() {
        assertEquals(0, new BigDecimal("4").compareTo(earned(DEDUCTION, Answer.occurrences(0))));
        assertEquals(0, new BigDecimal("1").compareTo(earned(DEDUCTION, Answer.occurrences(3))));
        assertEquals(0, BigDecimal.ZERO.compareTo(earned(DEDUCTION, Answer.occurrences(9))));
    }

    @Test
    void notApplicableLeavesTheStandardOutOfBothSides() {
        SiteScore score = SiteScore.of(List.of(BINARY, GRADED, DEDUCTION),
                Map.of("1", Answer.met(), "2", Answer.notApplicable(), "3", Answer.occurrences(1)), GradeCoefficients.DEFAULT);
        assertEquals(0, new BigDecimal("5").compareTo(score.earned()));
        assertEquals(0, new BigDecimal("6").compareTo(score.possible()));
        assertEquals(new BigDecimal("83.33"), Rounding.percent(score.scoreRate()));
        assertEquals(new BigDecimal("50.00"), Rounding.percent(score.complianceRate()));
        assertEquals(1, score.problems());
        assertEquals(2, score.applicable());
        assertEquals(0, score.unanswered());
    }

    @Test
    void unansweredStandardsAreCountedButNotScored() {
        SiteScore score = SiteScore.of(List.of(BINARY, GRADED, DEDUCTION), Map.of("1", Answer.notMet()), GradeCoefficients.DEFAULT);
        assertEquals(2, score.unanswered());
        assertEquals(0, BigDecimal.ZERO.compareTo(score.scoreRate()));
        assertEquals(1, score.problems());
    }
}
