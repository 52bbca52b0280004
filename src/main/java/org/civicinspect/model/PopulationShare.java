package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 人口结构: the share, in percent, of the population of one district (or, district empty, of the whole city) that falls
 * in one option of a question (an age band of the screening question). The office gives them with the survey plan; the
 * survey is weighted to them only when asked (docs/design.md §4.6, "Weighting").
 */
public record PopulationShare(String district, String questionCode, String optionCode, BigDecimal percent) {

    public PopulationShare {
        district = district == null ? "" : district;
        Objects.requireNonNull(questionCode, "questionCode");
        Objects.requireNonNull(optionCode, "optionCode");
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a population share lies between 0 and 100 percent");
        }
        percent = percent.stripTrailingZeros();
    }

    public boolean cityWide() {
        return district.isEmpty();
    }
}
