package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.Objects;

/** Share of a graded standard's points earned by each grade; configurable per indicator set. */
public record GradeCoefficients(BigDecimal a, BigDecimal b, BigDecimal c, BigDecimal cSharp) {

    public static final GradeCoefficients DEFAULT = new GradeCoefficients(
            new BigDecimal("1"), new BigDecimal("0.66"), new BigDecimal("0.33"), BigDecimal.ZERO);

    public GradeCoefficients {
        a = checked(a, "A");
        b = checked(b, "B");
        c = checked(c, "C");
        cSharp = checked(cSharp, "C#");
    }

    private static BigDecimal checked(BigDecimal value, String grade) {
        Objects.requireNonNull(value, grade);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("coefficient of grade " + grade + " must lie in [0, 1]: " + value);
        }
        return value.stripTrailingZeros();
    }
}
