package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.civicinspect.model.SheetProblem;

/**
 * One sheet of a workbook as read for an import, held in memory: its name, whether it is hidden, and each cell's
 * text. A cell inside a merged region reads as the region's first cell. Rows and cells are those the file holds,
 * blank ones included, as POI's usermodel has them.
 */
final class SheetGrid {

    private final String name;
    private final boolean hidden;
    private final Row[] rows;
    private final boolean anyRow;
    private final Map<Long, CellAddress> mergedOrigin = new HashMap<>();
    private int firstMergedRow = Integer.MAX_VALUE;
    private int lastMergedRow = -1;

    private SheetGrid(String name, boolean hidden, Row[] rows, boolean anyRow, List<CellRangeAddress> mergedRegions) {
        this.name = name;
        this.hidden = hidden;
        this.rows = rows;
        this.anyRow = anyRow;
        for (CellRangeAddress region : mergedRegions) {
            firstMergedRow = Math.min(firstMergedRow, region.getFirstRow());
            lastMergedRow = Math.max(lastMergedRow, region.getLastRow());
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        mergedOrigin.put(key(r, c), new CellAddress(region.getFirstRow(), region.getFirstColumn()));
                    }
                }
            }
        }
    }

    String name() {
        return name;
    }

    /** Hidden and very hidden sheets alike: what is imported is what the user sees in Excel. */
    boolean hidden() {
        return hidden;
    }

    /** The last row the sheet holds, or -1 for a sheet without rows. */
    int lastRow() {
        return rows.length - 1;
    }

    /** Whether the sheet holds any row at all, even a blank one. */
    boolean anyRow() {
        return anyRow;
    }

    /** Whether the file holds this row, even a blank one. */
    boolean hasRow(int row) {
        return row >= 0 && row < rows.length && rows[row] != null;
    }

    static String ref(int row, int column) {
        return new CellAddress(row, column).formatAsString();
    }

    /**
     * One problem naming the first cell that holds a formula without a saved value, or none. Programs that write
     * workbooks without calculating them leave such cells; they would read as empty or 0, so the sheet is not read.
     * An .xls file always carries a value for its formulas.
     */
    List<SheetProblem> formulasWithoutValue() {
        String first = null;
        int others = 0;
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            for (int i = 0; i < rows[r].cells.length; i++) {
                if (rows[r].cells[i] == GridCell.FORMULA_WITHOUT_VALUE) {
                    if (first == null) {
                        first = ref(r, rows[r].columns[i]);
                    } else {
                        others++;
                    }
                }
            }
        }
        return first == null ? List.of() : List.of(SheetProblem.at(name, first, "import.formulaWithoutValue", others));
    }

    /** A problem for each header that repeats one to its left: which of the two columns to read would be a guess. */
    List<SheetProblem> duplicateHeaders(int row, Predicate<String> readAsColumn) {
        List<SheetProblem> problems = new ArrayList<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int c = 0; c <= lastColumn(row); c++) {
            String header = raw(row, c);
            if (!readAsColumn.test(header)) {
                continue;
            }
            Integer earlier = firstColumn.putIfAbsent(CellText.headerKey(header), c);
            if (earlier != null) {
                problems.add(SheetProblem.at(name, ref(row, c), "import.duplicateHeader",
                        CellReference.convertNumToColString(earlier), text(row, earlier), CellReference.convertNumToColString(c), text(row, c)));
            }
        }
        return problems;
    }

    /** The cell's text as shown (numbers without a trailing .0), or "" for an empty or missing cell. */
    String raw(int row, int column) {
        return cell(row, column).raw();
    }

    /** {@link #raw} made into one clean line. */
    String text(int row, int column) {
        return cell(row, column).text();
    }

    /** The cell's number when it holds one, else null (its text is then parsed by the caller). */
    BigDecimal number(int row, int column) {
        GridCell cell = cell(row, column);
        return cell.numeric() ? new BigDecimal(cell.raw()) : null;
    }

    /** The first non-empty text of the row, left to right, among the cells the row holds; empty for a blank row. */
    String firstText(int row) {
        if (!hasRow(row)) {
            return "";
        }
        Row r = rows[row];
        if (r.columns.length == 0) {
            return "";
        }
        for (int c = r.columns[0]; c <= r.columns[r.columns.length - 1]; c++) {
            String t = text(row, c);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    /** The last column the row holds a cell in (a blank one too); below 0 for a missing or empty row. */
    int lastColumn(int row) {
        if (!hasRow(row)) {
            return -1;
        }
        int[] columns = rows[row].columns;
        return columns.length == 0 ? -2 : columns[columns.length - 1];
    }

    private GridCell cell(int row, int column) {
        if (column < 0) {
            return GridCell.EMPTY;
        }
        CellAddress origin = row < firstMergedRow || row > lastMergedRow ? null : mergedOrigin.get(key(row, column));
        int r = origin == null ? row : origin.getRow();
        int c = origin == null ? column : origin.getColumn();
        return hasRow(r) ? rows[r].cell(c) : GridCell.EMPTY;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** The cells a row holds, by column. */
    private record Row(int[] columns, GridCell[] cells) {
        GridCell cell(int column) {
            int i = column < columns.length && columns[column] == column ? column : Arrays.binarySearch(columns, column);
            return i < 0 ? GridCell.EMPTY : cells[i];
        }
    }

    /**
     * Collects a sheet row by row, in the order the file holds them. A row or cell given twice keeps the later one,
     * as POI's usermodel does.
     */
    static final class Builder {
        private final String name;
        private final boolean hidden;
        private final List<CellRangeAddress> mergedRegions = new ArrayList<>();
        private final Map<Integer, Row> rows = new HashMap<>();
        private int lastRow = -1;
        private int row = -1;
        private int[] columns = new int[16];
        private GridCell[] cells = new GridCell[16];
        private int cellCount;
        private int lastColumn;
        private boolean inOrder;

        Builder(String name, boolean hidden) {
            this.name = name;
            this.hidden = hidden;
        }

        /** The last row given so far, or -1. */
        int lastRow() {
            return lastRow;
        }

        void startRow(int index) {
            endRow();
            row = index;
            lastRow = Math.max(lastRow, index);
            cellCount = 0;
            lastColumn = -1;
            inOrder = true;
        }

        /** The column after the rightmost one given in the current row, or 0. */
        int nextColumn() {
            return lastColumn + 1;
        }

        void cell(int column, GridCell cell) {
            if (cellCount == columns.length) {
                columns = Arrays.copyOf(columns, cellCount * 2);
                cells = Arrays.copyOf(cells, cellCount * 2);
            }
            inOrder &= column > lastColumn;
            lastColumn = Math.max(lastColumn, column);
            columns[cellCount] = column;
            cells[cellCount] = cell;
            cellCount++;
        }

        void merged(CellRangeAddress region) {
            mergedRegions.add(region);
        }

        SheetGrid build() {
            endRow();
            Row[] byIndex = new Row[lastRow + 1];
            rows.forEach((index, r) -> byIndex[index] = r);
            return new SheetGrid(name, hidden, byIndex, !rows.isEmpty(), mergedRegions);
        }

        private void endRow() {
            if (row < 0) {
                return;
            }
            if (inOrder) {
                rows.put(row, new Row(Arrays.copyOf(columns, cellCount), Arrays.copyOf(cells, cellCount)));
            } else {
                Map<Integer, GridCell> byColumn = new TreeMap<>();
                for (int i = 0; i < cellCount; i++) {
                    byColumn.put(columns[i], cells[i]);
                }
                rows.put(row, new Row(byColumn.keySet().stream().mapToInt(Integer::intValue).toArray(),
                        byColumn.values().toArray(GridCell[]::new)));
            }
            row = -1;
        }
    }

    /** The first text above the header row that is not a note (说明/注): the workbook's title, or null. */
    String titleAbove(int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            String text = firstText(r);
            if (!text.isEmpty() && !CellText.NOTE_ROW.matcher(text).matches()) {
                return text;
            }
        }
        return null;
    }
}
