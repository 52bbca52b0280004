package org.civicinspect.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SetSource;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;

/**
 * Weighting to the population profile worked by hand: a sample that over-represents the young, post-stratified by the
 * age band of S1 within each district (docs/design.md §4.6, "Weighting").
 *
 * <pre>
 * S1 年龄（甄别）  0 未满18岁 ✗无效   1 18–34岁   2 35–59岁   3 60岁及以上
 * Q1 知道创建（是否）  1 知道 ✓  2 不知道     知晓率 ×1   标准 9.1（5 分）
 * Q2 总体满意（评分）  1 满意 ✓  2 不满意     满意度 ×1
 *
 * 人口结构  全市 30 / 40 / 30（%）；城西区 20 / 50 / 30；城东区未给，用全市的。
 *
 * 城东区 10 份有效（B11 未满18岁，无效，不加权）：
 *   18–34岁 B01–B06 (6)：Q1 知道 B01–B05，不知道 B06；Q2 全不满意
 *   35–59岁 B07–B09 (3)：Q1 知道 B07；Q2 满意 B07
 *   60岁及以上 B10 (1)：Q1 不知道；Q2 满意
 *   权重 = 人口占比 ÷ 样本占比：30% ÷ 6/10 = 0.5；40% ÷ 3/10 = 4/3；30% ÷ 1/10 = 3；合计 6×0.5 + 3×4/3 + 1×3 = 10 = n
 *   Q1 加权 (5×0.5 + 1×4/3) / 10 = 23/60 = 38.33%（未加权 6/10 = 60%：年轻人知道得多，又被多访了）
 *   Q2 加权 (1×4/3 + 1×3) / 10 = 13/30 = 43.33%（未加权 2/10 = 20%）
 *
 * 城西区 5 份有效：
 *   18–34岁 C01 C02 (2)：Q1 知道 C01；Q2 全不满意
 *   35–59岁 C03 C04 (2)：Q1 都知道；Q2 满意 C03
 *   60岁及以上：无样本 → 其 30% 按比例分给有样本的两组，有样本各组占比合计 S = 70%
 *   C05 没答 S1：不参与分层，权重 1；Q1 不知道，Q2 不满意
 *   n = 5，分层的 n' = 4。权重 = (占比 ÷ 70%) ÷ 样本占比：(20/70) ÷ 2/4 = 4/7；(50/70) ÷ 2/4 = 10/7；合计 2×4/7 + 2×10/7 + 1 = 5 = n
 *   Q1 加权 (1×4/7 + 2×10/7) / 5 = (24/7) / 5 = 24/35 = 68.57%（未加权 3/5 = 60%）
 *   Q2 加权 (1×10/7) / 5 = 2/7 = 28.57%（未加权 1/5 = 20%）
 *
 * 全市：两区加权后的有效访问合并，各区权重合计等于其有效访问数（10 与 5）
 *   Q1 (23/6 + 24/7) / 15 = (305/42) / 15 = 61/126 = 48.41%（未加权 9/15 = 60%）
 *   Q2 (13/3 + 10/7) / 15 = (121/21) / 15 = 121/315 = 38.41%
 *   标准 9.1 = 5 × 61/126 = 2.42
 * </pre>
 */
class SurveyWeightingTest {

    private static final Question S1 = new Question("S1", "您的年龄", QuestionKind.SINGLE, List.of(
            new QuestionOption("0", "未满18岁", false, false, true), option("1", "18–34岁"), option("2", "35–59岁"), option("3", "60岁及以上")),
            true, null, null, BigDecimal.ONE, List.of());
    private static final Question Q1 = new Question("Q1", "您是否知道本市正在创建全国文明城市", QuestionKind.YES_NO,
            List.of(new QuestionOption("1", "知道", true, false, false), option("2", "不知道")), false, null, "知晓率", BigDecimal.ONE, List.of("9.1"));
    private static final Question Q2 = new Question("Q2", "您对创建工作是否满意", QuestionKind.RATING,
            List.of(new QuestionOption("1", "满意", true, false, false), option("2", "不满意")), false, null, "满意度", BigDecimal.ONE, List.of());
    private static final Questionnaire QUESTIONNAIRE = new Questionnaire("qn", "市民问卷", 1, new SetSource("问卷.xlsx", "00"),
            Instant.parse("2026-11-01T00:00:00Z"), List.of(S1, Q1, Q2), List.of("知晓率", "满意度"));
    private static final List<Standard> STANDARDS = List.of(new Standard("9.1", "市民对创建工作的知晓", List.of("问卷调查"), new BigDecimal("5"),
            ScoringRule.BINARY, "", false, List.of()));
    private static final Duration MINIMUM = Duration.ofMinutes(5);

    private static final List<PopulationShare> SHARES = List.of(
            share("", "1", "30"), share("", "2", "40"), share("", "3", "30"),
            share("城西区", "1", "20"), share("城西区", "2", "50"), share("城西区", "3", "30"));

