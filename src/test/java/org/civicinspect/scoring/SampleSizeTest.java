package org.civicinspect.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** n = z² p (1 − p) / e², rounded up. */
class SampleSizeTest {

    @Test
    void ninetyFivePercentWithinFivePointsNeeds385Interviews() {
        // 1.96² × 0.5 × 0.5 / 0.05² = 3.8416 × 0.25 / 0.0025 = 384.16 → 385
        SampleSize size = SampleSize.at95(new BigDecimal("0.05"));
        assertEquals(new BigDecimal("384.16"), size.exact().stripTrailingZeros());
        assertEquals(385, size.interviews());
        assertEquals("n = 1.96² × 0.5 × (1 − 0.5) / 0.05² = 384.16 → 385", size.formula());
    }

    @Test
    void aNarrowerMarginOrAnExpectedRateFurtherFromHalfChangesTheCount() {
        // 3.8416 × 0.25 / 0.0009 = 1067.11… → 1068
        assertEquals(1068, SampleSize.at95(new BigDecimal("0.03")).interviews());
        // 3.8416 × 0.8 × 0.2 / 0.0025 = 245.8624 → 246
        assertEquals(246, new SampleSize(SampleSize.Z_95, new BigDecimal("0.8"), new BigDecimal("0.05")).interviews());
    }

    @Test
    void anExactCountIsNotRoundedUpFurther() {
        // 2² × 0.5 × 0.5 / 0.1² = 1 / 0.01 = 100
        assertEquals(100, new SampleSize(new BigDecimal("2"), new BigDecimal("0.5"), new BigDecimal("0.1")).interviews());
    }

    @Test
    void aRateOfZeroOrOneOrNoMarginIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SampleSize(SampleSize.Z_95, BigDecimal.ONE, new BigDecimal("0.05")));
        assertThrows(IllegalArgumentException.class, () -> new SampleSize(SampleSize.Z_95, new BigDecimal("0.5"), BigDecimal.ZERO));
    }

    @Test
    void theConfidenceLevelsASurveyIsPlannedAtGiveTheirZ() {
        assertEquals(new BigDecimal("1.96"), SampleSize.zFor(95).orElseThrow());
        // 1.645² × 0.25 / 0.05² = 2.706025 × 100 = 270.6025 → 271
        assertEquals(271, new SampleSize(SampleSize.zFor(90).orElseThrow(), new BigDecimal("0.5"), new BigDecimal("0.05")).interviews());
        // 2.576² × 0.25 / 0.05² = 6.635776 × 100 = 663.5776 → 664
        assertEquals(664, new SampleSize(SampleSize.zFor(99).orElseThrow(), new BigDecimal("0.5"), new BigDecimal("0.05")).interviews());
        assertEquals(java.util.Optional.empty(), SampleSize.zFor(97));
        assertEquals(java.util.List.of(90, 95, 99), SampleSize.confidenceLevels());
    }
}
