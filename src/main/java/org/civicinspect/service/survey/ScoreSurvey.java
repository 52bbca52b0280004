package org.civicinspect.service.survey;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.Interview;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.scoring.SurveyScores;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.Workspace;

/**
 * The survey's figures of a round: its pinned questionnaire, its interviews and the standards of its indicator-set
 * version, through {@link SurveyScores}. Computed each time, never stored.
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
        Asked asked = workspace.read(tx -> {
            Round round = SurveyRounds.named(tx, roundReference);
            return new Asked(round, SurveyRounds.pinned(tx, round), tx.interviews().ofRound(round.id()));
        });
        SurveyScores scores = SurveyScores.of(asked.questionnaire(), asked.interviews(),
                checklists.tree(asked.round().indicatorSetId()).standards().toList(), minimumDuration);
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

    private record Asked(Round round, Questionnaire questionnaire, List<Interview> interviews) {
    }
}
