package org.civicinspect.excel;

import java.util.Arrays;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects one worksheet's rows, cells and merged regions from its XML. Each cell reads as POI's usermodel reads it:
 * text as written (rich text runs joined, _xHHHH_ escapes decoded), numbers through {@link NumberToTextConverter},
 * booleans as 是 / 否, a formula as its saved value, an error or a blank cell as empty. A formula without a saved
 * value is marked, so that the sheet can be refused for it.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

    private final SheetGrid.Builder grid;
    private final SharedCells strings;
    private final StringBuilder characters = new StringBuilder();
    private boolean inRow;
    private boolean inCell;
    private boolean collecting;

    // The cell being read.
    private int column;
    private String type;
    private boolean formula;
    private String value;
    // Its inline string: the text of its runs when it has any, else its plain text; phonetic guides left out.
    private final StringBuilder inlineText = new StringBuilder();
    private final StringBuilder inlineRuns = new StringBuilder();
    private boolean inlineString;
    private boolean inRun;
    private boolean inPhonetic;
    private boolean anyRun;

    XlsxSheetHandler(SheetGrid.Builder grid, SharedCells strings) {
        this.grid = grid;
        this.strings = strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
            case "f" -> formula = inCell;
            case "v" -> startText();
            case "is" -> inlineString = inCell;
            case "r" -> {
                inRun = inlineString;
                anyRun |= inlineString;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (inlineString && !inPhonetic) {
                    startText();
                }
            }
            case "mergeCell" -> grid.merged(CellRangeAddress.valueOf(attributes.getValue("ref")));
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> inRow = false;
            case "c" -> endCell();
            case "v" -> {
                if (collecting) {
                    value = characters.toString();
                    collecting = false;
                }
            }
            case "t" -> {
                if (collecting) {
                    (inRun ? inlineRuns : inlineText).append(characters);
                    collecting = false;
                }
            }
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            characters.append(ch, start, length);
        }
    }

    private void startText() {
        if (inCell) {
            collecting = true;
            characters.setLength(0);
        }
    }

    // A row or cell without its reference follows the one before it, as POI's usermodel reads it. A reference beyond
    // the rows and columns Excel has is no sheet Excel can open: the file is taken as damaged.
    private void startRow(String ref) throws SAXException {
        int row;
        try {
            row = ref == null ? grid.lastRow() + 1 : Integer.parseInt(ref) - 1;
        } catch (NumberFormatException e) {
            throw new SAXException("row number " + ref);
        }
        if (row < 0 || row >= MAX_ROWS) {
            throw new SAXException("row number " + ref);
        }
        grid.startRow(row);
        inRow = true;
    }

    private void startCell(String ref, String cellType) throws SAXException {
        if (!inRow) {
            return;
        }
        column = ref == null ? grid.nextColumn() : column(ref);
        if (column < 0 || column > LAST_COLUMN) {
            throw new SAXException("cell reference " + ref);
        }
        type = cellType == null ? "n" : cellType;
        inCell = true;
        formula = false;
        value = null;
        inlineString = false;
        anyRun = false;
        inlineText.setLength(0);
        inlineRuns.setLength(0);
    }

    private static int column(String ref) {
        int letters = 0;
        while (letters < ref.length() && (Character.isLetter(ref.charAt(letters)) || ref.charAt(letters) == '$')) {
            letters++;
        }
        return CellReference.convertColStringToIndex(ref.substring(0, letters));
    }

    private void endCell() throws SAXException {
        if (!inCell) {
            return;
        }
        inCell = false;
        inlineString = false;
        grid.cell(column, cell());
    }

    private GridCell cell() throws SAXException {
        if (formula && value == null) {
            return GridCell.FORMULA_WITHOUT_VALUE;
        }
        return switch (type) {
            case "s" -> value == null ? GridCell.EMPTY : strings.cell(value);
            case "inlineStr" -> {
                if (anyRun || inlineText.length() > 0) {
                    yield GridCell.text(decoded((anyRun ? inlineRuns : inlineText).toString()));
                }
                yield GridCell.text(decoded(value));
            }
            case "n" -> value == null ? GridCell.EMPTY : number(value);
            case "b" -> GridCell.bool("1".equals(value));
            case "e" -> GridCell.EMPTY;
            // "str" is a formula's saved text; "d" (an ISO 8601 date) reads as written.
            default -> GridCell.text(decoded(value));
        };
    }

    private static GridCell number(String value) throws SAXException {
        if (value.isEmpty()) {
            return GridCell.number("0");
        }
        try {
            return GridCell.number(NumberToTextConverter.toText(Double.parseDouble(value)));
        } catch (NumberFormatException e) {
            throw new SAXException("a number cell holds " + value);
        }
    }

    /** Text with Excel's _xHHHH_ escapes for characters XML cannot hold (line feeds written as _x000D_ and such) decoded. */
    static String decoded(String text) {
        return text == null || !text.contains("_x") ? text : new XSSFRichTextString(text).getString();
    }

    /** The workbook's shared strings, each made into a cell once: the same category or site type fills many rows. */
    static final class SharedCells {
        private final SharedStrings table;
        private GridCell[] cells = new GridCell[0];

        SharedCells(SharedStrings table) {
            this.table = table;
        }

        /** The string at the index written in the cell; an index that is no number or out of range reads as empty, as in POI. */
        GridCell cell(String index) {
            int i;
            try {
                i = Integer.parseInt(index);
            } catch (NumberFormatException e) {
                return GridCell.EMPTY;
            }
            if (i >= 0 && i < cells.length && cells[i] != null) {
                return cells[i];
            }
            GridCell cell;
            try {
                cell = GridCell.text(table.getItemAt(i).getString());
            } catch (RuntimeException e) {
                return GridCell.EMPTY;
            }
            if (i >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(i + 1, cells.length * 2));
            }
            cells[i] = cell;
            return cell;
        }
    }
}
