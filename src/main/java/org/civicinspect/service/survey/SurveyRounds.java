package org.civicinspect.service.survey;

import java.sql.SQLException;
import java.util.Optional;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.rounds.Rounds;
import org.civicinspect.store.Tx;

/** What the interview use cases share: the round a user named and the questionnaire version its interviews answer. */
final class SurveyRounds {

    private SurveyRounds() {
    }

    /** The round named by id, name or {@code latest}; refused, naming the reference, when there is none. */
    static Round named(Tx tx, String reference) throws SQLException {
        return Rounds.require(tx.rounds().findByReference(reference), reference);
    }

    /** The round's pinned questionnaire; refused, naming the round, when none is pinned yet. */
    static Questionnaire pinned(Tx tx, Round round) throws SQLException {
        String id = tx.interviews().pinnedQuestionnaire(round.id())
                .orElseThrow(() -> new RequestRefused("survey.notPinned", round.name()));
        return tx.questionnaires().find(id).orElseThrow(() -> new IllegalStateException("pinned questionnaire " + id + " is missing"));
    }

    /** The round's pinned questionnaire, or empty when none is pinned yet. */
    static Optional<Questionnaire> pinnedIfAny(Tx tx, Round round) throws SQLException {
        Optional<String> id = tx.interviews().pinnedQuestionnaire(round.id());
        return id.isEmpty() ? Optional.empty() : Optional.of(pinned(tx, round));
    }
}
