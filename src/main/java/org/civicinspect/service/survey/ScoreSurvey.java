package org.civicinspect.service.survey;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.Interview;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.SurveyScores;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * The survey's figures of a round: its pinned questionnaire, its interviews and the standards of its indicator-set
 * version, through {@link SurveyScores}. Computed each time, never stored. Unweighted unless asked; weighted, to the
 * population profile (人口结构) of the round's survey plan.
 */
public final class ScoreSurvey {

    /** An interview shorter than this is flagged for review (and still counts) unless the caller says otherwise. */
    public static final Duration DEFAULT_MINIMUM_DURATION = Duration.ofMinutes(5);

    /** The figures with what they were computed from. */
    public record Result(Round round, Questionnaire questionnaire, Duration minimumDuration, SurveyScores scores) {
    }

    private final Workspace workspace;
    private final Checklists checklists;

    public ScoreSurvey(Workspace workspace, Checklists checklists) {
        this.workspace = workspace;
        this.checklists = checklists;
    }

    public Result run(String roundReference, Duration minimumDuration) {
        return run(roundReference, minimumDuration, false);
    }

    /**
     * @param weighted weigh the valid interviews to the population profile of the round's survey plan; refused when the
     *                 plan has none
     */
    public Result run(String roundReference, Duration minimumDuration, boolean weighted) {
        Asked asked = workspace.read(tx -> {
            Round round = SurveyRounds.named(tx, roundReference);
            Questionnaire questionnaire = SurveyRounds.pinned(tx, round);
            List<PopulationShare> shares = weighted ? tx.surveyPlans().of(round.id()).populations() : List.of();
            if (weighted && shares.isEmpty()) {
                throw new RequestRefused("survey.noPopulation", round.name());
            }
            // the plan was checked against the questionnaire pinned then, which may since have been changed
            if (weighted && questionnaire.question(shares.get(0).questionCode()).isEmpty()) {
                throw new RequestRefused("survey.populationQuestionGone", round.name(), shares.get(0).questionCode(), questionnaire.label());
            }
            return new Asked(round, questionnaire, tx.interviews().ofRound(round.id()), shares);
        });
        List<Standard> standards = checklists.tree(asked.round().indicatorSetId()).standards().toList();
        SurveyScores scores = weighted
                ? SurveyScores.weighted(asked.questionnaire(), asked.interviews(), standards, minimumDuration, asked.shares())
                : SurveyScores.of(asked.questionnaire(), asked.interviews(), standards, minimumDuration);
        return new Result(asked.round(), asked.questionnaire(), minimumDuration, scores);
    }

    /**
     * The figures of a round that has interviews, for the reports that show the survey only where there is one; empty
     * when the round has no questionnaire pinned or no interview yet.
     */
    public Optional<Result> ifInterviewed(String roundId, Duration minimumDuration) {
        boolean interviewed = workspace.read(tx -> tx.interviews().pinnedQuestionnaire(roundId).isPresent()
                && !tx.interviews().questionnairesAnswered(roundId).isEmpty());
        return interviewed ? Optional.of(run(roundId, minimumDuration)) : Optional.empty();
    }

    private record Asked(Round round, Questionnaire questionnaire, List<Interview> interviews, List<PopulationShare> shares) {
    }
}
