package org.civicinspect.service.survey;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.civicinspect.excel.QuestionnaireWorkbookWriter;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.service.common.AtomicFile;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.Workspace;

/**
 * Writes a stored questionnaire version in our template, which imports back to the same questions; the file appears
 * whole or not at all. The version is named by its id or an unambiguous start of it (as the list shows it).
 */
public final class ExportQuestionnaire {

    private static final int MIN_ID_PREFIX = 4;

    private final Workspace workspace;
    private final SignedIn signedIn;

    public ExportQuestionnaire(Workspace workspace, SignedIn signedIn) {
        this.workspace = workspace;
        this.signedIn = signedIn;
    }

    /** The questionnaire written; refused when no single stored version has that id. */
    public Questionnaire run(String id, Path out) throws IOException {
        Questionnaire q = find(id.strip()).orElseThrow(() -> new RequestRefused("survey.noSuchQuestionnaire", id));
        AtomicFile.write(out, stream -> new QuestionnaireWorkbookWriter().write(q.name(), q.questions(), stream));
        Audit.exported(workspace, signedIn.name(), "questionnaire id=" + q.id(), out, q.questions().size());
        return q;
    }

    private Optional<Questionnaire> find(String id) {
        Optional<Questionnaire> exact = workspace.read(tx -> tx.questionnaires().find(id));
        if (exact.isPresent() || id.length() < MIN_ID_PREFIX) {
            return exact;
        }
        List<Questionnaire> prefixed = workspace.read(tx -> tx.questionnaires().list()).stream().filter(q -> q.id().startsWith(id)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }
}
