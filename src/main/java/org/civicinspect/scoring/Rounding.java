package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule: half-up to two places, applied only when a number is shown or exported. */
public final class Rounding {

    public static final int SCALE = 2;

    private Rounding() {
    }

    public static BigDecimal forDisplay(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A rate in [0, 1] as a percentage with two places, e.g. 0.87654 → 87.65. */
    public static BigDecimal percent(BigDecimal rate) {
        return forDisplay(rate.movePointRight(2));
    }
}
