package org.civicinspect.excel;

import java.util.List;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.SurveyPlan;

/** What a survey plan workbook holds: the plan when it has no error, else every error (and then no plan). */
public record SurveyPlanWorkbookContent(SurveyPlan plan, List<SheetProblem> errors, List<SheetProblem> notes) {

    public SurveyPlanWorkbookContent {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
