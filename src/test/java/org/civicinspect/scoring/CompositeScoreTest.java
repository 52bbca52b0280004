package org.civicinspect.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Category;
import org.civicinspect.model.CompositeWeights;
import org.civicinspect.model.Grade;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;

/** 综合得分 worked by hand: three weighted parts less the negative list, the 未成年人 gate beside it, and a cycle's projection. */
class CompositeScoreTest {

    private static Standard material(String code, String points) {
        return new Standard(code, "材料 " + code, List.of("材料审核"), new BigDecimal(points), ScoringRule.BINARY, "", false, List.of());
    }

    private static Standard surveyed(String code, String points) {
        return new Standard(code, "问卷 " + code, List.of("问卷调查"), new BigDecimal(points), ScoringRule.BINARY, "", false, List.of());
    }

    /** Materials: 4 完整 + 2 部分 + 4 缺失, and 2 points not yet graded. */
    private static CompositeScore.Part materials(BigDecimal weight) {
        List<Standard> standards = List.of(material("M1", "4"), material("M2", "2"), material("M3", "4"), material("M4", "2"));
        List<MaterialGrade> grades = MaterialGradeScale.DEFAULT.grades();
        return CompositeScore.materials(standards, MaterialGradeScale.DEFAULT, Map.of("M1", grades.get(0), "M2", grades.get(1), "M3", grades.get(2)),
                weight);
    }

    /** Field: 45 of 50 points earned over 20 findings at 5 sites. */
    private static CompositeScore.Part field(BigDecimal weight) {
        return CompositeScore.field(new Aggregate("全市", new BigDecimal("45"), new BigDecimal("50"), 20, 17, 3, 5, 0, List.of()), "计入已审核通过点位 5 个",
                weight);
    }

    /** Survey: S1 (5 points) named by Q1, answered positively by 3 of 4; S2 (5 points) named by no question, so left out. */
    private static CompositeScore.Part survey(BigDecimal weight) {
        Question q1 = new Question("Q1", "知道创建文明城市吗？", QuestionKind.YES_NO, List.of(), false, null, "知晓率", BigDecimal.ONE, List.of("S1"));
        List<QuestionRate.Line> answers = List.of(line("A1", QuestionRate.Outcome.POSITIVE), line("A2", QuestionRate.Outcome.POSITIVE),
                line("A3", QuestionRate.Outcome.POSITIVE), line("A4", QuestionRate.Outcome.NOT_POSITIVE));
        QuestionRate rate = new QuestionRate(q1, answers, false);
        SurveyGroup city = new SurveyGroup("全市", true, List.of(), Map.of("Q1", rate), Map.of(),
                Map.of("S1", new SurveyStandardScore(surveyed("S1", "5"), new WeightedRate(List.of(new WeightedRate.Part(rate, BigDecimal.ONE)))),
                        "S2", new SurveyStandardScore(surveyed("S2", "5"), new WeightedRate(List.of()))),
                null);
        return CompositeScore.survey(Optional.of(city), "问卷 示例 v1", weight);
    }

    private static QuestionRate.Line line(String id, QuestionRate.Outcome outcome) {
        return new QuestionRate.Line(id, List.of(), outcome, BigDecimal.ONE);
    }

    private static CompositeScore composite(CompositeScore.Gate gate) {
        CompositeWeights weights = CompositeWeights.DEFAULT;
        NegativeEvent event = new NegativeEvent("e1", "r1", LocalDate.of(2026, 11, 3), "09-03-01", "安全生产事故", new BigDecimal("1.5"));
        return new CompositeScore(List.of(materials(weights.materials()), field(weights.field()), survey(weights.survey())), List.of(event), weights,
                gate);
    }

    @Test
    void weighsTheThreePartsAndTakesOffTheNegativeList() {
        CompositeScore score = composite(new CompositeScore.Gate(Optional.of(new BigDecimal("88")), new BigDecimal("85"), "录入分数",
                Optional.of(new BigDecimal("0.12"))));
        // materials: (4×1 + 2×0.5 + 4×0) / (4 + 2 + 4) = 5 / 10 = 50%, × 40 = 20; M4 is not graded and counts nowhere
        assertEquals(0, new BigDecimal("20").compareTo(score.parts().get(0).points()));
        assertTrue(score.parts().get(0).explanation().startsWith("材料审核：Σ得分 / Σ满分 = 5 / 10 = 50.00% × 40 = 20.00"), score.parts().get(0).explanation());
        assertTrue(score.parts().get(0).explanation().contains("完整 1、部分 1、缺失 1"));
        assertTrue(score.parts().get(0).explanation().contains("未审核 1 条不计入（M4）"));
        // field: 45 / 50 = 90%, × 40 = 36
        assertEquals(0, new BigDecimal("36").compareTo(score.parts().get(1).points()));
        assertTrue(score.parts().get(1).explanation().contains("点位 5 个，测评结果 20 条，达标 17 条，问题 3 条"));
        // survey: S1 earns 5 × 3/4 = 3.75; S2 has no score and is left out: 3.75 / 5 = 75%, × 20 = 15
        assertEquals(0, new BigDecimal("15").compareTo(score.parts().get(2).points()));
        assertTrue(score.parts().get(2).explanation().contains("无得分不计入：S2"));
        // 20 + 36 + 15 − 1.5 = 69.5
        assertEquals(0, new BigDecimal("69.5").compareTo(score.total()));
        assertEquals("综合得分 = 20.00 + 36.00 + 15.00 − 1.5 = 69.50（权重 40/40/20，负面清单 1 件）", score.formula());
        assertFalse(score.incomplete());
        // gate: 88 ≥ 85, with 12% of the set's points
        assertTrue(score.gate().passes());
        assertEquals("未成年人思想道德建设 88.00 ≥ 85，达标（占测评体系总分 12.00%）；录入分数", score.gate().explanation());
    }

