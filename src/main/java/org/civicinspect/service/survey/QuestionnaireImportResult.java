package org.civicinspect.service.survey;

import java.util.List;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SheetProblem;

/**
 * What importing a questionnaire workbook did: stored a new version, found the same file stored already, or rejected
 * the file with every error (and then changed nothing).
 */
public record QuestionnaireImportResult(Outcome outcome, Questionnaire questionnaire, List<SheetProblem> errors, List<SheetProblem> notes) {

    public enum Outcome { IMPORTED, ALREADY_IMPORTED, REJECTED }

    public QuestionnaireImportResult {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    static QuestionnaireImportResult rejected(List<SheetProblem> errors, List<SheetProblem> notes) {
        return new QuestionnaireImportResult(Outcome.REJECTED, null, errors, notes);
    }
}
