package org.civicinspect.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.civicinspect.model.SheetProblem;

/**
 * What the readers of a plain list workbook share (单位名录, 片区包联, 任务分解表): on each visible sheet, a header row
 * within the first rows that names the columns the list needs, its headers, formulas and required columns checked, then
 * every row that is neither empty nor a note handed on with the columns found. Hidden sheets and sheets without such a
 * header are notes.
 */
final class HeaderedTables<C extends Enum<C>> {

    /** One row of a list: the sheet, the row's index and where each column stands. */
    interface Rows<C extends Enum<C>> {
        void row(SheetGrid grid, int row, Map<C, Integer> columns);
    }

    private final Class<C> type;
    private final Function<String, C> forHeader;
    private final Predicate<Map<C, Integer>> isHeader;
    private final Map<C, String> required;

    /** {@code forHeader}: the column a header text names, or null; {@code isHeader}: whether a row's columns make the header. */
    HeaderedTables(Class<C> type, Function<String, C> forHeader, Predicate<Map<C, Integer>> isHeader) {
        this(type, forHeader, isHeader, Map.of());
    }

    /** As above; a header without one of the {@code required} columns (each with the name the error gives it) is an error. */
    HeaderedTables(Class<C> type, Function<String, C> forHeader, Predicate<Map<C, Integer>> isHeader, Map<C, String> required) {
        this.type = type;
        this.forHeader = forHeader;
        this.isHeader = isHeader;
        this.required = Map.copyOf(required);
    }

    /** Reads every list of the workbook into {@code rows}; returns whether any sheet had one. */
    boolean read(WorkbookSheets workbook, List<SheetProblem> errors, List<SheetProblem> notes, Rows<C> rows) {
        boolean anyTable = false;
        for (SheetGrid grid : workbook.sheets()) {
            if (grid.hidden()) {
                notes.add(SheetProblem.at(grid.name(), "", "import.hiddenSheetSkipped"));
                continue;
            }
            int headerRow = headerRow(grid);
            if (headerRow < 0) {
                if (grid.anyRow()) {
                    notes.add(SheetProblem.at(grid.name(), "", "import.sheetSkipped"));
                }
                continue;
            }
            anyTable = true;
            List<SheetProblem> unreadable = new ArrayList<>(grid.duplicateHeaders(headerRow, text -> forHeader.apply(text) != null));
            unreadable.addAll(grid.formulasWithoutValue());
            Map<C, Integer> columns = columns(grid, headerRow);
            required.keySet().stream().filter(c -> !columns.containsKey(c)).sorted().forEach(c -> unreadable.add(SheetProblem.at(grid.name(),
                    SheetGrid.ref(headerRow, 0) + ":" + SheetGrid.ref(headerRow, Math.max(0, grid.lastColumn(headerRow))),
                    "import.missingColumn", required.get(c))));
            if (!unreadable.isEmpty()) {
                errors.addAll(unreadable);
                continue;
            }
            for (int r = headerRow + 1; r <= grid.lastRow(); r++) {
                String first = grid.firstText(r);
                if (!first.isEmpty() && !CellText.NOTE_ROW.matcher(first).matches()) {
                    rows.row(grid, r, columns);
                }
            }
        }
        return anyTable;
    }

    private int headerRow(SheetGrid grid) {
        for (int r = 0; r <= Math.min(grid.lastRow(), IndicatorWorkbookReader.HEADER_SEARCH_ROWS - 1); r++) {
            if (isHeader.test(columns(grid, r))) {
                return r;
            }
        }
        return -1;
    }

    private Map<C, Integer> columns(SheetGrid grid, int row) {
        Map<C, Integer> columns = new EnumMap<>(type);
        for (int c = 0; c <= grid.lastColumn(row); c++) {
            C column = forHeader.apply(grid.raw(row, c));
            if (column != null) {
                columns.putIfAbsent(column, c);
            }
        }
        return columns;
    }
}