    @Test
    void projectsTheCycleFromTheYearsScoresWithYearlyWeights() {
        CompositeScore thisYear = composite(new CompositeScore.Gate(Optional.empty(), new BigDecimal("85"), "", Optional.empty()));
        CycleProjection cycle = new CycleProjection(List.of(
                new CycleProjection.Year("2025", new BigDecimal("15"), Optional.of(new BigDecimal("80"))),
                new CycleProjection.Year("2026", new BigDecimal("25"), Optional.of(thisYear.total())),
                new CycleProjection.Year("2027", new BigDecimal("60"), Optional.empty())));
        // (15 × 80 + 25 × 69.5 + 60 × 69.5) / 100 = (1200 + 1737.5 + 4170) / 100 = 71.075; 2027 is taken at the latest year's 69.5
        assertEquals(0, new BigDecimal("71.075").compareTo(cycle.projection()));
        assertEquals("周期预计 = (15 × 80.00 + 25 × 69.50 + 60 × 69.50) / 100 = 71.08（2027 尚未测评，按最近一年 69.50 计）", cycle.formula());
    }

    @Test
    void aMinorsScoreBelowTheThresholdFailsTheGateWithoutTouchingTheTotal() {
        CompositeScore score = composite(new CompositeScore.Gate(Optional.of(new BigDecimal("84.99")), new BigDecimal("85"), "录入分数",
                Optional.empty()));
        assertFalse(score.gate().passes());
        assertTrue(score.gate().explanation().startsWith("未成年人思想道德建设 84.99 < 85，未达标"), score.gate().explanation());
        assertEquals(0, new BigDecimal("69.5").compareTo(score.total()));
    }

    @Test
    void aPartWithoutAFigureAddsNothingAndTheTotalSaysItIsIncomplete() {
        CompositeScore score = new CompositeScore(List.of(materials(new BigDecimal("40")), field(new BigDecimal("40")),
                CompositeScore.survey(Optional.empty(), "本轮未固定问卷或尚无访问", new BigDecimal("20"))), List.of(), CompositeWeights.DEFAULT,
                new CompositeScore.Gate(Optional.empty(), new BigDecimal("85"), "需录入分数", Optional.empty()));
        // 20 + 36 + 0
        assertEquals(0, new BigDecimal("56").compareTo(score.total()));
        assertTrue(score.incomplete());
        assertTrue(score.formula().endsWith("不完整：问卷调查 无得分）"), score.formula());
        assertTrue(score.gate().explanation().startsWith("未成年人思想道德建设 — 未评（门槛 85）"));
    }

    @Test
    void weightsMustAddUpToAHundred() {
        assertTrue(CompositeWeights.DEFAULT.sumsToHundred());
        assertFalse(CompositeWeights.DEFAULT.withParts(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("30")).sumsToHundred());
        assertFalse(CompositeWeights.DEFAULT.withParts(new BigDecimal("-10"), new BigDecimal("90"), new BigDecimal("20")).sumsToHundred());
    }

    @Test
    void theGateIsWorkedFromTheMinorsCategoryWhenTheSetHasOneAndAnEnteredScoreComesFirst() {
        Standard street = new Standard("1", "路面干净", List.of("实地考察"), new BigDecimal("4"), ScoringRule.BINARY, "", false, List.of("中小学校周边"));
        Standard shops = new Standard("2", "不向未成年人售烟酒", List.of("实地考察"), new BigDecimal("3"), ScoringRule.BINARY, "", false, List.of("中小学校周边"));
        Standard signs = new Standard("3", "有未成年人保护宣传", List.of("实地考察"), new BigDecimal("3"), ScoringRule.GRADED, "", false, List.of("中小学校周边"));
        IndicatorTree tree = new IndicatorTree(List.of(
                new Category("01", "公共环境", List.of(new Indicator("01-01", "环境卫生", List.of(street)))),
                new Category("07", "未成年人思想道德建设", List.of(new Indicator("07-01", "校园周边", List.of(shops, signs))))), GradeCoefficients.DEFAULT);
        RoundScores scores = RoundScores.of(tree, List.of(
                new SiteAnswers(school("a"), Map.of("1", Answer.met(), "2", Answer.met(), "3", Answer.grade(Grade.B))),
                new SiteAnswers(school("b"), Map.of("2", Answer.notMet(), "3", Answer.grade(Grade.A)))));

        CompositeScore.Gate gate = CompositeScore.gate(tree, scores, null, new BigDecimal("85"));
        // 未成年人思想道德建设: a 3 + 3 × 0.66, b 0 + 3: (3 + 1.98 + 0 + 3) / (3 + 3 + 3 + 3) = 7.98 / 12 = 66.5% → 66.50 < 85
        assertEquals(0, new BigDecimal("66.5").compareTo(gate.score().orElseThrow()));
        assertFalse(gate.passes());
        // its share of the set: (3 + 3) / (4 + 3 + 3) = 60%
        assertEquals("未成年人思想道德建设 66.50 < 85，未达标（占测评体系总分 60.00%）；按测评项目「未成年人思想道德建设」的得分率 × 100 计算："
                + "得分率 = 7.98 / 12 = 66.50%；达标率 = 2 / 4 = 50.00%", gate.explanation());

        CompositeScore.Gate entered = CompositeScore.gate(tree, scores, new BigDecimal("90"), new BigDecimal("85"));
        assertTrue(entered.passes());
        assertTrue(entered.explanation().endsWith("；录入分数"), entered.explanation());
    }

    private static Site school(String id) {
        return new Site(id, "学校" + id, "中小学校周边", "城东区", "城东区一街道", "", "", "教育局", "", null, null, false, true);
    }
}
