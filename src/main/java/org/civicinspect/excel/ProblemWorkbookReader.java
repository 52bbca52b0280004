package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.civicinspect.model.SheetProblem;

/**
 * Reads a workbook of problems from other sources (问题来源导入): on each sheet, the first row within the top rows
 * that names 来源, 点位/地址, 问题描述 and 整改时限 (aliases tolerated) is the header; every row below it that holds
 * anything is a problem, its cells as text. A deadline typed as a date reads as {@code yyyy-MM-dd}. What the texts
 * mean (a source, a site, a date) the import judges, naming each row's cells by {@link Row#cell}.
 */
public final class ProblemWorkbookReader {

    /** One problem row: its cells' texts by column (empty when the column is missing) and where each cell is. */
    public record Row(String sheet, int row, Map<ProblemColumn, String> texts, Map<ProblemColumn, Integer> columns) {
        public String text(ProblemColumn column) {
            return texts.getOrDefault(column, "");
        }

        /** The sheet and cell of the column in this row ({@code 问题!C4}); the row's first cell when the column is missing. */
        public String cell(ProblemColumn column) {
            return SheetGrid.ref(row, columns.getOrDefault(column, 0));
        }
    }

    /** The rows read, or every reason the workbook cannot be read. */
    public record Content(List<Row> rows, List<SheetProblem> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public Content read(WorkbookSheets workbook) {
        List<SheetProblem> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        boolean anyHeader = false;
        for (SheetGrid grid : workbook.sheets()) {
            if (grid.hidden()) {
                continue;
            }
            int headerRow = -1;
            Map<ProblemColumn, Integer> columns = new EnumMap<>(ProblemColumn.class);
            for (int r = 0; r <= Math.min(grid.lastRow(), IndicatorWorkbookReader.HEADER_SEARCH_ROWS - 1) && headerRow < 0; r++) {
                Map<ProblemColumn, Integer> found = new HashMap<>();
                for (int c = 0; c <= grid.lastColumn(r); c++) {
                    ProblemColumn column = ProblemColumn.forHeader(grid.raw(r, c));
                    if (column != null) {
                        found.putIfAbsent(column, c);
                    }
                }
                if (found.keySet().containsAll(ProblemColumn.REQUIRED)) {
                    headerRow = r;
                    columns.putAll(found);
                }
            }
            if (headerRow < 0) {
                continue;
            }
            anyHeader = true;
            List<SheetProblem> unreadable = new ArrayList<>(grid.duplicateHeaders(headerRow, text -> ProblemColumn.forHeader(text) != null));
            unreadable.addAll(grid.formulasWithoutValue());
            errors.addAll(unreadable);
            if (!unreadable.isEmpty()) {
                continue;
            }
            for (int r = headerRow + 1; r <= grid.lastRow(); r++) {
                String first = grid.firstText(r);
                if (first.isEmpty() || CellText.NOTE_ROW.matcher(first).matches()) {
                    continue;
                }
                Map<ProblemColumn, String> texts = new EnumMap<>(ProblemColumn.class);
                for (Map.Entry<ProblemColumn, Integer> column : columns.entrySet()) {
                    texts.put(column.getKey(), column.getKey() == ProblemColumn.DEADLINE ? date(grid, r, column.getValue())
                            : grid.text(r, column.getValue()));
                }
                rows.add(new Row(grid.name(), r, texts, columns));
            }
        }
        if (!anyHeader) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty() ? SheetProblem.ofFile("import.noSheets")
                    : SheetProblem.ofFile("problem.import.noHeader", String.join("、", names)));
        } else if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(SheetProblem.ofFile("problem.import.empty"));
        }
        return new Content(rows, errors);
    }

    /** A date cell as {@code yyyy-MM-dd}; any other cell as its text. */
    private static String date(SheetGrid grid, int row, int column) {
        BigDecimal serial = grid.number(row, column);
        if (serial != null && DateUtil.isValidExcelDate(serial.doubleValue()) && serial.doubleValue() > 0) {
            return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate().toString();
        }
        return grid.text(row, column);
    }
}
