package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.civicinspect.model.SheetProblem;

/** Reads a sheet cell by cell, where a cell inside a merged region reads as the region's first cell. */
final class SheetGrid {

    private final Sheet sheet;
    private final Map<Long, CellAddress> mergedOrigin = new HashMap<>();
    private final Map<String, Value> sharedStrings = new HashMap<>();
    private Set<Long> formulaCells;
    private int firstMergedRow = Integer.MAX_VALUE;
    private int lastMergedRow = -1;
    private int cachedRow = -1;
    private Value[] cachedValues = new Value[0];

    SheetGrid(Sheet sheet) {
        this.sheet = sheet;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
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
        return sheet.getSheetName();
    }

    int lastRow() {
        return sheet.getLastRowNum();
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
        for (long key : formulaCells()) {
            XSSFCell cell = (XSSFCell) sheet.getRow((int) (key >>> 20)).getCell((int) (key & 0xFFFFF));
            if (!cell.getCTCell().isSetV()) {
                if (first == null) {
                    first = cell.getAddress().formatAsString();
                } else {
                    others++;
                }
            }
        }
        return first == null ? List.of() : List.of(SheetProblem.at(name(), first, "import.formulaWithoutValue", others));
    }

    /** The cells of an .xlsx sheet that hold a formula, in sheet order; asking the XML once per cell is costly. */
    private Set<Long> formulaCells() {
        if (formulaCells == null) {
            formulaCells = new LinkedHashSet<>();
            for (Row row : sheet) {
                int r = row.getRowNum();
                for (Cell cell : row) {
                    if (cell instanceof XSSFCell x && x.getCTCell().isSetF()) {
                        formulaCells.add(key(r, cell.getColumnIndex()));
                    }
                }
            }
        }
        return formulaCells;
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
                problems.add(SheetProblem.at(name(), ref(row, c), "import.duplicateHeader",
                        CellReference.convertNumToColString(earlier), text(row, earlier), CellReference.convertNumToColString(c), text(row, c)));
            }
        }
        return problems;
    }

    /** The cell's text as shown (numbers without a trailing .0), or "" for an empty or missing cell. */
    String raw(int row, int column) {
        return value(row, column).raw();
    }

    /** {@link #raw} made into one clean line. */
    String text(int row, int column) {
        Value value = value(row, column);
        if (value.text == null) {
            value.text = CellText.clean(value.raw());
        }
        return value.text;
    }

    /** The cell's number when it holds one, else null (its text is then parsed by the caller). */
    BigDecimal number(int row, int column) {
        Value value = value(row, column);
        return value.numeric() ? new BigDecimal(value.raw()) : null;
    }

    /** A cell as read, with its clean text once asked for: readers ask for the same cells several times. */
    private static final class Value {
        static final Value EMPTY = new Value("", false);

        private final String raw;
        private final boolean numeric;
        private String text;

        Value(String raw, boolean numeric) {
            this.raw = raw;
            this.numeric = numeric;
            this.text = raw.isEmpty() ? "" : null;
        }

        String raw() {
            return raw;
        }

        boolean numeric() {
            return numeric;
        }
    }

    private Value value(int row, int column) {
        if (column < 0) {
            return Value.EMPTY;
        }
        if (row != cachedRow) {
            cachedRow = row;
            Row r = sheet.getRow(row);
            cachedValues = new Value[Math.max(0, r == null ? 0 : r.getLastCellNum())];
        }
        if (column >= cachedValues.length) {
            return read(row, column);
        }
        if (cachedValues[column] == null) {
            cachedValues[column] = read(row, column);
        }
        return cachedValues[column];
    }

    // Reading a cell through POI's XML beans is the costly part of an import: each cell is read once per row, its type once.
    private Value read(int row, int column) {
        CellAddress origin = row < firstMergedRow || row > lastMergedRow ? null : mergedOrigin.get(key(row, column));
        int r = origin == null ? row : origin.getRow();
        int c = origin == null ? column : origin.getColumn();
        Row sheetRow = sheet.getRow(r);
        Cell cell = sheetRow == null ? null : sheetRow.getCell(c);
        if (cell == null) {
            return Value.EMPTY;
        }
        if (cell instanceof XSSFCell x && !formulaCells().contains(key(r, c))) {
            Value plain = plainValue(x);
            if (plain != null) {
                return plain;
            }
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> new Value(cell.getStringCellValue(), false);
            case NUMERIC -> new Value(NumberToTextConverter.toText(cell.getNumericCellValue()), true);
            case BOOLEAN -> new Value(cell.getBooleanCellValue() ? "是" : "否", false);
            default -> Value.EMPTY;
        };
    }

    /**
     * A text or number cell, known to hold no formula, read straight from its XML: POI's getters ask for the cell's formula and
     * type again on every call. A shared string is read once per sheet, as its categories and site types repeat on
     * every row. Null for any other cell, which POI then reads.
     */
    private Value plainValue(XSSFCell cell) {
        CTCell xml = cell.getCTCell();
        if (!xml.isSetV()) {
            return null;
        }
        STCellType.Enum type = xml.getT();
        String v = xml.getV();
        if (type == STCellType.S) {
            return sharedStrings.computeIfAbsent(v, index -> new Value(cell.getStringCellValue(), false));
        }
        if (type == STCellType.N && !v.isEmpty()) {
            try {
                return new Value(NumberToTextConverter.toText(Double.parseDouble(v)), true);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The first non-empty text of the row, left to right; empty for a blank row. */
    String firstText(int row) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return "";
        }
        for (int c = Math.max(0, r.getFirstCellNum()); c < r.getLastCellNum(); c++) {
            String t = text(row, c);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    int lastColumn(int row) {
        Row r = sheet.getRow(row);
        return r == null ? -1 : r.getLastCellNum() - 1;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
