package org.civicinspect.scoring;

import java.math.BigDecimal;
import org.civicinspect.model.Standard;

/**
 * A standard of method 问卷调查 in one group: its points × the weighted mean rate of the questions that name it
 * ({@code Question.standardCodes}). A standard none of whose questions was answered has no score ("—").
 */
public record SurveyStandardScore(Standard standard, WeightedRate rate) {

    public boolean rated() {
        return rate.rated();
    }

    /** points × rate; zero when not {@link #rated()}, which must be shown as "—". */
    public BigDecimal earned() {
        return standard.points().multiply(rate.value());
    }

    /** The formula with its numbers, e.g. {@code 3.1 得分 = 4 × (1 × 5/7 + 2 × 3/4) / (1 + 2) = 4 × 73.81% = 2.95}. */
    public String formula() {
        String points = standard.points().toPlainString();
        String code = standard.code() + (rate.weighted() ? "（加权）" : "");
        if (!rated()) {
            return code + " 得分 —（满分 " + points + "，" + (rate.parts().isEmpty() ? "没有题目对应此标准" : "对应题目无有效回答") + "）";
        }
        return code + " 得分 = " + points + " × " + rate.terms() + " = " + points + " × " + Rounding.percent(rate.value()).toPlainString()
                + "% = " + Rounding.forDisplay(earned()).toPlainString() + rate.leftOutNote();
    }
}
