package org.civicinspect.service.sites;

import java.util.List;
import org.civicinspect.model.SheetProblem;

/** What importing a site workbook did: how many sites it added, updated and found unchanged, or why it refused. */
public record SiteImportResult(boolean imported, int added, int updated, int unchanged, List<SheetProblem> errors,
                               List<SheetProblem> notes) {
    public SiteImportResult {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    static SiteImportResult rejected(List<SheetProblem> errors, List<SheetProblem> notes) {
        return new SiteImportResult(false, 0, 0, 0, errors, notes);
    }
}
