package org.civicinspect.service.survey;

import org.civicinspect.service.common.ImportedName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civicinspect.excel.QuestionnaireWorkbookContent;
import org.civicinspect.excel.QuestionnaireWorkbookReader;
import org.civicinspect.excel.UnreadableWorkbookException;
import org.civicinspect.excel.WorkbookFiles;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SetSource;
import org.civicinspect.model.Sha256;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Imports a questionnaire workbook as the next version of its name (the one given, else the workbook's title, else the
 * file's name). The same file (same SHA-256) again adds nothing; a file with any error is rejected whole.
 */
public final class ImportQuestionnaire {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public ImportQuestionnaire(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.workspace = workspace;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    public QuestionnaireImportResult run(Path file, String name, Progress progress) {
        String sourceName = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return QuestionnaireImportResult.rejected(List.of(SheetProblem.ofFile("import.fileMissing", file.toString())), List.of());
        }
        String sha256;
        try {
            sha256 = Sha256.of(file);
        } catch (IOException e) {
            return QuestionnaireImportResult.rejected(
                    List.of(SheetProblem.ofFile("import.cannotRead", sourceName, String.valueOf(e.getMessage()))), List.of());
        }
        Optional<Questionnaire> existing = workspace.read(tx -> tx.questionnaires().findBySha256(sha256));
        if (existing.isPresent()) {
            return new QuestionnaireImportResult(QuestionnaireImportResult.Outcome.ALREADY_IMPORTED, existing.get(), List.of(), List.of());
        }
        QuestionnaireWorkbookContent content;
        try {
            content = new QuestionnaireWorkbookReader().read(WorkbookFiles.read(file), progress);
        } catch (UnreadableWorkbookException e) {
            return QuestionnaireImportResult.rejected(List.of(e.problem()), List.of());
        }
        if (!content.ok()) {
            return QuestionnaireImportResult.rejected(content.errors(), content.notes());
        }
        progress.checkCancelled();
        String questionnaireName = ImportedName.of(name, content.title(), sourceName);
        Instant now = Audit.now(clock);
        Questionnaire stored = workspace.write(tx -> {
            Questionnaire q = new Questionnaire(UUID.randomUUID().toString(), questionnaireName,
                    tx.questionnaires().nextVersion(questionnaireName), new SetSource(sourceName, sha256), now, content.questions(),
                    content.indices());
            tx.questionnaires().insert(q);
            tx.audit().append(now, signedIn.name(), AuditLog.Action.IMPORT_QUESTIONNAIRE, "questionnaire:" + q.id(),
                    "imported " + sourceName + " sha256=" + sha256 + " as " + q.label() + " questions=" + q.questions().size());
            return q;
        });
        return new QuestionnaireImportResult(QuestionnaireImportResult.Outcome.IMPORTED, stored, List.of(), content.notes());
    }
}
