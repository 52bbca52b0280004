package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The weighted mean of some questions' rates, Σ(weight × rate) / Σ(weight), over those questions answered at least
 * once ({@link QuestionRate#rated()}); a question nobody answered is left out of numerator and denominator, as 不适用
 * is for a site. An index (知晓率 …) and a standard of method 问卷调查 are both such a mean.
 */
public record WeightedRate(List<Part> parts) {

    /** One question's rate and its weight. */
    public record Part(QuestionRate question, BigDecimal weight) {
    }

    public WeightedRate {
        parts = List.copyOf(parts);
    }

    /** Whether its questions' rates weigh each interview to the population profile. */
    public boolean weighted() {
        return parts.stream().anyMatch(p -> p.question().weighted());
    }

    public List<Part> counted() {
        return parts.stream().filter(p -> p.question().rated()).toList();
    }

    public List<Part> leftOut() {
        return parts.stream().filter(p -> !p.question().rated()).toList();
    }

    private BigDecimal weights() {
        return counted().stream().map(Part::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether any of its questions was answered, so that it has a value. */
    public boolean rated() {
        return weights().signum() > 0;
    }

    /** The mean in [0, 1]; zero when not {@link #rated()}, which must be shown as "—". */
    public BigDecimal value() {
        if (!rated()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = counted().stream().map(p -> p.weight().multiply(p.question().rate())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(weights(), MathContext.DECIMAL64);
    }

    /**
     * The mean with its numbers as fractions a person can check, {@code (1 × 5/7 + 2 × 3/4) / (1 + 2)}, or just
     * {@code 5/7} for one question; empty when not {@link #rated()}.
     */
    String terms() {
        List<Part> counted = counted();
        if (counted.size() == 1) {
            return counted.get(0).question().fraction();
        }
        return counted.stream().map(p -> plain(p.weight()) + " × " + p.question().fraction()).collect(Collectors.joining(" + ", "(", ")"))
                + " / " + counted.stream().map(p -> plain(p.weight())).collect(Collectors.joining(" + ", "(", ")"));
    }

    /** {@code （Q5 无有效回答，不计入）}, or nothing when every question was answered. */
    String leftOutNote() {
        List<Part> left = leftOut();
        return left.isEmpty() ? "" : "（" + left.stream().map(p -> p.question().question().code()).collect(Collectors.joining("、")) + " 无有效回答，不计入）";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