    private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
    private static final List<Interview> INTERVIEWS = List.of(
            interview("B01", "城东区", "S1=1", "Q1=1", "Q2=2"), interview("B02", "城东区", "S1=1", "Q1=1", "Q2=2"),
            interview("B03", "城东区", "S1=1", "Q1=1", "Q2=2"), interview("B04", "城东区", "S1=1", "Q1=1", "Q2=2"),
            interview("B05", "城东区", "S1=1", "Q1=1", "Q2=2"), interview("B06", "城东区", "S1=1", "Q1=2", "Q2=2"),
            interview("B07", "城东区", "S1=2", "Q1=1", "Q2=1"), interview("B08", "城东区", "S1=2", "Q1=2", "Q2=2"),
            interview("B09", "城东区", "S1=2", "Q1=2", "Q2=2"), interview("B10", "城东区", "S1=3", "Q1=2", "Q2=1"),
            interview("B11", "城东区", "S1=0", "Q1=1", "Q2=1"),
            interview("C01", "城西区", "S1=1", "Q1=1", "Q2=2"), interview("C02", "城西区", "S1=1", "Q1=2", "Q2=2"),
            interview("C03", "城西区", "S1=2", "Q1=1", "Q2=1"), interview("C04", "城西区", "S1=2", "Q1=1", "Q2=2"),
            interview("C05", "城西区", "Q1=2", "Q2=2"));

    private static final SurveyScores WEIGHTED = SurveyScores.weighted(QUESTIONNAIRE, INTERVIEWS, STANDARDS, MINIMUM, SHARES);

    @Test
    void eachCellWeighsItsPopulationShareOverItsSampleShareWithinItsDistrict() {
        RespondentWeights weights = WEIGHTED.weighting().orElseThrow();
        assertEquals(0, new BigDecimal("0.5").compareTo(weights.weight("B01")));
        assertEquals(new BigDecimal("1.333333333333333"), weights.weight("B07"), "40% ÷ 3/10 = 4/3");
        assertEquals(0, new BigDecimal("3").compareTo(weights.weight("B10")));
        assertEquals(new BigDecimal("0.5714285714285714"), weights.weight("C01"), "(20/70) ÷ 2/4 = 4/7");
        assertEquals(new BigDecimal("1.428571428571429"), weights.weight("C03"), "(50/70) ÷ 2/4 = 10/7");
        assertTrue(weights.districts().get("城东区").cityShares(), "城东区 has no shares of its own and takes the city's");
        assertFalse(weights.districts().get("城西区").cityShares());
    }

