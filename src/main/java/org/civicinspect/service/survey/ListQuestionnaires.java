package org.civicinspect.service.survey;

import java.util.List;
import org.civicinspect.store.Workspace;

/** The questionnaire library: every stored version, oldest first, with its counts. */
public final class ListQuestionnaires {

    private final Workspace workspace;

    public ListQuestionnaires(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<QuestionnaireSummary> run() {
        return workspace.read(tx -> tx.questionnaires().list()).stream().map(QuestionnaireSummary::of).toList();
    }
}
