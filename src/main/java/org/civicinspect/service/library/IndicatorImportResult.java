package org.civicinspect.service.library;

import java.util.List;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.SheetProblem;

/**
 * What importing an indicator workbook did: stored a new set version, found the same file stored
 * already, or rejected the file with every error (and then changed nothing).
 */
public record IndicatorImportResult(Outcome outcome, IndicatorSet set, IndicatorTree tree,
                                    List<SheetProblem> errors, List<SheetProblem> notes) {

    public enum Outcome { IMPORTED, ALREADY_IMPORTED, REJECTED }

    public IndicatorImportResult {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    static IndicatorImportResult rejected(List<SheetProblem> errors, List<SheetProblem> notes) {
        return new IndicatorImportResult(Outcome.REJECTED, null, null, errors, notes);
    }
}
