package org.civicinspect.service.units;

import java.util.List;
import org.civicinspect.model.SheetProblem;

/**
 * What importing a list workbook did (单位名录, 片区包联): entries added, updated and unchanged, or every error (and then
 * nothing changed); notes are sheets skipped.
 */
public record ListImport(int added, int updated, int unchanged, List<SheetProblem> errors, List<SheetProblem> notes) {

    public ListImport {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    static ListImport rejected(List<SheetProblem> errors, List<SheetProblem> notes) {
        return new ListImport(0, 0, 0, errors, notes);
    }
}
