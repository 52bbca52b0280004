package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.civicinspect.model.Category;
import org.civicinspect.model.CompositeWeights;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.Standard;

/**
 * 综合得分: the three parts of the national evaluation, each a rate in [0, 1] times its weight (percent points), less
 * the negative list's deductions, never below zero:
 * <pre>综合得分 = max(0, 材料 得分率 × w材料 + 实地 得分率 × w实地 + 问卷 得分率 × w问卷 − Σ 负面清单扣分)</pre>
 * A part without a figure (nothing reviewed, nothing scored, no interviews) adds nothing and makes the total
 * {@link #incomplete()}. Beside it the 未成年人思想道德建设 {@link Gate}, which the total does not include. Every part
 * says which figure it took, under which scope, with which formula and counts.
 */
public record CompositeScore(List<Part> parts, List<NegativeEvent> events, CompositeWeights weights, Gate gate) {

    public static final String MATERIALS = "材料审核";
    public static final String FIELD = "实地考察";
    public static final String SURVEY = SurveyScores.METHOD;
    /** The 测评项目 whose score gates the result. */
    public static final String MINORS_CATEGORY = "未成年人思想道德建设";

    /** One part: its rate (absent when it has no figure), weight in percent, and what the rate was worked from. */
    public record Part(String name, Optional<BigDecimal> rate, BigDecimal weight, String source, String rateFormula) {

        /** rate × weight; zero without a rate. */
        public BigDecimal points() {
            return rate.map(r -> r.multiply(weight)).orElse(BigDecimal.ZERO);
        }

        /** {@code 材料审核 = 7.5 / 10 = 75.00% × 40 = 30.00}, then where the figure comes from. */
        public String explanation() {
            String figure = rate.map(r -> rateFormula + " × " + plain(weight) + " = " + Rounding.forDisplay(points()).toPlainString())
                    .orElse("— × " + plain(weight) + " = 0（" + rateFormula + "）");
            return name + "：" + figure + "；" + source;
        }
    }

    /**
     * The 未成年人思想道德建设 gate: its score (absent when neither entered nor computable) must reach the threshold;
     * {@code share} is the part of the indicator set's points it has, when the set has such a 测评项目.
     */
    public record Gate(Optional<BigDecimal> score, BigDecimal threshold, String source, Optional<BigDecimal> share) {

        public boolean assessed() {
            return score.isPresent();
        }

        public boolean passes() {
            return score.map(s -> s.compareTo(threshold) >= 0).orElse(false);
        }

        /** {@code 未成年人思想道德建设 88.00 ≥ 85，达标}; {@code 未成年人思想道德建设 — 未评（门槛 85）} when not assessed. */
        public String verdict() {
            return "未成年人思想道德建设 " + score.map(s -> Rounding.forDisplay(s).toPlainString() + (passes() ? " ≥ " : " < ") + plain(threshold)
                    + (passes() ? "，达标" : "，未达标")).orElse("— 未评（门槛 " + plain(threshold) + "）");
        }

        /** {@code 未成年人思想道德建设 88.00 ≥ 85，达标（占测评体系总分 12.00%）；录入分数}. */
        public String explanation() {
            String shareText = share.map(s -> "（占测评体系总分 " + Rounding.percent(s).toPlainString() + "%）").orElse("（测评体系无此测评项目，占比不详）");
            return verdict() + shareText + "；" + source;
        }
    }

    public CompositeScore {
        parts = List.copyOf(parts);
        events = List.copyOf(events);
    }

