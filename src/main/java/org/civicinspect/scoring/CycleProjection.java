package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An evaluation cycle's projected result from its years' 综合得分, each year weighted (for example 15/25/60 over
 * three years, adding up to 100): projection = Σ weight × 综合得分 ÷ 100. A year still to come is projected at the
 * latest year's score, and the explanation says so.
 */
public record CycleProjection(List<Year> years) {

    /** One year of the cycle: its label, weight in percent and 综合得分 (absent for a year still to come). */
    public record Year(String label, BigDecimal weight, Optional<BigDecimal> score) {
    }

    public CycleProjection {
        years = List.copyOf(years);
        if (years.stream().noneMatch(y -> y.score().isPresent())) {
            throw new IllegalArgumentException("a projection needs at least one year's score");
        }
    }

    private BigDecimal latest() {
        BigDecimal latest = null;
        for (Year year : years) {
            if (year.score().isPresent()) {
                latest = year.score().get();
            }
        }
        return latest;
    }

    private BigDecimal scoreOf(Year year) {
        return year.score().orElse(latest());
    }

    public BigDecimal projection() {
        return years.stream().map(y -> y.weight().multiply(scoreOf(y))).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(org.civicinspect.model.CompositeWeights.HUNDRED, MathContext.DECIMAL64);
    }

    /** {@code 周期预计 = (15 × 80.00 + 25 × 84.00 + 60 × 84.00) / 100 = 83.40（第3年 尚未测评，按最近一年 84.00 计）}. */
    public String formula() {
        List<String> terms = new ArrayList<>();
        List<String> assumed = new ArrayList<>();
        for (Year year : years) {
            terms.add(CompositeScore.plain(year.weight()) + " × " + Rounding.forDisplay(scoreOf(year)).toPlainString());
            if (year.score().isEmpty()) {
                assumed.add(year.label());
            }
        }
        return "周期预计 = (" + String.join(" + ", terms) + ") / 100 = " + Rounding.forDisplay(projection()).toPlainString()
                + (assumed.isEmpty() ? "" : "（" + String.join("、", assumed) + " 尚未测评，按最近一年 " + Rounding.forDisplay(latest()).toPlainString() + " 计）");
    }
}
