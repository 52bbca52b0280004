package org.civicinspect.service.reports;

import org.civicinspect.model.ReportScope;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.excel.BulletinWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import org.civicinspect.service.rectification.RankPartnerRectification;
import org.civicinspect.service.rectification.ShowRectificationStanding;
import java.util.Optional;
import org.civicinspect.model.Category;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Site;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.scoring.Standings;
import org.civicinspect.excel.StandardAnalysisWriter;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CityScore;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.store.Workspace;
import org.civicinspect.scoring.SurveyGroup;
import org.civicinspect.scoring.SurveyIndex;
import org.civicinspect.service.survey.ScoreSurvey;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * {@code report bulletin}: the round's 通报, as a city's 双周督查测评通报 reads: the city's figures and total after
 * the negative list, 得分率 by site type and by 测评项目, the red and black lists of districts, streets, units and
 * sites with their change of rank, the standards that lost points, rectification (整改率 by unit, overdue and 红, the
 * 流动黑牌, the units criticised), 典型问题曝光 with photos, and the negative-list events. It states the
 * round's scope and data time, never the clock, so the same data gives the same bulletin.
 */
public final class ExportBulletin {

    static final String FIELD_LESS_NEGATIVES = "实地考察得分";
    static final String COMPOSITE = "综合得分";
    private static final int WEAKEST_SHOWN = 10;
    private static final int EXPOSED_SHOWN = 6;

    private final Workspace workspace;
    private final ScoreRound scoreRound;
    private final ExportStandardAnalysis standardAnalysis;
    private final ShowRectificationStanding rectificationStanding;
    private final Checklists checklists;
    private final SignedIn signedIn;
    private final ScoreSurvey scoreSurvey;
    private final ScoreComposite scoreComposite;

    private final RankPartnerRectification partnerRanking;

    public ExportBulletin(Workspace workspace, ScoreRound scoreRound, ExportStandardAnalysis standardAnalysis,
                          ShowRectificationStanding rectificationStanding, Checklists checklists, SignedIn signedIn, ScoreSurvey scoreSurvey,
                          ScoreComposite scoreComposite, RankPartnerRectification partnerRanking) {
        this.partnerRanking = partnerRanking;
        this.scoreSurvey = scoreSurvey;
        this.scoreComposite = scoreComposite;
        this.rectificationStanding = rectificationStanding;
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.scoreRound = scoreRound;
        this.standardAnalysis = standardAnalysis;
        this.checklists = checklists;
    }

    /** How many summary figures were written, the scores they came from, and every ranking with where each entry stands and why. */
    public record Written(int facts, ScoreRound.Scored scored, List<ExportRanking.Ranked> rankings) {
    }

    public Written run(String roundReference, ReportScope.Counted counted, int listSize, Path out) throws IOException {
        ScoreRound.Scored scored = scoreRound.run(roundReference, counted);
        List<ExportRanking.Ranked> rankings = new ArrayList<>(ExportRanking.rankings(scored, listSize));
        rankings.add(ExportRanking.sites(scored, listSize));
        ShowRectificationStanding.Standing standing = rectificationStanding.of(scored.round().id(), listSize);
        Optional<ScoreSurvey.Result> survey = scoreSurvey.ifInterviewed(scored.round().id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION);
        CompositeScore composite = scoreComposite.of(scored, survey);
        RankPartnerRectification.Ranked partners = partnerRanking.of(scored.round().id(), listSize).units();
        BulletinWriter.Bulletin bulletin = bulletin(scored, composite, survey, rankings, standing, partners);
        String subtitle = scored.round().start() + " 至 " + scored.round().end() + "　全市：" + scored.scores().city().formula();
        AtomicFile.write(out, stream -> new BulletinWriter().write(bulletin, scored.scope(), subtitle, stream));
        Audit.exported(workspace, signedIn.name(), "bulletin round=" + scored.round().id(), out, bulletin.facts().size());
        return new Written(bulletin.facts().size(), scored, rankings);
    }

