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
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Interview;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SetSource;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire survey worked by hand: ten interviews in two districts against a small questionnaire.
 *
 * <pre>
 * S1 年龄（甄别）         1 18岁以下 ✗无效   2 18-65岁   3 65岁以上
 * S2 本市居住半年以上（甄别） 1 是   2 否 ✗无效
 * Q1 知道创建（是否）      1 知道 ✓   2 不知道                          知晓率 ×1   标准 9.1 ×1
 * Q2 知道热线（Q1=1 时问）  1 知道 ✓   2 不知道   9 说不清（不读出）✗无效    知晓率 ×1
 * Q3 社区环境（单选）      1 好 ✓   2 一般   3 差   9 不清楚（不读出）       满意度 ×1
 * Q4 核心价值观（多选）     1 富强 ✓   2 民主 ✓   3 发财   9 说不上来（不读出）  知晓率 ×2
 * Q5 总体满意（评分，须明确） 1 非常满意 ✓  2 满意 ✓  3 一般  4 不满意  5 非常不满意  9 说不清（不读出）✗无效
 *                                                                  满意度 ×2   标准 9.1 ×2
 *
 * 城东区  A01 有效 10分   S1=2 S2=1 Q1=1 Q2=1 Q3=1 Q4=1,2 Q5=1
 *        A02 有效 8分    S1=3 S2=1 Q1=1 Q2=2 Q3=9 Q4=3   Q5=3
 *        A03 有效 3分，太快：需复核   S1=2 S2=1 Q1=2 Q3=2 Q4=2,9 Q5=2
 *        A04 中途放弃（也答了 S2=否，放弃在先）
 *        A05 有效 6分，Q1=2 却答了 Q2=9：Q2 的回答不计，也不使访问无效   Q3=3 Q4=9 Q5=4
 * 城西区  A06 有效 12分   S1=2 S2=1 Q1=1 Q2=1 Q3=1 Q4=1 Q5=2
 *        A07 甄别不符：S1=1（Q5=9 在其后，不是理由）
 *        A08 回答不明确：Q5=9
 *        A09 有效 7分，Q2 问了没答   S1=2 S2=1 Q1=1 Q3=2 Q4=3 Q5=1
 *        A10 未结束
 *
 * 有效：城东 A01 A02 A03 A05，城西 A06 A09，全市 6 份。
 *            城东                 城西          全市
 * Q1   2/4 = 50%（A01 A02）   2/2 = 100%    4/6 = 66.67%
 * Q2   1/2 = 50%（问及 A01 A02） 1/1 = 100%（A09 未答）  2/3 = 66.67%（问及 4，答 3）
 * Q3   1/4 = 25%（A02 不清楚计入有效）  1/2 = 50%   2/6 = 33.33%
 * Q4   2/4 = 50%（A03 选 民主+说不上来 算正面；A05 说不上来）  1/2 = 50%   3/6 = 50%
 * Q5   2/4 = 50%              2/2 = 100%    4/6 = 66.67%
 * 知晓率 (1×Q1 + 1×Q2 + 2×Q4) / 4:  城东 (0.5 + 0.5 + 1) / 4 = 50%；城西 (1 + 1 + 1) / 4 = 75%；
 *        全市 (2/3 + 2/3 + 1) / 4 = 7/12 = 58.33%
 * 满意度 (1×Q3 + 2×Q5) / 3:  城东 (0.25 + 1) / 3 = 41.67%；城西 (0.5 + 2) / 3 = 83.33%；全市 (1/3 + 4/3) / 3 = 5/9 = 55.56%
 * 标准 9.1（5 分）5 × (1×Q1 + 2×Q5) / 3:  城东 5 × 0.5 = 2.5；城西 5 × 1 = 5；全市 5 × 2/3 = 3.33
 * </pre>
 */
class SurveyScoresTest {

