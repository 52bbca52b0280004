package org.civicinspect.excel;

import java.util.List;
import org.civicinspect.model.Question;
import org.civicinspect.model.SheetProblem;

/**
 * What a questionnaire workbook says: its title (or null), its questions and the indices they name in order of first
 * appearance when it has no errors, every error, and notes about what was passed over.
 */
public record QuestionnaireWorkbookContent(String title, List<Question> questions, List<String> indices, List<SheetProblem> errors,
                                           List<SheetProblem> notes) {

    public QuestionnaireWorkbookContent {
        questions = List.copyOf(questions);
        indices = List.copyOf(indices);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return errors.isEmpty() && !questions.isEmpty();
    }
}