    private BulletinWriter.Bulletin bulletin(ScoreRound.Scored scored, CompositeScore composite, Optional<ScoreSurvey.Result> survey,
                                             List<ExportRanking.Ranked> rankings, ShowRectificationStanding.Standing standing,
                                             RankPartnerRectification.Ranked partners) {
        CityScore city = scored.scores().cityScore();
        Aggregate field = city.field();
        List<BulletinWriter.Fact> facts = new ArrayList<>();
        facts.add(new BulletinWriter.Fact("测评时间", scored.round().start() + " 至 " + scored.round().end(), ""));
        facts.add(new BulletinWriter.Fact("测评点位", field.sites(), "个"));
        facts.add(new BulletinWriter.Fact("测评结果", field.scored(), "条（不含不适用）"));
        facts.add(new BulletinWriter.Fact("发现问题", field.problems(), "个"));
        facts.add(new BulletinWriter.Fact("实地考察得分率", Rounding.percent(field.scoreRate()), "%"));
        facts.add(new BulletinWriter.Fact("达标率", Rounding.percent(field.complianceRate()), "%"));
        scored.previous().ifPresent(before -> facts.add(new BulletinWriter.Fact("得分率较上期",
                Rounding.percent(field.scoreRate()).subtract(Rounding.percent(before.city().scoreRate())),
                "个百分点（上期：" + scored.previousRound().orElseThrow().name() + "）")));
        facts.add(new BulletinWriter.Fact("负面清单扣分", city.deductions(), "分（" + city.events().size() + " 件）"));
        facts.add(new BulletinWriter.Fact(FIELD_LESS_NEGATIVES, Rounding.forDisplay(city.total()),
                "分（实地考察得分率 × 100 − 负面清单扣分；仅实地考察，不含材料审核和问卷调查）"));
        facts.add(new BulletinWriter.Fact(COMPOSITE, Rounding.forDisplay(composite.total()), "分（" + compositeScope(composite) + "）"));
        IndicatorTree tree = checklists.tree(scored.round().indicatorSetId());
        Map<String, String> texts = new HashMap<>();
        tree.standards().forEach(s -> texts.put(s.code(), s.text()));
        List<BulletinWriter.Event> events = city.events().stream().map((NegativeEvent e) -> new BulletinWriter.Event(e.date(), e.standardCode(),
                texts.getOrDefault(e.standardCode(), ""), e.description(), e.deduction())).toList();

        RoundScores now = scored.scores();
        Optional<RoundScores> before = scored.previous();
        List<BulletinWriter.Share> bySiteType = shares(now.bySiteType().keySet().stream().toList(), now.bySiteType(),
                before.map(RoundScores::bySiteType).orElse(Map.of()));
        List<BulletinWriter.Share> byCategory = shares(tree.categories().stream().map(Category::name).filter(now.byCategory()::containsKey).toList(),
                now.byCategory(), before.map(RoundScores::byCategory).orElse(Map.of()));

        ExportRanking.Ranked sites = rankings.get(rankings.size() - 1);
        List<BulletinWriter.ListedSite> listed = sites.table().standings().stream().filter(s -> s.honour() != Standings.Honour.NONE)
                .map(s -> listed(now.site(s.key()), now.awaitingReview(s.key()), s)).toList();

        List<StandardAnalysisWriter.Line> standards = standardAnalysis.lines(scored);
        Map<String, Aggregate> byStandard = now.byStandard();
        List<StandardAnalysisWriter.Line> weakest = standards.stream()
                .filter(l -> byStandard.get(l.code()).fullyMet() < byStandard.get(l.code()).scored()).limit(WEAKEST_SHOWN).toList();
        return new BulletinWriter.Bulletin(scored.round().name(), facts, bySiteType, byCategory,
                ExportRanking.sheets(rankings.subList(0, rankings.size() - 1)), listed, sites.table().unrated(), weakest, standards,
                rectification(standing, partners), standing.worst().stream().limit(EXPOSED_SHOWN).map(ExportBulletin::exposed).toList(), events,
                survey.map(ExportBulletin::survey).orElse(null));
    }

    /**
     * The composite's line: its formula with the weights, 不完整 when a part has no figure, and the 未成年人思想道德建设 gate's
     * verdict when its score is known; the same figure as {@code score composite}.
     */
    static String compositeScope(CompositeScore composite) {
        String parts = composite.parts().stream().map(p -> p.name() + " " + Rounding.forDisplay(p.points()).toPlainString())
                .collect(Collectors.joining(" + "));
        return "材料审核、实地考察、问卷调查按权重 " + composite.weights().label() + " 相加减负面清单扣分：" + parts + " − "
                + CompositeScore.plain(composite.deductions())
                + (composite.incomplete() ? "；不完整：" + composite.parts().stream().filter(p -> p.rate().isEmpty()).map(CompositeScore.Part::name)
                        .collect(Collectors.joining("、")) + " 无得分，按 0 计" : "")
                + (composite.gate().assessed() ? "；" + composite.gate().verdict() : "")
                + "；各部分算式见 score composite";
    }