    private static final Question S1 = question("S1", "您的年龄", QuestionKind.SINGLE, true, null, null, "1", List.of(),
            invalidating("1", "18岁以下"), plain("2", "18-65岁"), plain("3", "65岁以上"));
    private static final Question S2 = question("S2", "您在本市居住是否满半年", QuestionKind.YES_NO, true, null, null, "1", List.of(),
            plain("1", "是"), invalidating("2", "否"));
    private static final Question Q1 = question("Q1", "您是否知道本市正在创建全国文明城市", QuestionKind.YES_NO, false, null, "知晓率", "1",
            List.of("9.1"), positive("1", "知道"), plain("2", "不知道"));
    private static final Question Q2 = question("Q2", "您是否知道创建热线电话", QuestionKind.YES_NO, false, new AskedWhen("Q1", List.of("1")),
            "知晓率", "1", List.of(), positive("1", "知道"), plain("2", "不知道"),
            new QuestionOption("9", "说不清", false, true, true));
    private static final Question Q3 = question("Q3", "您觉得所在社区的环境卫生怎么样", QuestionKind.SINGLE, false, null, "满意度", "1", List.of(),
            positive("1", "好"), plain("2", "一般"), plain("3", "差"), notReadAloud("9", "不清楚"));
    private static final Question Q4 = question("Q4", "以下哪些是社会主义核心价值观的内容", QuestionKind.MULTIPLE, false, null, "知晓率", "2",
            List.of(), positive("1", "富强"), positive("2", "民主"), plain("3", "发财"), notReadAloud("9", "说不上来"));
    private static final Question Q5 = question("Q5", "您对本市创建工作的总体评价", QuestionKind.RATING, false, null, "满意度", "2", List.of("9.1"),
            positive("1", "非常满意"), positive("2", "满意"), plain("3", "一般"), plain("4", "不满意"), plain("5", "非常不满意"),
            new QuestionOption("9", "说不清", false, true, true));
    private static final Questionnaire QUESTIONNAIRE = new Questionnaire("qn", "市民问卷", 1, new SetSource("问卷.xlsx", "00"),
            Instant.parse("2026-11-01T00:00:00Z"), List.of(S1, S2, Q1, Q2, Q3, Q4, Q5), List.of("知晓率", "满意度"));

    private static final Standard SURVEYED = new Standard("9.1", "市民对创建工作的知晓和满意", List.of("问卷调查"), new BigDecimal("5"),
            ScoringRule.BINARY, "", false, List.of());
    private static final Standard NO_QUESTION = new Standard("9.2", "市民对志愿服务的参与", List.of("问卷调查"), new BigDecimal("3"),
            ScoringRule.BINARY, "", false, List.of());
    private static final Standard FIELD = new Standard("1.1", "路面干净", List.of("实地考察"), new BigDecimal("4"), ScoringRule.BINARY, "", false,
            List.of("主次干道"));
    private static final List<Standard> STANDARDS = List.of(SURVEYED, NO_QUESTION, FIELD);
    private static final Duration MINIMUM = Duration.ofMinutes(5);

    private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");
    private static final List<Interview> INTERVIEWS = List.of(
            interview("A01", "城东区", 10, "S1=2", "S2=1", "Q1=1", "Q2=1", "Q3=1", "Q4=1,2", "Q5=1"),
            interview("A02", "城东区", 8, "S1=3", "S2=1", "Q1=1", "Q2=2", "Q3=9", "Q4=3", "Q5=3"),
            interview("A03", "城东区", 3, "S1=2", "S2=1", "Q1=2", "Q3=2", "Q4=2,9", "Q5=2"),
            abandoned("A04", "城东区", "S1=2", "S2=2"),
            interview("A05", "城东区", 6, "S1=2", "S2=1", "Q1=2", "Q2=9", "Q3=3", "Q4=9", "Q5=4"),
            interview("A06", "城西区", 12, "S1=2", "S2=1", "Q1=1", "Q2=1", "Q3=1", "Q4=1", "Q5=2"),
            interview("A07", "城西区", 9, "S1=1", "S2=1", "Q1=1", "Q2=1", "Q3=1", "Q4=1", "Q5=9"),
            interview("A08", "城西区", 5, "S1=2", "S2=1", "Q1=1", "Q2=2", "Q3=1", "Q4=1,2", "Q5=9"),
            interview("A09", "城西区", 7, "S1=2", "S2=1", "Q1=1", "Q3=2", "Q4=3", "Q5=1"),
            unended("A10", "城西区", "S1=2", "S2=1", "Q1=1"));

    private static final SurveyScores SCORES = SurveyScores.of(QUESTIONNAIRE, INTERVIEWS, STANDARDS, MINIMUM);