    /**
     * 材料 part: Σ earned ÷ Σ points of the graded material standards, each earning its points × the coefficient its
     * review counted with (by default 完整 1, 部分 0.5, 缺失 0; the set's own scale where it has one; 退回 0 until the unit
     * files again and it is reviewed again). An ungraded standard is not a zero: it is left out of both sums until
     * reviewed. The counts follow {@code scale}'s order; a review that kept a coefficient the scale has since changed is
     * named with it.
     */
    public static Part materials(List<Standard> standards, MaterialGradeScale scale, Map<String, MaterialGrade> grades, BigDecimal weight) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        Map<MaterialGrade, Integer> byGrade = new LinkedHashMap<>();
        scale.grades().forEach(g -> byGrade.put(g, 0));
        int returned = 0;
        List<String> ungraded = new ArrayList<>();
        for (Standard standard : standards) {
            MaterialGrade grade = grades.get(standard.code());
            if (grade == null) {
                ungraded.add(standard.code());
                continue;
            }
            if (grade.returned()) {
                returned++;
            } else {
                byGrade.merge(byGrade.keySet().stream().filter(g -> sameGrade(g, grade)).findFirst().orElse(grade), 1, Integer::sum);
            }
            earned = earned.add(standard.points().multiply(grade.coefficient()));
            possible = possible.add(standard.points());
        }
        List<String> counts = new ArrayList<>();
        List<String> coefficients = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        byGrade.forEach((grade, n) -> {
            if (scale.grades().contains(grade)) {
                counts.add(grade.label() + " " + n);
                coefficients.add(grade.coefficientText());
            } else {
                kept.add(grade.label() + " " + n + "（按审核时系数 " + grade.coefficientText() + "）");
            }
        });
        if (returned > 0) {
            counts.add(MaterialGrade.RETURNED.label() + " " + returned);
            coefficients.add("0");
        }
        String text = "测评方法为 材料审核/网上申报 的测评标准 " + standards.size() + " 条：" + String.join("、", counts)
                + "（系数 " + String.join(" / ", coefficients) + "）" + kept.stream().map(k -> "、" + k).collect(Collectors.joining()) + "，未审核 " + ungraded.size() + " 条不计入"
                + (ungraded.isEmpty() ? "" : "（" + String.join("、", ungraded) + "）");
        if (possible.signum() == 0) {
            return new Part(MATERIALS, Optional.empty(), weight, text, "没有已审核的材料测评标准");
        }
        return new Part(MATERIALS, Optional.of(earned.divide(possible, MathContext.DECIMAL64)), weight, text,
                "Σ得分 / Σ满分 = " + plain(earned) + " / " + plain(possible) + " = " + percent(earned.divide(possible, MathContext.DECIMAL64)));
    }

    private static boolean sameGrade(MaterialGrade a, MaterialGrade b) {
        return a.label().equals(b.label()) && a.coefficient().compareTo(b.coefficient()) == 0;
    }

    /** 实地 part: the city's 得分率 pooled from the findings the scope counts ({@code scope} says which). */
    public static Part field(Aggregate city, String scope, BigDecimal weight) {
        String counts = "全市 得分率（" + scope + "）：点位 " + city.sites() + " 个，测评结果 " + city.scored() + " 条，达标 " + city.fullyMet()
                + " 条，问题 " + city.problems() + " 条";
        if (!city.rated()) {
            return new Part(FIELD, Optional.empty(), weight, counts, "没有计分的测评结果");
        }
        return new Part(FIELD, Optional.of(city.scoreRate()), weight, counts,
                "Σ得分 / Σ满分 = " + plain(city.earned()) + " / " + plain(city.possible()) + " = " + percent(city.scoreRate()));
    }

    /**
     * 问卷 part: the city's (all valid interviews pooled) scores of the standards of method 问卷调查, Σ earned ÷ Σ points
     * of those with a score; a standard no answered question names has no score and is left out. Empty {@code city}:
     * the round has no questionnaire pinned or no interview.
     */
    public static Part survey(Optional<SurveyGroup> city, String source, BigDecimal weight) {
        if (city.isEmpty()) {
            return new Part(SURVEY, Optional.empty(), weight, source, "本轮未固定问卷或尚无访问");
        }
        SurveyGroup group = city.get();
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        List<String> unrated = new ArrayList<>();
        for (SurveyStandardScore standard : group.standards().values()) {
            if (standard.rated()) {
                earned = earned.add(standard.earned());
                possible = possible.add(standard.standard().points());
            } else {
                unrated.add(standard.standard().code());
            }
        }
        String counts = source + "；全市合并计算：访问 " + group.interviews().size() + " 份，有效 " + group.valid().size() + " 份，无效 "
                + group.excluded().size() + " 份；问卷调查测评标准 " + group.standards().size() + " 条，有得分 "
                + (group.standards().size() - unrated.size()) + " 条" + (unrated.isEmpty() ? "" : "，无得分不计入：" + String.join("、", unrated));
        if (possible.signum() == 0) {
            return new Part(SURVEY, Optional.empty(), weight, counts, "没有有得分的问卷调查测评标准");
        }
        BigDecimal rate = earned.divide(possible, MathContext.DECIMAL64);
        return new Part(SURVEY, Optional.of(rate), weight, counts,
                "Σ得分 / Σ满分 = " + Rounding.forDisplay(earned).toPlainString() + " / " + plain(possible) + " = " + percent(rate));
    }

    /** The part of that name ({@link #MATERIALS}, {@link #FIELD}, {@link #SURVEY}). */
    public Part part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException("no part " + name));
    }

    /**
     * The 未成年人思想道德建设 gate: the score {@code entered} (may be null), else the 得分率 × 100 of the set's 测评项目
     * whose name contains 未成年人思想道德建设, when it has one with findings scored; its share is that 测评项目's points ÷
     * the set's points.
     */
    public static Gate gate(IndicatorTree tree, RoundScores scores, BigDecimal entered, BigDecimal threshold) {
        Optional<Category> category = tree.categories().stream().filter(c -> c.name().contains(MINORS_CATEGORY)).findFirst();
        Optional<BigDecimal> share = category.filter(c -> tree.totalPoints().signum() > 0).map(c -> c.indicators().stream()
                .flatMap(i -> i.standards().stream()).map(Standard::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(tree.totalPoints(), MathContext.DECIMAL64));
        if (entered != null) {
            return new Gate(Optional.of(entered), threshold, "录入分数", share);
        }
        if (category.isEmpty()) {
            return new Gate(Optional.empty(), threshold, "测评体系无「" + MINORS_CATEGORY + "」测评项目，需录入分数（--minors-score）", share);
        }
        Aggregate minors = scores.byCategory().get(category.get().name());
        if (minors == null || !minors.rated()) {
            return new Gate(Optional.empty(), threshold, "测评项目「" + category.get().name() + "」尚无计分的测评结果", share);
        }
        return new Gate(Optional.of(minors.scoreRate().multiply(CompositeWeights.HUNDRED)), threshold,
                "按测评项目「" + category.get().name() + "」的得分率 × 100 计算：" + minors.formula(), share);
    }

    /** The parts' points before the negative list. */
    public BigDecimal beforeDeductions() {
        return parts.stream().map(Part::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal deductions() {
        return events.stream().map(NegativeEvent::deduction).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 综合得分 = max(0, Σ parts − Σ deductions). */
    public BigDecimal total() {
        return beforeDeductions().subtract(deductions()).max(BigDecimal.ZERO);
    }

    /** Whether a part had no figure, so that the total lacks its points. */
    public boolean incomplete() {
        return parts.stream().anyMatch(p -> p.rate().isEmpty());
    }

    /** {@code 综合得分 = 30.00 + 34.56 + 15.00 − 1.5 = 78.06（权重 40/40/20，负面清单 1 件）}. */
    public String formula() {
        StringBuilder text = new StringBuilder("综合得分 = ");
        parts.forEach(p -> text.append(Rounding.forDisplay(p.points()).toPlainString()).append(" + "));
        text.setLength(text.length() - 3);
        text.append(" − ").append(plain(deductions())).append(" = ").append(Rounding.forDisplay(total()).toPlainString())
                .append("（权重 ").append(weights.label()).append("，负面清单 ").append(events.size()).append(" 件")
                .append(incomplete() ? "；不完整：" + String.join("、", parts.stream().filter(p -> p.rate().isEmpty()).map(Part::name).toList()) + " 无得分" : "")
                .append("）");
        return text.toString();
    }

    /** Each negative-list event with its deduction, e.g. {@code 2026-11-03 09-03-01 −2.5 发生安全生产事故}. */
    public List<String> deductionLines() {
        return events.stream().map(e -> e.date() + " " + e.standardCode() + " −" + plain(e.deduction()) + " " + e.description()).toList();
    }

    static String percent(BigDecimal rate) {
        return Rounding.percent(rate).toPlainString() + "%";
    }

    /** The number without trailing zeros, as the formulas print weights and deductions. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
