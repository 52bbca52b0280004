package org.civicinspect.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Map;

/**
 * A workload timed beside its baseline, run by run: the medians, the ratio of each run to the baseline run paired
 * with it, and the spread (min–max) of what the target judges. The target, where an issue names one, is a ratio to
 * the baseline or a time in milliseconds; a workload without a target is reported for its ratio alone. {@code counts}
 * holds what a workload counts besides its times (empty for most).
 */
public record BenchResult(String workload, String baseline, double workloadMillis, double baselineMillis, double ratio,
                          double lowest, double highest, Double targetRatio, Double targetMillis, int runs, Map<String, Long> counts) {

    /** Spread beyond which a median says little, as a share of the median: (max − min) / median. */
    static final double TOO_WIDE = 0.5;

    /** What a run says of its target. */
    public enum Verdict { MET, MISSED, TOO_WIDE_TO_JUDGE, NO_TARGET }

    /**
     * From paired runs: {@code workloadTimes[i]} was timed right after {@code baselineTimes[i]}, so a slow moment of
     * the machine weighs on both sides of that run's ratio. The spread is of the ratios, or of the workload's times when
     * the target is a time.
     */
    public static BenchResult of(String workload, String baseline, double[] workloadTimes, double[] baselineTimes, Double targetRatio,
                                 Double targetMillis) {
        double[] ratios = new double[workloadTimes.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = workloadTimes[i] / baselineTimes[i];
        }
        double[] judged = targetMillis != null && targetRatio == null ? workloadTimes : ratios;
        double[] sorted = judged.clone();
        Arrays.sort(sorted);
        int digits = judged == ratios ? 100 : 10;
        return new BenchResult(workload, baseline, rounded(median(workloadTimes), 10), rounded(median(baselineTimes), 10),
                rounded(median(ratios), 100), rounded(sorted[0], digits), rounded(sorted[sorted.length - 1], digits), targetRatio,
                targetMillis, workloadTimes.length, Map.of());
    }

    /** The same figures with what the workload counted besides its times (refusals, retries …), in the order given. */
    public BenchResult withCounts(Map<String, Long> counted) {
        return new BenchResult(workload, baseline, workloadMillis, baselineMillis, ratio, lowest, highest, targetRatio, targetMillis, runs,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counted)));
    }

    /** The median of what the target judges: the ratio, or the workload's time when the target is a time. */
    public double judged() {
        return targetMillis != null && targetRatio == null ? workloadMillis : ratio;
    }

    public boolean meetsTarget() {
        return (targetRatio == null || ratio <= targetRatio) && (targetMillis == null || workloadMillis <= targetMillis);
    }

    /** Too wide to judge when some runs meet the target and others miss it: the median alone would decide by luck. */
    @JsonProperty
    public Verdict verdict() {
        Double target = targetRatio != null ? targetRatio : targetMillis;
        if (target == null) {
            return Verdict.NO_TARGET;
        }
        if (lowest <= target && highest > target) {
            return Verdict.TOO_WIDE_TO_JUDGE;
        }
        return meetsTarget() ? Verdict.MET : Verdict.MISSED;
    }

    /** How far below its target the median is, as a share of the target (0.25: a quarter to spare); null without a target. */
    @JsonProperty
    public Double headroom() {
        Double target = targetRatio != null ? targetRatio : targetMillis;
        return target == null ? null : Math.round((1 - judged() / target) * 100) / 100.0;
    }

    /** Whether the runs differ by more than half their median: the machine was too busy for the figure to mean much. */
    @JsonProperty
    public boolean spreadTooWide() {
        double median = judged();
        return median > 0 && (highest - lowest) / median > TOO_WIDE;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double rounded(double value, int per) {
        return Math.round(value * per) / (double) per;
    }
}
