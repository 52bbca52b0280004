package org.civicinspect.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Category;
import org.civicinspect.model.Grade;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.Test;

/** Aggregates of a round: hand-worked, then properties over random rounds. */
class RoundScoresTest {

    private static final Standard S1 = new Standard("1", "路面干净", List.of("实地考察"), new BigDecimal("4"),
            ScoringRule.deduction(BigDecimal.ONE), "", false, List.of("主次干道", "公园"));
    private static final Standard S2 = new Standard("2", "设施完好", List.of("实地考察"), new BigDecimal("2"), ScoringRule.BINARY, "", false,
            List.of("主次干道", "公园"));
    private static final Standard S3 = new Standard("3", "秩序良好", List.of("实地考察"), new BigDecimal("3"), ScoringRule.GRADED, "", false,
            List.of("公园"));
    private static final IndicatorTree TREE = new IndicatorTree(List.of(
            new Category("01", "公共环境", List.of(new Indicator("01-01", "环境卫生", List.of(S1, S2)))),
            new Category("02", "公共秩序", List.of(new Indicator("02-01", "秩序", List.of(S3))))), GradeCoefficients.DEFAULT);

    private static Site site(String id, String type, String district, String unit) {
        return new Site(id, "点位" + id, type, district, district + "一街道", "", "", unit, "", null, null, false, true);
    }

    @Test
    void poolsFindingsByEveryGroupingAndExplainsItself() {
        RoundScores scores = RoundScores.of(TREE, List.of(
                new SiteAnswers(site("a", "主次干道", "城东区", "城管局"), Map.of("1", Answer.occurrences(1), "2", Answer.met())),
                new SiteAnswers(site("b", "公园", "城西区", "园林局"),
                        Map.of("1", Answer.occurrences(5), "2", Answer.notApplicable(), "3", Answer.grade(Grade.B)))));
        Aggregate city = scores.city();
        assertEquals(0, new BigDecimal("6.98").compareTo(city.earned()));
        assertEquals(0, new BigDecimal("13").compareTo(city.possible()));
        assertEquals(4, city.scored());
        assertEquals(1, city.fullyMet());
        assertEquals(3, city.problems());
        assertEquals(new BigDecimal("53.69"), Rounding.percent(city.scoreRate()));
        assertEquals("得分率 = 6.98 / 13 = 53.69%；达标率 = 1 / 4 = 25.00%", city.formula());
        assertEquals(4, city.lines().size());

        assertEquals(new BigDecimal("83.33"), Rounding.percent(scores.byDistrict().get("城东区").scoreRate()));
        assertEquals(new BigDecimal("28.29"), Rounding.percent(scores.byDistrict().get("城西区").scoreRate()));
        assertEquals(scores.byDistrict().get("城东区").earned(), scores.byResponsibleUnit().get("城管局").earned());
        assertEquals(2, scores.byCategory().size());
        assertEquals(2, scores.byStandard().get("1").sites());
        assertEquals(List.of(1, 2), Ranking.rank(scores.byDistrict()).stream().map(Ranking.Ranked::rank).toList());
    }

    @Test
    void aSiteAnsweredEntirelyNotApplicableIsVisitedButHasNoRateAndNoRank() {
        RoundScores scores = RoundScores.of(TREE, List.of(
                new SiteAnswers(site("a", "主次干道", "城东区", "城管局"), Map.of("1", Answer.occurrences(1), "2", Answer.met())),
                new SiteAnswers(site("b", "公园", "城东区", "园林局"),
                        Map.of("1", Answer.notApplicable(), "2", Answer.notApplicable(), "3", Answer.notApplicable())),
                new SiteAnswers(site("c", "公园", "城西区", "园林局"), Map.of("1", Answer.notApplicable(), "2", Answer.notApplicable()))));
        // Only site a scores: (4 − 1×1) + 2 = 5 of 4 + 2 = 6 points; sites b and c were visited and count as sites.
        assertEquals(3, scores.city().sites());
        assertEquals(new BigDecimal("83.33"), Rounding.percent(scores.city().scoreRate()));
        assertEquals(2, scores.byDistrict().get("城东区").sites());
        assertEquals(2, scores.bySiteType().get("公园").sites());
        assertEquals(2, scores.byResponsibleUnit().get("园林局").sites());
        assertEquals(1, scores.byDistrict().get("城西区").sites());

        Aggregate west = scores.byDistrict().get("城西区");
        assertFalse(west.rated());
        assertEquals(0, west.scored());
        assertEquals("得分率 —；达标率 —（1 个点位全部不适用，无计分项）", west.formula());
        assertFalse(scores.bySite().get("b").rated());
        assertFalse(scores.bySiteType().get("公园").rated(), "the park type scored nothing either");
        assertTrue(scores.byDistrict().get("城东区").rated());

        assertEquals(List.of("城东区"), Ranking.rank(scores.byDistrict()).stream().map(r -> r.aggregate().group()).toList(),
                "a district with no rate has no rank");
        assertEquals(Map.of("城管局", 1), Ranking.ranks(scores.byResponsibleUnit()));
    }

