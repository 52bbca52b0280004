package org.civicinspect.service.survey;

import org.civicinspect.model.Round;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.store.Workspace;

/**
 * A round's survey plan and how far its interviews have come: for each district × method, each district, the city,
 * each respondent profile and each interviewer, the valid interviews so far against the target. Read in one
 * transaction and computed each time, never stored. What {@code survey plan show}, the interview screen's running
 * count and the survey report use.
 */
public final class ShowSurveyPlan {

    private final Workspace workspace;

    public ShowSurveyPlan(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The plan of the round named by id, name or {@code latest} against its interviews; a round without a plan gives an
     * empty plan, whose cells are the interviews' own (target 0). Refused, naming the reference, when there is no such
     * round.
     */
    public SurveyPlanProgress run(String roundReference) {
        return workspace.read(tx -> {
            Round round = SurveyRounds.named(tx, roundReference);
            return SurveyPlanProgress.of(round, SurveyRounds.pinnedIfAny(tx, round).orElse(null), tx.surveyPlans().of(round.id()),
                    tx.interviews().ofRound(round.id()));
        });
    }

    /**
     * The plan of {@code scored}'s round against the interviews as {@code scored} judged them (the same verdicts, the same
     * minimum duration): what the survey report shows beside its rates.
     */
    public SurveyPlanProgress against(ScoreSurvey.Result scored) {
        Round round = scored.round();
        SurveyPlan plan = workspace.read(tx -> tx.surveyPlans().of(round.id()));
        return SurveyPlanProgress.judged(round, scored.questionnaire(), plan, scored.scores().interviews());
    }
}
