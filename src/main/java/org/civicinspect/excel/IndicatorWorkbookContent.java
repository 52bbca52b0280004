package org.civicinspect.excel;

import java.util.List;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.SheetProblem;

/**
 * What an indicator workbook says: its title (or null), the tree when it has no errors, every error,
 * and notes about what was passed over (sheets without a table).
 */
public record IndicatorWorkbookContent(String title, IndicatorTree tree, List<SheetProblem> errors, List<SheetProblem> notes) {

    public IndicatorWorkbookContent {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return errors.isEmpty() && tree != null;
    }
}
