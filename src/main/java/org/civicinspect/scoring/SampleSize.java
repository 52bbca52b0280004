package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How many valid interviews a survey needs so that a rate is known within {@code margin} at the confidence of
 * {@code z}: n = z² × p × (1 − p) / e², rounded up. With z = 1.96 (95%), p = 0.5 (the most cautious guess) and
 * e = 0.05 that is 385.
 */
public record SampleSize(BigDecimal z, BigDecimal p, BigDecimal margin) {

    /** z for 95% confidence. */
    public static final BigDecimal Z_95 = new BigDecimal("1.96");

    /** z for the confidence levels surveys are planned at, in percent. */
    private static final Map<Integer, BigDecimal> Z_FOR_CONFIDENCE = Map.of(90, new BigDecimal("1.645"), 95, Z_95, 99, new BigDecimal("2.576"));

    public SampleSize {
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(margin, "margin");
        if (z.signum() <= 0 || margin.signum() <= 0 || p.signum() <= 0 || p.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("a sample size needs z > 0, 0 < p < 1 and a margin > 0");
        }
    }

    /** z for a confidence of 90, 95 or 99 percent; empty for any other. */
    public static Optional<BigDecimal> zFor(int confidencePercent) {
        return Optional.ofNullable(Z_FOR_CONFIDENCE.get(confidencePercent));
    }

    /** The confidence levels {@link #zFor} knows, from lowest. */
    public static List<Integer> confidenceLevels() {
        return Z_FOR_CONFIDENCE.keySet().stream().sorted().toList();
    }

    /** At 95% confidence, with p = 0.5. */
    public static SampleSize at95(BigDecimal margin) {
        return new SampleSize(Z_95, new BigDecimal("0.5"), margin);
    }

    public int interviews() {
        return exact().setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** z² p (1 − p) / e² before rounding up, to 16 significant digits. */
    public BigDecimal exact() {
        return z.pow(2).multiply(p).multiply(BigDecimal.ONE.subtract(p)).divide(margin.pow(2), MathContext.DECIMAL64);
    }

    /** {@code n = 1.96² × 0.5 × (1 − 0.5) / 0.05² = 384.16 → 385}. */
    public String formula() {
        return "n = " + z.toPlainString() + "² × " + p.toPlainString() + " × (1 − " + p.toPlainString() + ") / " + margin.toPlainString() + "² = "
                + Rounding.forDisplay(exact()).toPlainString() + " → " + interviews();
    }
}
