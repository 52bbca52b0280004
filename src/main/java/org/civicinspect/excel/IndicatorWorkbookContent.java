package org.civicinspect.excel;

import java.util.List;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.SheetProblem;

/**
 * What an indicator workbook says: its title (or null), the tree when it has no errors, every error,
 * and notes about what was passed over (sheets without a table); and the 材料审核 grade scale its 计分设置 gives, or null
 * when it gives none.
 */
public record IndicatorWorkbookContent(String title, IndicatorTree tree, List<SheetProblem> errors, List<SheetProblem> notes,
                                       MaterialGradeScale materialGrades) {

    public IndicatorWorkbookContent {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return errors.isEmpty() && tree != null;
    }
}
