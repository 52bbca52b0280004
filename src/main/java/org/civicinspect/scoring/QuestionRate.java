package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionOption;

/**
 * A scored question's rate in one group of valid interviews: {@code asked} are those in which its skip rule held,
 * {@code answered} (valid N) those of them with an answer, {@code positive} those answered with a positive option (for
 * a multiple choice, at least one), {@code notReadAloud} those answered with an option not read aloud (不清楚, 说不清),
 * which count among the answered and are not positive. Rate = positive / answered. {@link #lines()} are the
 * interviews behind it, so it can explain itself. When {@code weighted}, each interview counts with its weight
 * ({@link RespondentWeights}): rate = Σ weight of the positive ÷ Σ weight of the answered.
 */
public record QuestionRate(Question question, List<Line> lines, boolean weighted) {

    /** How one asked interview answered the question. */
    public enum Outcome {
        POSITIVE("正面"),
        NOT_POSITIVE("非正面"),
        NOT_READ_ALOUD("不清楚"),
        UNANSWERED("未答");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** {@code weight} is 1 unless the rate is weighted. */
    public record Line(String interviewId, List<String> chosen, Outcome outcome, BigDecimal weight) {
        public Line {
            chosen = List.copyOf(chosen);
        }
    }

    public QuestionRate {
        lines = List.copyOf(lines);
    }

    /**
     * How one valid interview answered the question, its weight as {@code weights} says (1 when null); null when the
     * question's skip rule kept it from being asked.
     */
    static Line line(Question question, InterviewValidity interview, RespondentWeights weights) {
        if (!interview.asked(question.code())) {
            return null;
        }
        List<String> chosen = interview.interview().answer(question.code());
        return new Line(interview.interviewId(), chosen, outcome(question, chosen),
                weights == null ? BigDecimal.ONE : weights.weight(interview.interviewId()));
    }

    /** Positive wins over not read aloud when a multiple choice has both; an option code the question lacks is simply not positive. */
    private static Outcome outcome(Question question, List<String> chosen) {
        if (chosen.isEmpty()) {
            return Outcome.UNANSWERED;
        }
        // Loops rather than streams: this runs for every question of every interview of a round, tens of thousands of times.
        boolean notReadAloud = false;
        for (String code : chosen) {
            for (QuestionOption option : question.options()) {
                if (option.code().equals(code)) {
                    if (option.positive()) {
                        return Outcome.POSITIVE;
                    }
                    notReadAloud |= option.notReadAloud();
                }
            }
        }
        return notReadAloud ? Outcome.NOT_READ_ALOUD : Outcome.NOT_POSITIVE;
    }

    public int asked() {
        return lines.size();
    }

    /** Valid N: asked and answered, 不清楚 included. */
    public int answered() {
        return lines.size() - count(Outcome.UNANSWERED);
    }

    public int positive() {
        return count(Outcome.POSITIVE);
    }

    public int notReadAloud() {
        return count(Outcome.NOT_READ_ALOUD);
    }

    public int count(Outcome outcome) {
        return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    /** Whether anyone answered it (with a weight above zero, when weighted), so that it has a rate. */
    public boolean rated() {
        return weighted ? weightedAnswered().signum() > 0 : answered() > 0;
    }

    /**
     * positive / answered (weighted: Σ weight positive / Σ weight answered), to 16 significant digits; zero when nobody
     * answered, which must be shown as "—" (see {@link #rated()}).
     */
    public BigDecimal rate() {
        if (!rated()) {
            return BigDecimal.ZERO;
        }
        return weighted ? weightedPositive().divide(weightedAnswered(), MathContext.DECIMAL64)
                : BigDecimal.valueOf(positive()).divide(BigDecimal.valueOf(answered()), MathContext.DECIMAL64);
    }

    /** Σ weight of the positive answers; the count of them when unweighted. */
    public BigDecimal weightedPositive() {
        return weightOf(l -> l.outcome() == Outcome.POSITIVE);
    }

    /** Σ weight of the answers, 不清楚 included; the count of them when unweighted. */
    public BigDecimal weightedAnswered() {
        return weightOf(l -> l.outcome() != Outcome.UNANSWERED);
    }

    private BigDecimal weightOf(Predicate<Line> which) {
        return lines.stream().filter(which).map(Line::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code 5/7}: the fraction a weighted mean of rates shows for this question; weighted, the sums of weights to two places. */
    String fraction() {
        return weighted ? RespondentWeights.shown(weightedPositive()) + "/" + RespondentWeights.shown(weightedAnswered())
                : positive() + "/" + answered();
    }

    /** The formula with its numbers, e.g. {@code Q3 = 4 / 6 = 66.67%（问及 7 份：正面 4，非正面 1，不清楚 1 计入有效，未答 1）}. */
    public String formula() {
        String counts = "（问及 " + asked() + " 份：正面 " + positive() + "，非正面 " + count(Outcome.NOT_POSITIVE) + "，不清楚 " + notReadAloud()
                + " 计入有效，未答 " + count(Outcome.UNANSWERED) + "）";
        if (!rated()) {
            return question.code() + (weighted ? "（加权）" : "") + " —" + counts;
        }
        if (weighted) {
            return question.code() + "（加权）= " + sumOfWeights(Outcome.POSITIVE) + " / " + sumOfWeights(null) + " = "
                    + RespondentWeights.shown(weightedPositive()) + " / " + RespondentWeights.shown(weightedAnswered()) + " = "
                    + Rounding.percent(rate()).toPlainString() + "%" + counts + "，未加权 " + positive() + " / " + answered();
        }
        return question.code() + " = " + positive() + " / " + answered() + " = " + Rounding.percent(rate()).toPlainString() + "%" + counts;
    }

    /**
     * The weighted sum as count × weight per weight, e.g. {@code (2 × 0.5 + 1 × 3)}, over the answers of one outcome or
     * (null) over all answered.
     */
    private String sumOfWeights(Outcome outcome) {
        Map<BigDecimal, Integer> byWeight = new TreeMap<>();
        lines.stream().filter(l -> outcome == null ? l.outcome() != Outcome.UNANSWERED : l.outcome() == outcome)
                .forEach(l -> byWeight.merge(l.weight(), 1, Integer::sum));
        if (byWeight.isEmpty()) {
            return "0";
        }
        return byWeight.entrySet().stream().map(e -> e.getValue() + " × " + RespondentWeights.shown(e.getKey()))
                .collect(Collectors.joining(" + ", "(", ")"));
    }

    /** Which interviews gave which outcome, e.g. {@code 正面：A01、A02；非正面：A03；未答：A05}. */
    public String interviews() {
        List<String> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            List<String> ids = lines.stream().filter(l -> l.outcome() == outcome).map(Line::interviewId).toList();
            if (!ids.isEmpty()) {
                parts.add(outcome.label() + "：" + String.join("、", ids));
            }
        }
        return String.join("；", parts);
    }
}