    @Test
    void anInterviewCountsOnlyWhenEndedNotAbandonedAndFreeOfInvalidatingAnswers() {
        assertEquals(List.of("A01", "A02", "A03", "A05", "A06", "A09"),
                SCORES.city().valid().stream().map(InterviewValidity::interviewId).toList());
        assertEquals(InterviewValidity.Reason.ABANDONED, verdict("A04").reason(), "abandoned comes before its screening answer S2 = 否");
        assertEquals(InterviewValidity.Reason.NOT_ENDED, verdict("A10").reason());
        assertEquals(InterviewValidity.Reason.SCREENED_OUT, verdict("A07").reason());
        assertEquals(InterviewValidity.Reason.VAGUE_ANSWER, verdict("A08").reason());
        assertNull(verdict("A04").question(), "abandonment names no question");
    }

    @Test
    void theFirstInvalidatingAnswerInQuestionnaireOrderIsTheReasonAndNamesItsQuestion() {
        // A07 answered S1 = 18岁以下 and, later, Q5 = 说不清: the screening question comes first.
        assertEquals("S1", verdict("A07").question().code());
        assertEquals("18岁以下", verdict("A07").option().text());
        assertEquals("A07：甄别不符（S1 选 18岁以下）", verdict("A07").explanation());
        assertEquals("A08：回答不明确（Q5 选 说不清）", verdict("A08").explanation());
    }

    @Test
    void aTooFastInterviewIsFlaggedForReviewAndStillCounts() {
        // A03 lasted 3 minutes, under the 5-minute minimum; A08 lasted exactly 5 and is not too fast (it is invalid anyway).
        assertTrue(verdict("A03").valid());
        assertTrue(verdict("A03").flaggedForReview());
        assertEquals(Duration.ofMinutes(3), verdict("A03").duration());
        assertEquals("A03：有效，需复核（用时 3分，短于 5分）", verdict("A03").explanation());
        assertFalse(verdict("A08").flaggedForReview());
        assertEquals(List.of("A03"), SCORES.city().flaggedForReview().stream().map(InterviewValidity::interviewId).toList());
    }

    @Test
    void anAnswerToAQuestionItsSkipRuleExcludedIsIgnoredAndCannotInvalidate() {
        // A05 said 不知道 to Q1, so Q2 was not to be asked; its recorded Q2 = 说不清 (an invalidating option) is ignored.
        InterviewValidity a05 = verdict("A05");
        assertTrue(a05.valid());
        assertEquals(List.of("Q2"), a05.ignored());
        assertFalse(a05.asked("Q2"));
        assertEquals("A05：有效；Q2 的回答不计入（跳题条件未满足）", a05.explanation());
        // A03 also said 不知道 and left Q2 alone: nothing to ignore.
        assertEquals(List.of(), verdict("A03").ignored());
    }

    @Test
    void aFollowUpOfAnIgnoredAnswerIsIgnoredToo() {
        // Q2c is asked when Q2 = 知道; B02 said 不知道 to Q1, so its Q2 does not count, and neither does Q2c behind it.
        Question q2c = question("Q2c", "您拨打过热线吗", QuestionKind.YES_NO, false, new AskedWhen("Q2", List.of("1")), "知晓率", "1", List.of(),
                positive("1", "拨打过"), plain("2", "没有"));
        Questionnaire chained = new Questionnaire("qn", "市民问卷", 2, null, null, List.of(S1, S2, Q1, Q2, q2c), List.of("知晓率"));
        InterviewValidity b02 = InterviewValidity.of(chained, interview("B02", "城东区", 10, "S1=2", "S2=1", "Q1=2", "Q2=1", "Q2c=1"), MINIMUM);
        assertEquals(List.of("Q2", "Q2c"), b02.ignored());
        assertEquals(List.of("S1", "S2", "Q1"), b02.asked());
    }

    @Test
    void aQuestionCountsTheValidInterviewsThatAskedItAndTheAnswersTheyGot() {
        // Q2 is asked only after Q1 = 知道: A01 (知道) and A02 (不知道) in 城东区; A06 (知道) and A09 (no answer) in 城西区.
        QuestionRate east = SCORES.byDistrict().get("城东区").questions().get("Q2");
        assertEquals(List.of(2, 2, 1), List.of(east.asked(), east.answered(), east.positive()));
        assertEquals(new BigDecimal("0.5"), east.rate());
        QuestionRate west = SCORES.byDistrict().get("城西区").questions().get("Q2");
        assertEquals(List.of(2, 1, 1), List.of(west.asked(), west.answered(), west.positive()));
        assertEquals(BigDecimal.ONE, west.rate());
        QuestionRate city = SCORES.city().questions().get("Q2");
        assertEquals(List.of(4, 3, 2), List.of(city.asked(), city.answered(), city.positive()));
        assertEquals(new BigDecimal("0.6666666666666667"), city.rate(), "2/3 to 16 significant digits");
        assertEquals("Q2 = 2 / 3 = 66.67%（问及 4 份：正面 2，非正面 1，不清楚 0 计入有效，未答 1）", city.formula());
        assertEquals("正面：A01、A06；非正面：A02；未答：A09", city.interviews());
    }

