package org.civicinspect.service.survey;

import java.time.Clock;
import java.time.Instant;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * A round uses a stored questionnaire version for its survey, as it uses an indicator-set version for its field
 * scoring. Pinning another version is refused once the round has interviews of the one pinned before: their answers
 * mean what that version's options say.
 */
public final class PinQuestionnaire {


    /** The round and the questionnaire version it now uses. */
    public record Pinned(Round round, Questionnaire questionnaire) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public PinQuestionnaire(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    /** The questionnaire is named by its id or an unambiguous start of it, as {@code survey questionnaires} shows it. */
    public Pinned run(String roundReference, String questionnaireReference) {
        Instant now = Audit.now(clock);
        return workspace.write(tx -> {
            Round round = SurveyRounds.named(tx, roundReference);
            Questionnaire questionnaire = Questionnaires.named(tx, questionnaireReference);
            long others = tx.interviews().questionnairesAnswered(round.id()).stream().filter(id -> !id.equals(questionnaire.id())).count();
            if (others > 0) {
                throw new RequestRefused("survey.pinnedHasInterviews", round.name(), tx.interviews().ofRound(round.id()).size());
            }
            tx.interviews().pin(round.id(), questionnaire.id(), now);
            tx.audit().append(now, signedIn.name(), AuditLog.Action.ROUND, Audit.round(round.id()),
                    "pinned questionnaire " + questionnaire.label() + " id=" + questionnaire.id());
            return new Pinned(round, questionnaire);
        });
    }
}
