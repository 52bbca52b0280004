package org.civicinspect.excel;

import java.util.List;
import org.civicinspect.model.Site;
import org.civicinspect.model.SheetProblem;

/** The sites a workbook lists (ids not yet assigned), every error, and notes about skipped sheets. */
public record SiteWorkbookContent(List<Site> sites, List<SheetProblem> errors, List<SheetProblem> notes) {
    public SiteWorkbookContent {
        sites = List.copyOf(sites);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
