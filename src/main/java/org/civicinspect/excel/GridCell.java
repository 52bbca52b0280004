package org.civicinspect.excel;

/**
 * A cell as an import reads it: its text as shown (numbers without a trailing .0, booleans as 是 / 否), whether it
 * holds a number, and its clean text once asked for, as readers ask for the same cells several times.
 */
final class GridCell {

    static final GridCell EMPTY = new GridCell("", false);
    /** A formula whose value was never saved: it reads as empty, and the sheet is refused for it. */
    static final GridCell FORMULA_WITHOUT_VALUE = new GridCell("", false);

    private final String raw;
    private final boolean numeric;
    private String text;

    private GridCell(String raw, boolean numeric) {
        this.raw = raw;
        this.numeric = numeric;
        this.text = raw.isEmpty() ? "" : null;
    }

    static GridCell text(String raw) {
        return raw == null || raw.isEmpty() ? EMPTY : new GridCell(raw, false);
    }

    /** A number in the text {@link org.apache.poi.ss.util.NumberToTextConverter} gives it. */
    static GridCell number(String shown) {
        return new GridCell(shown, true);
    }

    static GridCell bool(boolean value) {
        return new GridCell(value ? "是" : "否", false);
    }

    String raw() {
        return raw;
    }

    boolean numeric() {
        return numeric;
    }

    String text() {
        if (text == null) {
            text = CellText.clean(raw);
        }
        return text;
    }
}