    @Test
    void notReadAloudAnswersCountAmongTheAnsweredButNeverAsPositive() {
        // Q3 in 城东区: A01 好, A02 不清楚, A03 一般, A05 差 → 1 / 4.
        QuestionRate east = SCORES.byDistrict().get("城东区").questions().get("Q3");
        assertEquals(List.of(4, 4, 1, 1), List.of(east.asked(), east.answered(), east.positive(), east.notReadAloud()));
        assertEquals(new BigDecimal("0.25"), east.rate());
        assertEquals("Q3 = 1 / 4 = 25.00%（问及 4 份：正面 1，非正面 2，不清楚 1 计入有效，未答 0）", east.formula());
        // City: 2 of 6 (A01, A06 好).
        assertEquals(new BigDecimal("0.3333333333333333"), SCORES.city().questions().get("Q3").rate());
    }

    @Test
    void aMultipleChoiceIsPositiveWhenAnyChosenOptionIs() {
        // Q4 in 城东区: A01 富强+民主 ✓, A02 发财, A03 民主+说不上来 ✓, A05 说不上来 (not read aloud) → 2 / 4.
        QuestionRate east = SCORES.byDistrict().get("城东区").questions().get("Q4");
        assertEquals(List.of(4, 2, 1), List.of(east.answered(), east.positive(), east.notReadAloud()));
        assertEquals("正面：A01、A03；非正面：A02；不清楚：A05", east.interviews());
        assertEquals(new BigDecimal("0.5"), SCORES.city().questions().get("Q4").rate(), "3 / 6");
    }

    @Test
    void onlyQuestionsWithPositiveOptionsOutsideTheScreeningHaveARate() {
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4", "Q5"), List.copyOf(SCORES.city().questions().keySet()));
    }

