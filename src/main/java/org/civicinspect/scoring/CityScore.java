package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.civicinspect.model.NegativeEvent;

/**
 * The city's result for a round: the 得分率 of every site finding on a 100-point scale, less the deductions of the
 * round's negative-list events, never below zero. The events touch only this total, never a site or a ranking.
 */
public record CityScore(Aggregate field, List<NegativeEvent> events) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CityScore {
        events = List.copyOf(events);
    }

    /** 实地考察得分: 得分率 × 100. */
    public BigDecimal fieldPoints() {
        return field.scoreRate().multiply(HUNDRED);
    }

    public BigDecimal deductions() {
        return events.stream().map(NegativeEvent::deduction).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 实地考察得分 = max(0, 得分率 × 100 − Σ 负面清单扣分); the 综合得分 proper is {@link CompositeScore}. */
    public BigDecimal total() {
        return fieldPoints().subtract(deductions()).max(BigDecimal.ZERO);
    }

    /** The formula with its numbers, e.g. {@code 实地考察得分 = 86.40 − 1.5 = 84.90（负面清单 1 件）}. */
    public String formula() {
        return "实地考察得分 = " + Rounding.forDisplay(fieldPoints()).toPlainString() + " − " + deductions().stripTrailingZeros().toPlainString()
                + " = " + Rounding.forDisplay(total()).toPlainString() + "（负面清单 " + events.size() + " 件）";
    }
}