    /** 问卷调查: each index for the city and the district or districts lowest on it, under a sentence saying what counts. */
    static BulletinWriter.SurveySection survey(ScoreSurvey.Result result) {
        SurveyGroup city = result.scores().city();
        var scope = ExportSurveyReport.scope(result);
        String text = "问卷 " + scope.questionnaire() + "：访问 " + scope.interviews() + " 份，计入有效访问 " + scope.valid() + " 份（无效 "
                + (scope.interviews() - scope.valid()) + " 份不计入；用时短于 " + scope.minimumDuration() + " 的 " + scope.flagged()
                + " 份需复核，仍计入）；全市按全市有效访问合并计算，不取各区平均。各题、各区县和测评标准的得分见问卷调查报告（report survey）。";
        List<BulletinWriter.SurveyIndexLine> lines = new ArrayList<>();
        for (SurveyIndex index : city.indices().values()) {
            List<SurveyGroup> rated = result.scores().byDistrict().values().stream().filter(g -> g.indices().get(index.name()).rated()).toList();
            Optional<BigDecimal> lowest = rated.stream().map(g -> g.indices().get(index.name()).value()).min(Comparator.naturalOrder());
            String names = lowest.map(low -> rated.stream().filter(g -> g.indices().get(index.name()).value().compareTo(low) == 0)
                    .map(g -> g.group() + "（有效 " + g.valid().size() + " 份）").collect(Collectors.joining("、"))).orElse("—");
            lines.add(new BulletinWriter.SurveyIndexLine(index.name(), index.rated() ? Rounding.percent(index.value()) : null, names,
                    lowest.map(Rounding::percent).orElse(null)));
        }
        return new BulletinWriter.SurveySection(text, lines);
    }

    private static BulletinWriter.Rectification rectification(ShowRectificationStanding.Standing standing, RankPartnerRectification.Ranked partners) {
        int due = 0;
        int fixed = 0;
        int overdue = 0;
        int red = 0;
        List<BulletinWriter.UnitRectification> units = new ArrayList<>();
        for (ShowRectificationStanding.UnitStanding u : standing.units()) {
            due += u.due();
            fixed += u.fixed();
            overdue += u.overdue();
            red += u.red();
            units.add(line(u, standing.redList(), standing.blackList()));
        }
        BigDecimal rate = due == 0 ? null
                : Rounding.percent(BigDecimal.valueOf(fixed).divide(BigDecimal.valueOf(due), MathContext.DECIMAL64));
        return new BulletinWriter.Rectification(standing.asOf(), due, fixed, rate, overdue, red, standing.white(), standing.yellow(),
                standing.red(), units, standing.placardHolder(), standing.placardFrom(),
                standing.criticised().stream().map(ShowRectificationStanding.UnitStanding::unit).toList(),
                partners.bestFirst().stream().map(u -> line(u, partners.redList(), partners.blackList())).toList());
    }

    private static BulletinWriter.UnitRectification line(ShowRectificationStanding.UnitStanding u, List<ShowRectificationStanding.UnitStanding> red,
                                                         List<ShowRectificationStanding.UnitStanding> black) {
        String list = red.contains(u) ? "整改红榜" : black.contains(u) ? "整改黑榜" : "";
        return new BulletinWriter.UnitRectification(list, u.unit(), u.due(), u.fixed(), Rounding.percent(u.rate()), u.overdue(), u.red(),
                u.failedRechecks());
    }

    private static BulletinWriter.ExposedProblem exposed(ShowRectificationStanding.Exposed e) {
        List<String> remarks = new ArrayList<>();
        if (e.recurred()) {
            remarks.add("复发");
        }
        if (e.failedRecheck()) {
            remarks.add("复查未通过");
        }
        return new BulletinWriter.ExposedProblem(e.photo(), (e.standardCode() + " " + e.standardText()).strip(), e.description(), e.site(),
                (e.district() + " " + e.street()).strip(), e.unit(), e.deadline(), e.escalation(), String.join("、", remarks));
    }

    /** The groups named, in that order, with their change of 得分率 where both rounds gave them a rate. */
    private static List<BulletinWriter.Share> shares(List<String> names, Map<String, Aggregate> now, Map<String, Aggregate> before) {
        List<BulletinWriter.Share> shares = new ArrayList<>();
        for (String name : names) {
            Aggregate a = now.get(name);
            boolean rated = a.scored() > 0;
            Aggregate then = before.get(name);
            BigDecimal change = rated && then != null && then.scored() > 0
                    ? Rounding.percent(a.scoreRate()).subtract(Rounding.percent(then.scoreRate())) : null;
            shares.add(new BulletinWriter.Share(name, a.sites(), a.awaitingReview(), a.scored(),
                    rated ? Rounding.percent(a.scoreRate()) : null, rated ? Rounding.percent(a.complianceRate()) : null, a.problems(), change));
        }
        return shares;
    }

    private static BulletinWriter.ListedSite listed(Site site, boolean awaitingReview, Standings.Standing standing) {
        return new BulletinWriter.ListedSite(ExportRanking.mark(standing.honour()), standing.rank(), site.name(), site.siteType(),
                (site.district() + " " + site.street()).strip(), site.responsibleUnit(), Rounding.percent(standing.aggregate().scoreRate()),
                standing.rankChange(), awaitingReview);
    }
}