    @Test
    void aDistrictsWeightsAddUpToItsValidInterviewsSoTheCityPoolsDistrictsAsWithoutWeighting() {
        RespondentWeights weights = WEIGHTED.weighting().orElseThrow();
        for (SurveyGroup district : WEIGHTED.byDistrict().values()) {
            BigDecimal sum = district.valid().stream().map(i -> weights.weight(i.interviewId())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(district.valid().size(), sum.setScale(12, java.math.RoundingMode.HALF_UP).intValueExact(), district.group());
        }
    }

    @Test
    void weightedRatesAreWeightedPositiveOverWeightedValidAnswers() {
        assertEquals(percents("38.33", "43.33"), percents(WEIGHTED.byDistrict().get("城东区")));
        assertEquals(percents("68.57", "28.57"), percents(WEIGHTED.byDistrict().get("城西区")));
        assertEquals(percents("48.41", "38.41"), percents(WEIGHTED.city()));
        assertEquals(new BigDecimal("2.42"), Rounding.forDisplay(WEIGHTED.city().standards().get("9.1").earned()), "5 × 61/126");
        assertEquals(new BigDecimal("48.41"), Rounding.percent(WEIGHTED.city().indices().get("知晓率").value()), "the index is Q1 alone");
    }

    @Test
    void theUnweightedFiguresStayTheDefault() {
        SurveyScores plain = SurveyScores.of(QUESTIONNAIRE, INTERVIEWS, STANDARDS, MINIMUM);
        assertTrue(plain.weighting().isEmpty());
        assertNull(plain.city().weighting());
        assertEquals(percents("60.00", "20.00"), percents(plain.byDistrict().get("城东区")));
        assertEquals(percents("60.00", "20.00"), percents(plain.city()), "9/15 and 3/15");
        assertEquals("Q1 = 6 / 10 = 60.00%（问及 10 份：正面 6，非正面 4，不清楚 0 计入有效，未答 0）",
                plain.byDistrict().get("城东区").questions().get("Q1").formula());
        assertTrue(plain.city().weightExplanation().isEmpty());
    }

    @Test
    void aCellWithoutInterviewsGivesItsShareToTheOthersAndIsReported() {
        RespondentWeights.District west = WEIGHTED.weighting().orElseThrow().districts().get("城西区");
        assertEquals(List.of("3"), west.emptyCells().stream().map(c -> c.option().code()).toList());
        assertNull(west.emptyCells().get(0).weight());
        assertEquals(0, new BigDecimal("70").compareTo(west.covered()));
        assertEquals(List.of("城西区 3 60岁及以上"), WEIGHTED.weighting().orElseThrow().emptyCells());
        assertEquals("城西区 加权（按 S1 的人口结构事后分层；权重 = (人口占比 ÷ 有样本各组人口占比合计 70%) ÷ 样本占比）："
                        + "1 18–34岁 人口 20%，样本 2/4，权重 = (20% ÷ 70%) ÷ 2/4 = 0.57；"
                        + "2 35–59岁 人口 50%，样本 2/4，权重 = (50% ÷ 70%) ÷ 2/4 = 1.43；"
                        + "3 60岁及以上 人口 30%，无样本，其占比按比例分给有样本的组；未答 S1 的 C05 不参与分层，权重 1",
                west.explanation(S1));
    }

    @Test
    void anInterviewOutsideEveryCellWeighsOneAndAnInvalidOneIsNotWeighted() {
        RespondentWeights weights = WEIGHTED.weighting().orElseThrow();
        assertEquals(List.of("C05"), weights.districts().get("城西区").outside());
        assertEquals(BigDecimal.ONE, weights.weight("C05"));
        assertTrue(weights.districts().get("城东区").cells().stream().noneMatch(c -> c.interviews().contains("B11")), "B11 was screened out");
    }

    @Test
    void everyWeightedFigureExplainsItself() {
        SurveyGroup east = WEIGHTED.byDistrict().get("城东区");
        assertEquals("Q1（加权）= (5 × 0.5 + 1 × 1.33) / (6 × 0.5 + 3 × 1.33 + 1 × 3) = 3.83 / 10 = 38.33%"
                        + "（问及 10 份：正面 6，非正面 4，不清楚 0 计入有效，未答 0），未加权 6 / 10",
                east.questions().get("Q1").formula());
        assertEquals("知晓率（加权） = 3.83/10 = 38.33%", east.indices().get("知晓率").formula());
        assertEquals(List.of("城东区 加权（按 S1 的人口结构事后分层，本区未给人口结构，用全市的；权重 = 人口占比 ÷ 样本占比）："
                + "1 18–34岁 人口 30%，样本 6/10，权重 = 30% ÷ 6/10 = 0.5；2 35–59岁 人口 40%，样本 3/10，权重 = 40% ÷ 3/10 = 1.33；"
                + "3 60岁及以上 人口 30%，样本 1/10，权重 = 30% ÷ 1/10 = 3"), east.weightExplanation());
        assertEquals(2, WEIGHTED.city().weightExplanation().size(), "the city lists the weights of every district");
        assertTrue(WEIGHTED.city().explanation().contains("各区权重之和等于其有效访问数"), WEIGHTED.city().explanation());
        assertTrue(WEIGHTED.city().standards().get("9.1").formula().startsWith("9.1（加权） 得分 = 5 × "), WEIGHTED.city().standards().get("9.1").formula());
    }

    @Test
    void theSameInterviewsInAnyOrderGiveTheSameWeightedFigures() {
        List<Interview> shuffled = new ArrayList<>(INTERVIEWS);
        Collections.reverse(shuffled);
        SurveyScores again = SurveyScores.weighted(QUESTIONNAIRE, shuffled, STANDARDS, MINIMUM, SHARES);
        assertEquals(percents(WEIGHTED.city()), percents(again.city()));
        assertEquals(WEIGHTED.city().questions().get("Q1").rate(), again.city().questions().get("Q1").rate());
    }

    @Test
    void weightingWithoutSharesIsAMistakeOfTheCaller() {
        assertThrows(IllegalArgumentException.class, () -> SurveyScores.weighted(QUESTIONNAIRE, INTERVIEWS, STANDARDS, MINIMUM, List.of()));
    }

    private static List<BigDecimal> percents(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> percents(SurveyGroup group) {
        return group.questions().values().stream().map(q -> Rounding.percent(q.rate())).toList();
    }

    private static QuestionOption option(String code, String text) {
        return new QuestionOption(code, text, false, false, false);
    }

    private static PopulationShare share(String district, String option, String percent) {
        return new PopulationShare(district, "S1", option, new BigDecimal(percent));
    }

    /** {@code "Q1=1"}: question Q1 answered with option 1. */
    private static Interview interview(String id, String district, String... answers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String answer : answers) {
            String[] parts = answer.split("=");
            map.put(parts[0], List.of(parts[1]));
        }
        return new Interview(id, "r1", "qn", "访问员甲", district, InterviewMethod.HOME, START, START.plus(Duration.ofMinutes(10)), false, map, 1);
    }
}
