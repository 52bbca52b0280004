package org.civicinspect.service.reports;

import java.util.List;
import java.util.Optional;
import org.civicinspect.service.survey.ScoreSurvey;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.Aggregate;
import org.civicinspect.scoring.CityScore;
import org.civicinspect.scoring.CompositeScore;
import org.civicinspect.scoring.Ranking;
import org.civicinspect.scoring.RoundScores;

/**
 * The home screen's figures for one round: each team's progress, the districts ranked, the city across the rounds
 * up to this one, the weakest standards and the responsible units with the most problems. Every figure keeps the
 * aggregate behind it, so it can explain itself; {@code scope} says which inspections the figures count. {@code survey} is
 * the round's questionnaire survey when it has interviews, scored with the default minimum duration. {@code composite} is
 * the round's 综合得分 as {@code score composite} gives it (materials, field and survey weighted, less the negative list),
 * beside the field score less the negative list that {@code scores} carries; empty in a unit's workspace, which holds
 * the office's reviews of that unit's standards only.
 */
public record Dashboard(Round round, ReportScope scope, RoundScores scores, List<TeamProgress> teams, List<Ranking.Ranked> districts,
                        List<RoundPoint> trend, List<WeakStandard> weakest, List<Aggregate> units, Rectification rectification,
                        Optional<ScoreSurvey.Result> survey, Optional<CompositeScore> composite) {

    public Dashboard {
        teams = List.copyOf(teams);
        districts = List.copyOf(districts);
        trend = List.copyOf(trend);
        weakest = List.copyOf(weakest);
        units = List.copyOf(units);
    }

    /** 整改督办 across every round: problems still open, how many of them are overdue, and how many are red. */
    public record Rectification(int open, int overdue, int red) {
    }

    /** A team's sites in the round: completed, started, all, and the names of those not yet completed. */
    public record TeamProgress(String team, int done, int started, int total, List<String> notDone) {
        public TeamProgress {
            notDone = List.copyOf(notDone);
        }
    }

    /** The city in one round: its field aggregate and its field score after the negative list. */
    public record RoundPoint(Round round, CityScore city) {
    }

    /** A standard and how it did across the round's sites. */
    public record WeakStandard(Standard standard, Aggregate aggregate) {
    }
}
