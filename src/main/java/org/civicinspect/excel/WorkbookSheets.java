package org.civicinspect.excel;

import java.util.List;

/** The sheets of a workbook as read for an import ({@link WorkbookFiles#read}), in the workbook's order. */
public final class WorkbookSheets {

    private final List<SheetGrid> sheets;

    WorkbookSheets(List<SheetGrid> sheets) {
        this.sheets = List.copyOf(sheets);
    }

    List<SheetGrid> sheets() {
        return sheets;
    }

    /** The names of all sheets, hidden ones too, for a problem that names them. */
    List<String> names() {
        return sheets.stream().map(SheetGrid::name).toList();
    }

    /** The rows of all sheets together, for the progress of reading them. */
    long totalRows() {
        return sheets.stream().mapToLong(sheet -> sheet.lastRow() + 1).sum();
    }
}