    @Test
    void everyRateOfEveryGroupWorkedByHand() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        //                       Q1     Q2     Q3      Q4     Q5
        expected.put("城东区", List.of("2/4", "1/2", "1/4", "2/4", "2/4"));
        expected.put("城西区", List.of("2/2", "1/1", "1/2", "1/2", "2/2"));
        expected.put("全市", List.of("4/6", "2/3", "2/6", "3/6", "4/6"));
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (SurveyGroup group : List.of(SCORES.byDistrict().get("城东区"), SCORES.byDistrict().get("城西区"), SCORES.city())) {
            actual.put(group.group(), group.questions().values().stream().map(QuestionRate::fraction).toList());
        }
        assertEquals(expected, actual);
    }

    @Test
    void anIndexIsTheWeightedMeanOfItsQuestionsRates() {
        // 知晓率 = (1 × Q1 + 1 × Q2 + 2 × Q4) / (1 + 1 + 2)
        assertEquals(new BigDecimal("0.5"), index("城东区", "知晓率").value(), "(0.5 + 0.5 + 2 × 0.5) / 4");
        assertEquals(new BigDecimal("0.75"), index("城西区", "知晓率").value(), "(1 + 1 + 2 × 0.5) / 4");
        assertEquals(new BigDecimal("0.5833333333333334"), SCORES.city().indices().get("知晓率").value(), "(2/3 + 2/3 + 2 × 1/2) / 4 = 7/12");
        // 满意度 = (1 × Q3 + 2 × Q5) / (1 + 2)
        assertEquals(new BigDecimal("0.4166666666666667"), index("城东区", "满意度").value(), "(0.25 + 2 × 0.5) / 3 = 5/12");
        assertEquals(new BigDecimal("0.8333333333333333"), index("城西区", "满意度").value(), "(0.5 + 2 × 1) / 3 = 5/6");
        assertEquals(new BigDecimal("0.5555555555555556"), SCORES.city().indices().get("满意度").value(), "(1/3 + 2 × 2/3) / 3 = 5/9");
        assertEquals(List.of("知晓率", "满意度"), List.copyOf(SCORES.city().indices().keySet()));
    }

    @Test
    void theCityPoolsAllItsValidInterviewsRatherThanAveragingTheDistricts() {
        // The districts' 知晓率 are 50% (4 interviews) and 75% (2 interviews); their plain mean would be 62.50%.
        assertEquals(new BigDecimal("58.33"), Rounding.percent(SCORES.city().indices().get("知晓率").value()));
    }

    @Test
    void aSurveyStandardEarnsItsPointsTimesTheMeanRateOfTheQuestionsNamingIt() {
        // 9.1 (5 points) is named by Q1 (weight 1) and Q5 (weight 2).
        assertEquals(0, new BigDecimal("2.5").compareTo(standard("城东区").earned()), "5 × (0.5 + 2 × 0.5) / 3");
        assertEquals(0, new BigDecimal("5").compareTo(standard("城西区").earned()), "5 × (1 + 2 × 1) / 3");
        assertEquals(new BigDecimal("3.3333333333333335"), SCORES.city().standards().get("9.1").earned(), "5 × 0.6666666666666667");
        assertEquals(new BigDecimal("3.33"), Rounding.forDisplay(SCORES.city().standards().get("9.1").earned()));
    }

    @Test
    void onlyStandardsOfTheSurveyMethodAreScoredAndOneWithoutQuestionsHasNoScore() {
        assertEquals(List.of("9.1", "9.2"), List.copyOf(SCORES.city().standards().keySet()));
        SurveyStandardScore unnamed = SCORES.city().standards().get("9.2");
        assertFalse(unnamed.rated());
        assertEquals("9.2 得分 —（满分 3，没有题目对应此标准）", unnamed.formula());
    }

    @Test
    void everyFigureStatesItsFormulaWithItsNumbers() {
        assertEquals("知晓率 = (1 × 4/6 + 1 × 2/3 + 2 × 3/6) / (1 + 1 + 2) = 58.33%", SCORES.city().indices().get("知晓率").formula());
        assertEquals("满意度 = (1 × 1/4 + 2 × 2/4) / (1 + 2) = 41.67%", index("城东区", "满意度").formula());
        assertEquals("9.1 得分 = 5 × (1 × 4/6 + 2 × 4/6) / (1 + 2) = 5 × 66.67% = 3.33", SCORES.city().standards().get("9.1").formula());
        assertEquals("Q1 = 2 / 4 = 50.00%（问及 4 份：正面 2，非正面 2，不清楚 0 计入有效，未答 0）",
                SCORES.byDistrict().get("城东区").questions().get("Q1").formula());
    }

    @Test
    void everyGroupSaysWhichInterviewsItCountsAndWhyOthersAreLeftOut() {
        assertEquals("全市（合并全市有效访问计算，不取各区平均）：访问 10 份，有效 6 份（A01、A02、A03、A05、A06、A09），无效 4 份（中途放弃 1 份：A04；未结束 1 份：A10；"
                + "甄别不符 1 份：A07（S1 选 18岁以下）；回答不明确 1 份：A08（Q5 选 说不清））；需复核 1 份（仍计入）：A03（用时 3分，短于 5分）；"
                + "不计入的回答：A05 的 Q2（跳题条件未满足）", SCORES.city().explanation());
        assertEquals("城西区：访问 5 份，有效 2 份（A06、A09），无效 3 份（未结束 1 份：A10；甄别不符 1 份：A07（S1 选 18岁以下）；"
                + "回答不明确 1 份：A08（Q5 选 说不清））", SCORES.byDistrict().get("城西区").explanation());
    }

    @Test
    void aQuestionNobodyAnsweredIsLeftOutOfItsMeanAndSaysSo() {
        // B01 alone in its district said 不知道 to Q1, so nobody there was asked Q2.
        Interview alone = interview("B01", "城北区", 10, "S1=2", "S2=1", "Q1=2", "Q3=1", "Q4=1", "Q5=1");
        SurveyGroup north = SurveyScores.of(QUESTIONNAIRE, List.of(alone), STANDARDS, MINIMUM).byDistrict().get("城北区");
        assertFalse(north.questions().get("Q2").rated());
        assertEquals("Q2 —（问及 0 份：正面 0，非正面 0，不清楚 0 计入有效，未答 0）", north.questions().get("Q2").formula());
        // 知晓率 = (1 × 0/1 + 2 × 1/1) / (1 + 2): Q2 is in neither numerator nor denominator.
        assertEquals("知晓率 = (1 × 0/1 + 2 × 1/1) / (1 + 2) = 66.67%（Q2 无有效回答，不计入）", north.indices().get("知晓率").formula());
    }

    @Test
    void aGroupWithoutValidInterviewsHasNoRates() {
        SurveyGroup west = SurveyScores.of(QUESTIONNAIRE, INTERVIEWS.stream().filter(i -> List.of("A07", "A08", "A10").contains(i.id())).toList(),
                STANDARDS, MINIMUM).city();
        assertFalse(west.indices().get("满意度").rated());
        assertEquals("满意度 —（无有效回答）", west.indices().get("满意度").formula());
        assertEquals("9.1 得分 —（满分 5，对应题目无有效回答）", west.standards().get("9.1").formula());
    }

    @Test
    void theSameInterviewsInAnyOrderGiveTheSameFigures() {
        List<Interview> shuffled = new ArrayList<>(INTERVIEWS);
        Collections.reverse(shuffled);
        SurveyScores again = SurveyScores.of(QUESTIONNAIRE, shuffled, STANDARDS, MINIMUM);
        assertEquals(SCORES.city().explanation(), again.city().explanation());
        assertEquals(SCORES.city().indices().get("知晓率").formula(), again.city().indices().get("知晓率").formula());
        assertEquals(SCORES.city().questions().get("Q4").interviews(), again.city().questions().get("Q4").interviews());
    }

    @Test
    void interviewsOfAnotherQuestionnaireAreRefused() {
        Interview other = new Interview("C01", "r1", "qn-2", "访问员甲", "城东区", InterviewMethod.HOME, START, START.plusSeconds(600), false,
                Map.of(), 1);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SurveyScores.of(QUESTIONNAIRE, List.of(other), STANDARDS, MINIMUM));
        assertEquals("interview C01 answers questionnaire qn-2, not qn", refused.getMessage());
    }

    private static InterviewValidity verdict(String id) {
        return SCORES.interviews().stream().filter(i -> i.interviewId().equals(id)).findFirst().orElseThrow();
    }

    private static SurveyIndex index(String district, String index) {
        return SCORES.byDistrict().get(district).indices().get(index);
    }

    private static SurveyStandardScore standard(String district) {
        return SCORES.byDistrict().get(district).standards().get("9.1");
    }

    private static Question question(String code, String text, QuestionKind kind, boolean screening, AskedWhen askedWhen, String index,
                                     String weight, List<String> standards, QuestionOption... options) {
        return new Question(code, text, kind, List.of(options), screening, askedWhen, index, new BigDecimal(weight), standards);
    }

    private static QuestionOption plain(String code, String text) {
        return new QuestionOption(code, text, false, false, false);
    }

    private static QuestionOption positive(String code, String text) {
        return new QuestionOption(code, text, true, false, false);
    }

    private static QuestionOption notReadAloud(String code, String text) {
        return new QuestionOption(code, text, false, true, false);
    }

    private static QuestionOption invalidating(String code, String text) {
        return new QuestionOption(code, text, false, false, true);
    }

    private static Interview interview(String id, String district, int minutes, String... answers) {
        return new Interview(id, "r1", "qn", "访问员甲", district, InterviewMethod.HOME, START, START.plus(Duration.ofMinutes(minutes)), false,
                answers(answers), 1);
    }

    private static Interview abandoned(String id, String district, String... answers) {
        return new Interview(id, "r1", "qn", "访问员甲", district, InterviewMethod.STREET, START, START.plus(Duration.ofMinutes(2)), true,
                answers(answers), 1);
    }

    private static Interview unended(String id, String district, String... answers) {
        return new Interview(id, "r1", "qn", "访问员乙", district, InterviewMethod.PHONE, START, null, false, answers(answers), 1);
    }

    /** {@code "Q4=1,2"}: question Q4 answered with options 1 and 2. */
    private static Map<String, List<String>> answers(String... answers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String answer : answers) {
            String[] parts = answer.split("=");
            map.put(parts[0], Arrays.asList(parts[1].split(",")));
        }
        return map;
    }
}
