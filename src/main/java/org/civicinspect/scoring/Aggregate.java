package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A group's score, pooled from its findings: 得分率 = Σ earned / Σ points of the scored standards, 达标率 =
 * standards fully met / standards scored. {@link #lines()} are the findings behind it, so it can explain itself.
 * {@code sites} counts every visited site of the group, also one answered entirely 不适用; a group with nothing scored
 * has no rate at all ({@link #rated()}), shown as "—" and never ranked. {@code awaitingReview} counts those of its sites
 * counted while their inspection still waits for review, which reports mark.
 */
public record Aggregate(String group, BigDecimal earned, BigDecimal possible, int scored, int fullyMet, int problems, int sites,
                        int awaitingReview, List<Line> lines) {

    /** One scored finding: where, which standard, what it earned of its points. */
    public record Line(String siteId, String siteName, String standardCode, BigDecimal earned, BigDecimal points, boolean fullyMet,
                       boolean problem) {
    }

    public Aggregate {
        lines = List.copyOf(lines);
    }

    /** Whether anything was scored, so that the group has a rate and a rank. */
    public boolean rated() {
        return scored > 0;
    }

    /** 得分率; zero for a group that is not {@link #rated()}, which must be shown as "—" instead. */
    public BigDecimal scoreRate() {
        return possible.signum() == 0 ? BigDecimal.ZERO : earned.divide(possible, MathContext.DECIMAL64);
    }

    public BigDecimal complianceRate() {
        return scored == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(fullyMet).divide(BigDecimal.valueOf(scored), MathContext.DECIMAL64);
    }

    /** The formula with its numbers, e.g. {@code 得分率 = 37.5 / 50 = 75.00%}. */
    public String formula() {
        if (!rated()) {
            return "得分率 —；达标率 —（" + sites + " 个点位全部不适用，无计分项）";
        }
        return "得分率 = " + earned.stripTrailingZeros().toPlainString() + " / " + possible.stripTrailingZeros().toPlainString() + " = "
                + Rounding.percent(scoreRate()).toPlainString() + "%；达标率 = " + fullyMet + " / " + scored + " = "
                + Rounding.percent(complianceRate()).toPlainString() + "%";
    }
}
