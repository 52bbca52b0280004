package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A standard's scoring mode with its parameter: the deduction per occurrence for {@link ScoringMode#DEDUCTION}. */
public record ScoringRule(ScoringMode mode, BigDecimal deductionPerOccurrence) {

    public static final ScoringRule BINARY = new ScoringRule(ScoringMode.BINARY, null);
    public static final ScoringRule GRADED = new ScoringRule(ScoringMode.GRADED, null);

    public ScoringRule {
        Objects.requireNonNull(mode, "mode");
        if (mode == ScoringMode.DEDUCTION) {
            if (deductionPerOccurrence == null || deductionPerOccurrence.signum() <= 0) {
                throw new IllegalArgumentException("a deduction rule needs a positive deduction per occurrence");
            }
            deductionPerOccurrence = deductionPerOccurrence.stripTrailingZeros();
        } else if (deductionPerOccurrence != null) {
            throw new IllegalArgumentException(mode + " takes no deduction");
        }
    }

    public static ScoringRule deduction(BigDecimal perOccurrence) {
        return new ScoringRule(ScoringMode.DEDUCTION, perOccurrence);
    }
}
