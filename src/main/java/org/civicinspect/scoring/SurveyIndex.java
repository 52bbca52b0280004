package org.civicinspect.scoring;

import java.math.BigDecimal;

/** A survey index (知晓率, 参与率, 支持率, 满意度 …) in one group: the weighted mean of its questions' rates. */
public record SurveyIndex(String name, WeightedRate rate) {

    public boolean rated() {
        return rate.rated();
    }

    public BigDecimal value() {
        return rate.value();
    }

    /** The formula with its numbers, e.g. {@code 知晓率 = (1 × 5/7 + 2 × 3/4) / (1 + 2) = 73.81%}. */
    public String formula() {
        String label = name + (rate.weighted() ? "（加权）" : "");
        if (!rated()) {
            return label + " —（无有效回答）";
        }
        return label + " = " + rate.terms() + " = " + Rounding.percent(value()).toPlainString() + "%" + rate.leftOutNote();
    }
}
