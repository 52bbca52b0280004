package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.civicinspect.model.Answer;
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
            case GRADE -> Optional.of(points.multiply(switch (answer.grade()) {
                case A -> grades.a();
                case B -> grades.b();
                case C -> grades.c();
                case C_SHARP -> grades.cSharp();
            }));
            case OCCURRENCES -> Optional.of(points.subtract(
                    standard.scoring().deductionPerOccurrence().multiply(BigDecimal.valueOf(answer.count()))).max(BigDecimal.ZERO));
        };
    }

    /** 达标: the standard is fully met (all its points earned). */
    public static boolean fullyMet(Standard standard, Answer answer, GradeCoefficients grades) {
        return earned(standard, answer, grades).map(e -> e.compareTo(standard.points()) >= 0).orElse(false);
    }
}
