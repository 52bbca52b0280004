package org.civicinspect.service.survey;

import org.civicinspect.model.Question;
import org.civicinspect.model.Questionnaire;

/** One line of the questionnaire library: a stored version with its counts of questions. */
public record QuestionnaireSummary(Questionnaire questionnaire, int questions, int screening, int scored, int indices) {

    public static QuestionnaireSummary of(Questionnaire q) {
        return new QuestionnaireSummary(q, q.questions().size(), (int) q.questions().stream().filter(Question::screening).count(),
                (int) q.questions().stream().filter(Question::scored).count(), q.indices().size());
    }
}
