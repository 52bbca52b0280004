package org.civicinspect.service.survey;

import java.io.IOException;
import java.nio.file.Path;
import org.civicinspect.excel.QuestionnaireWorkbookWriter;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * Writes a stored questionnaire version in our template, which imports back to the same questions; the file appears
 * whole or not at all. The version is named by its id or an unambiguous start of it (as the list shows it).
 */
public final class ExportQuestionnaire {

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportQuestionnaire(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** The questionnaire written; refused when no single stored version has that id. */
    public Questionnaire run(String id, Path out) throws IOException {
        Questionnaire q = workspace.read(tx -> Questionnaires.named(tx, id));
        AtomicFile.write(out, stream -> new QuestionnaireWorkbookWriter().write(q.name(), q.questions(), stream));
        Audit.exported(workspace, signedIn.name(), "questionnaire id=" + q.id(), out, q.questions().size());
        return q;
    }
}
