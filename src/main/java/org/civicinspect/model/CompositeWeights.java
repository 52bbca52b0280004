package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 综合得分 weights, in percent, of materials (材料审核 / 网上申报), field inspection (实地考察) and the survey
 * (问卷调查), and the score the 未成年人思想道德建设 gate must reach. The weights add up to 100 ({@link #sumsToHundred}).
 */
public record CompositeWeights(BigDecimal materials, BigDecimal field, BigDecimal survey, BigDecimal gateThreshold) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final CompositeWeights DEFAULT = new CompositeWeights(BigDecimal.valueOf(40), BigDecimal.valueOf(40), BigDecimal.valueOf(20),
            BigDecimal.valueOf(85));

    public CompositeWeights {
        materials = Objects.requireNonNull(materials, "materials").stripTrailingZeros();
        field = Objects.requireNonNull(field, "field").stripTrailingZeros();
        survey = Objects.requireNonNull(survey, "survey").stripTrailingZeros();
        gateThreshold = Objects.requireNonNull(gateThreshold, "gateThreshold").stripTrailingZeros();
    }

    public boolean sumsToHundred() {
        return materials.add(field).add(survey).compareTo(HUNDRED) == 0 && materials.signum() >= 0 && field.signum() >= 0 && survey.signum() >= 0;
    }

    public CompositeWeights withParts(BigDecimal materials, BigDecimal field, BigDecimal survey) {
        return new CompositeWeights(materials, field, survey, gateThreshold);
    }

    public CompositeWeights withGateThreshold(BigDecimal threshold) {
        return new CompositeWeights(materials, field, survey, threshold);
    }

    /** {@code 40/40/20}. */
    public String label() {
        return materials.toPlainString() + "/" + field.toPlainString() + "/" + survey.toPlainString();
    }
}