    @Test
    void aSiteCountedWhileAwaitingReviewIsKnownAsSuch() {
        RoundScores scores = RoundScores.of(TREE, List.of(
                new SiteAnswers(site("a", "主次干道", "城东区", "城管局"), Map.of("2", Answer.met())),
                new SiteAnswers(site("b", "主次干道", "城东区", "城管局"), Map.of("2", Answer.met()), true)));
        assertFalse(scores.awaitingReview("a"));
        assertTrue(scores.awaitingReview("b"));
    }

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        Map<String, Aggregate> groups = new HashMap<>();
        groups.put("甲", new Aggregate("甲", new BigDecimal("9"), BigDecimal.TEN, 1, 1, 0, 1, 0, List.of()));
        groups.put("乙", new Aggregate("乙", new BigDecimal("8"), BigDecimal.TEN, 1, 0, 1, 1, 0, List.of()));
        groups.put("丙", new Aggregate("丙", new BigDecimal("16"), new BigDecimal("20"), 1, 0, 1, 1, 0, List.of()));
        groups.put("丁", new Aggregate("丁", new BigDecimal("5"), BigDecimal.TEN, 1, 0, 1, 1, 0, List.of()));
        assertEquals(Map.of("甲", 1, "乙", 2, "丙", 2, "丁", 4), Ranking.ranks(groups));
    }

    private static List<SiteAnswers> randomRound(Random random) {
        List<SiteAnswers> sites = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
            boolean park = random.nextBoolean();
            Map<String, Answer> answers = new HashMap<>();
            for (Standard s : park ? List.of(S1, S2, S3) : List.of(S1, S2)) {
                int roll = random.nextInt(10);
                if (roll == 0) {
                    continue;
                }
                answers.put(s.code(), roll == 1 ? Answer.notApplicable() : switch (s.scoring().mode()) {
                    case BINARY -> random.nextBoolean() ? Answer.met() : Answer.notMet();
                    case GRADED -> Answer.grade(Grade.values()[random.nextInt(4)]);
                    case DEDUCTION -> Answer.occurrences(random.nextInt(6));
                });
            }
            sites.add(new SiteAnswers(site("s" + i, park ? "公园" : "主次干道", random.nextBoolean() ? "城东区" : "城西区",
                    "单位" + random.nextInt(3)), answers));
        }
        return sites;
    }

    @Test
    void ratesStayInRangeOrderNeverMattersAndGroupsAddUpToTheCity() {
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            List<SiteAnswers> round = randomRound(random);
            RoundScores scores = RoundScores.of(TREE, round);
            List<SiteAnswers> shuffled = new ArrayList<>(round);
            Collections.shuffle(shuffled, random);
            RoundScores again = RoundScores.of(TREE, shuffled);
            assertEquals(scores.city(), again.city());
            assertEquals(scores.byDistrict(), again.byDistrict());
            for (Map<String, Aggregate> grouping : List.of(scores.bySite(), scores.byDistrict(), scores.bySiteType(), scores.byStreet(),
                    scores.byResponsibleUnit(), scores.byStandard(), scores.byCategory())) {
                BigDecimal earned = BigDecimal.ZERO;
                BigDecimal possible = BigDecimal.ZERO;
                int scored = 0;
                for (Aggregate a : grouping.values()) {
                    assertTrue(a.scoreRate().signum() >= 0 && a.scoreRate().compareTo(BigDecimal.ONE) <= 0);
                    assertTrue(a.complianceRate().signum() >= 0 && a.complianceRate().compareTo(BigDecimal.ONE) <= 0);
                    earned = earned.add(a.earned());
                    possible = possible.add(a.possible());
                    scored += a.scored();
                }
                assertEquals(0, earned.compareTo(scores.city().earned()));
                assertEquals(0, possible.compareTo(scores.city().possible()));
                assertEquals(scored, scores.city().scored());
            }
        }
    }

    @Test
    void notApplicableNeverChangesARate() {
        Random random = new Random(9);
        for (int trial = 0; trial < 200; trial++) {
            List<SiteAnswers> round = randomRound(random);
            List<SiteAnswers> withMoreNotApplicable = new ArrayList<>();
            for (SiteAnswers site : round) {
                Map<String, Answer> answers = new HashMap<>(site.answers());
                for (Standard s : List.of(S1, S2, S3)) {
                    if (s.appliesTo(site.site().siteType())) {
                        answers.putIfAbsent(s.code(), Answer.notApplicable());
                    }
                }
                withMoreNotApplicable.add(new SiteAnswers(site.site(), answers));
            }
            assertEquals(RoundScores.of(TREE, round).city().scoreRate(), RoundScores.of(TREE, withMoreNotApplicable).city().scoreRate());
            assertEquals(RoundScores.of(TREE, round).byDistrict(), RoundScores.of(TREE, withMoreNotApplicable).byDistrict());
        }
    }

    @Test
    void everyAggregateEqualsARecomputationFromScratch() {
        Random random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            List<SiteAnswers> round = randomRound(random);
            RoundScores scores = RoundScores.of(TREE, round);
            Map<String, BigDecimal[]> byDistrict = new HashMap<>();
            for (SiteAnswers site : round) {
                List<Standard> checklist = TREE.standards().filter(s -> s.appliesTo(site.site().siteType())).toList();
                SiteScore alone = SiteScore.of(checklist, site.answers(), TREE.grades());
                Aggregate pooled = scores.bySite().get(site.site().id());
                BigDecimal[] sums = byDistrict.computeIfAbsent(site.site().district(), d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                assertEquals(1, pooled.sites(), "every visited site is counted");
                if (alone.scored() == 0) {
                    assertFalse(pooled.rated(), "a site with nothing scored has no rate");
                    continue;
                }
                assertEquals(0, alone.earned().compareTo(pooled.earned()));
                assertEquals(0, alone.possible().compareTo(pooled.possible()));
                assertEquals(alone.fullyMet(), pooled.fullyMet());
                assertEquals(alone.problems(), pooled.problems());
                assertEquals(0, alone.scoreRate().compareTo(pooled.scoreRate()));
                sums[0] = sums[0].add(alone.earned());
                sums[1] = sums[1].add(alone.possible());
            }
            assertEquals(byDistrict.keySet(), scores.byDistrict().keySet());
            byDistrict.forEach((district, sums) -> {
                assertEquals(0, sums[0].compareTo(scores.byDistrict().get(district).earned()));
                assertEquals(0, sums[1].compareTo(scores.byDistrict().get(district).possible()));
            });
        }
    }

    @Test
    void negativeListEventsDeductFromTheCityTotalAloneAndNeverBelowZero() {
        List<SiteAnswers> round = List.of(new SiteAnswers(site("a", "主次干道", "城东区", "城管局"),
                Map.of("1", Answer.occurrences(1), "2", Answer.met())));
        NegativeEvent accident = new NegativeEvent("e1", "r", LocalDate.of(2026, 11, 20), "9", "安全事故", new BigDecimal("1.5"));
        NegativeEvent fraud = new NegativeEvent("e2", "r", LocalDate.of(2026, 11, 21), "9", "弄虚作假", new BigDecimal("2"));
        RoundScores without = RoundScores.of(TREE, round);
        RoundScores with = RoundScores.of(TREE, round, List.of(accident, fraud));

        CityScore city = with.cityScore();
        // 5 of 6 points: 83.333…, less 1.5 and 2.
        assertEquals(new BigDecimal("83.33"), Rounding.forDisplay(city.fieldPoints()));
        assertEquals(0, new BigDecimal("3.5").compareTo(city.deductions()));
        assertEquals(new BigDecimal("79.83"), Rounding.forDisplay(city.total()));
        assertEquals("实地考察得分 = 83.33 − 3.5 = 79.83（负面清单 2 件）", city.formula());
        assertEquals(without.city(), with.city(), "the field rate does not change");
        assertEquals(without.byDistrict(), with.byDistrict(), "districts and their ranking do not change");
        assertEquals(0, without.cityScore().deductions().signum());

        NegativeEvent huge = new NegativeEvent("e3", "r", LocalDate.of(2026, 11, 22), "9", "重大事件", new BigDecimal("100"));
        assertEquals(0, RoundScores.of(TREE, round, List.of(huge, accident)).cityScore().total().signum());
    }
}
