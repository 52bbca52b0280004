package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Grade;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Standard;

/** Points earned by one answer (docs/design.md §4); empty for 不适用, which counts in neither numerator nor denominator. */
public final class FindingScore {

    private FindingScore() {
    }

    public static Optional<BigDecimal> earned(Standard standard, Answer answer, GradeCoefficients grades) {
        BigDecimal points = standard.points();
        return switch (answer.kind()) {
            case NOT_APPLICABLE -> Optional.empty();
            case MET -> Optional.of(points);
            case NOT_MET -> Optional.of(BigDecimal.ZERO);
            case GRADE -> Optional.of(points.multiply(coefficient(answer.grade(), grades)));
            case OCCURRENCES -> Optional.of(points.subtract(
                    standard.scoring().deductionPerOccurrence().multiply(BigDecimal.valueOf(answer.count()))).max(BigDecimal.ZERO));
        };
    }

    /** 达标: the standard is fully met (all its points earned). */
    public static boolean fullyMet(Standard standard, Answer answer, GradeCoefficients grades) {
        return earned(standard, answer, grades).map(e -> e.compareTo(standard.points()) >= 0).orElse(false);
    }

    /**
     * The rule of {@link #earned} worked with this answer's numbers, as a person checks it by hand:
     * {@code 6 处 → max(0, 4 − 6×1) = 0}, {@code B → 3 × 0.66 = 1.98}, {@code 2 处 → C → 3 × 0.33 = 0.99},
     * {@code 不符合 → 0}, {@code 符合 → 2}, {@code 不适用 → 不计入}.
     */
    public static String formula(Standard standard, Answer answer, GradeCoefficients grades) {
        String points = plain(standard.points());
        return switch (answer.kind()) {
            case NOT_APPLICABLE -> "不适用 → 不计入";
            case MET -> "符合 → " + points;
            case NOT_MET -> "不符合 → 0";
            case GRADE -> (answer.count() == null ? "" : answer.count() + " 处 → ") + answer.grade().label() + " → " + points + " × "
                    + plain(coefficient(answer.grade(), grades)) + " = " + plain(earned(standard, answer, grades).orElseThrow());
            case OCCURRENCES -> answer.count() + " 处 → max(0, " + points + " − " + answer.count() + "×"
                    + plain(standard.scoring().deductionPerOccurrence()) + ") = " + plain(earned(standard, answer, grades).orElseThrow());
        };
    }

    private static BigDecimal coefficient(Grade grade, GradeCoefficients grades) {
        return switch (grade) {
            case A -> grades.a();
            case B -> grades.b();
            case C -> grades.c();
            case C_SHARP -> grades.cSharp();
        };
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
