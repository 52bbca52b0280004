package org.civicinspect.service.survey;

import java.sql.SQLException;
import java.util.List;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.Tx;

/** What the questionnaire use cases share: a stored version named by its id or an unambiguous start of it. */
final class Questionnaires {

    /** The shortest start of an id that names a questionnaire, as {@code survey questionnaires} shows it. */
    private static final int MIN_ID_PREFIX = 4;

    private Questionnaires() {
    }

    /** The version whose id is {@code reference}, or the one version whose id starts with it; refused otherwise. */
    static Questionnaire named(Tx tx, String reference) throws SQLException {
        String id = reference.strip();
        if (!id.isEmpty()) {
            var exact = tx.questionnaires().find(id);
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        List<Questionnaire> started = id.length() < MIN_ID_PREFIX ? List.of()
                : tx.questionnaires().list().stream().filter(q -> q.id().startsWith(id)).toList();
        if (started.size() != 1) {
            throw new RequestRefused("survey.noSuchQuestionnaire", reference);
        }
        return started.get(0);
    }
}
