package org.civicinspect.service.reports;

import org.civicinspect.service.materials.ShowUnitOfWorkspace;
import org.civicinspect.scoring.CompositeScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.Ranking;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.service.fieldwork.ListTeamSites;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rectification.ListProblems;
import org.civicinspect.service.rounds.ShowRound;
import org.civicinspect.service.survey.ScoreSurvey;

/**
 * The home screen of a round (the newest one unless another is chosen): see {@link Dashboard}. Its figures count
 * approved inspections, as the published reports do; its scope says how many more wait for review or are under way.
 */
public final class ShowDashboard {

    static final int WEAKEST = 8;
    static final int UNITS = 8;

    private final ScoreRound scoreRound;
    private final ShowRound showRound;
    private final ListTeamSites listTeamSites;
    private final Checklists checklists;
    private final ListProblems listProblems;
    private final ScoreSurvey scoreSurvey;
    private final ScoreComposite scoreComposite;
    private final ShowUnitOfWorkspace showUnitOfWorkspace;

    public ShowDashboard(ScoreRound scoreRound, ShowRound showRound, ListTeamSites listTeamSites, Checklists checklists, ListProblems listProblems,
                         ScoreSurvey scoreSurvey, ScoreComposite scoreComposite, ShowUnitOfWorkspace showUnitOfWorkspace) {
        this.showUnitOfWorkspace = showUnitOfWorkspace;
        this.scoreSurvey = scoreSurvey;
        this.scoreComposite = scoreComposite;
        this.scoreRound = scoreRound;
        this.showRound = showRound;
        this.listTeamSites = listTeamSites;
        this.checklists = checklists;
        this.listProblems = listProblems;
    }

    /** The dashboard of the round with this id (the newest round when null or unknown), or empty when there are no rounds yet. */
    public Optional<Dashboard> run(String roundReference) {
        List<Round> rounds = showRound.list();
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        Round round = rounds.stream().filter(r -> r.id().equals(roundReference)).findFirst()
                .orElseGet(() -> rounds.stream().max(Comparator.comparing(Round::start)).orElseThrow());
        // The chosen round and every round before it, each scored once, side by side.
        List<Round> upTo = rounds.stream().filter(r -> r.start().isBefore(round.start()) || r.equals(round)).toList();
        List<RoundScores> upToScores = scoreRound.only(upTo.stream().map(Round::id).toList(), ReportScope.Counted.APPROVED);
        RoundScores scores = upToScores.get(upTo.indexOf(round));
        List<Dashboard.RoundPoint> trend = new ArrayList<>();
        for (int i = 0; i < upTo.size(); i++) {
            if (upToScores.get(i).city().scored() > 0) {
                trend.add(new Dashboard.RoundPoint(upTo.get(i), upToScores.get(i).cityScore()));
            }
        }
        Map<String, Standard> standards = checklists.tree(round.indicatorSetId()).standards()
                .collect(Collectors.toMap(Standard::code, Function.identity()));
        List<Dashboard.WeakStandard> weakest = scores.byStandard().values().stream()
                .sorted(Comparator.comparing(Aggregate::complianceRate).thenComparing(Aggregate::sites, Comparator.reverseOrder())
                        .thenComparing(Aggregate::group))
                .limit(WEAKEST).map(a -> new Dashboard.WeakStandard(standards.get(a.group()), a)).toList();
        List<Aggregate> units = scores.byResponsibleUnit().values().stream().filter(a -> a.problems() > 0)
                .sorted(Comparator.comparing(Aggregate::problems).reversed().thenComparing(Aggregate::group)).limit(UNITS).toList();
        List<ListProblems.Listed> open = listProblems.run(null, ListProblems.Filter.ALL).problems().stream()
                .filter(l -> l.problem().status().open()).toList();
        Dashboard.Rectification rectification = new Dashboard.Rectification(open.size(), (int) open.stream().filter(l -> l.overdueDays() > 0).count(),
                (int) open.stream().filter(l -> l.escalation() == org.civicinspect.model.Escalation.RED).count());
        ReportScope scope = scoreRound.scope(round.id(), ReportScope.Counted.APPROVED);
        Optional<ScoreSurvey.Result> survey = scoreSurvey.ifInterviewed(round.id(), ScoreSurvey.DEFAULT_MINIMUM_DURATION);
        Optional<CompositeScore> composite = showUnitOfWorkspace.run().isPresent() ? Optional.empty()
                : Optional.of(scoreComposite.of(new ScoreRound.Scored(round, scope, scores, Optional.empty(), Optional.empty()), survey));
        return Optional.of(new Dashboard(round, scope, scores, teams(round), Ranking.rank(scores.byDistrict()), trend, weakest, units, rectification,
                survey, composite));
    }

    private List<Dashboard.TeamProgress> teams(Round round) {
        Map<String, List<ListTeamSites.ListedSite>> byTeam = new TreeMap<>(NaturalOrder.INSTANCE);
        for (ListTeamSites.ListedSite site : listTeamSites.run(round.id(), null)) {
            byTeam.computeIfAbsent(site.drawn().team() == null ? "" : site.drawn().team(), t -> new ArrayList<>()).add(site);
        }
        List<Dashboard.TeamProgress> teams = new ArrayList<>();
        byTeam.forEach((team, sites) -> teams.add(new Dashboard.TeamProgress(team,
                (int) sites.stream().filter(s -> s.status().locked()).count(),
                (int) sites.stream().filter(s -> s.status() == InspectionStatus.IN_PROGRESS || s.status() == InspectionStatus.RETURNED).count(),
                sites.size(),
                sites.stream().filter(s -> !s.status().locked()).map(s -> s.drawn().site().name()).toList())));
        return teams;
    }
}
