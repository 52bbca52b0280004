package org.civicinspect.excel;

import org.apache.poi.ss.usermodel.Row;

/**
 * Sets a row tall enough for its wrapped text. POI cannot measure text and LibreOffice does not grow rows on
 * its own when printing, so the lines are estimated: a Chinese character takes about two units of column width.
 */
final class RowHeights {

    static final float LINE_POINTS = 14f;

    private RowHeights() {
    }

    /** {@code texts[i]} sits in a column {@code widths[i]} characters wide; the row gets at least {@code minLines}. */
    static void fit(Row row, String[] texts, int[] widths, int minLines) {
        int lines = minLines;
        for (int i = 0; i < texts.length && i < widths.length; i++) {
            if (texts[i] != null && !texts[i].isEmpty()) {
                lines = Math.max(lines, lines(texts[i], widths[i]));
            }
        }
        row.setHeightInPoints(LINE_POINTS * lines + 4);
    }

    static int lines(String text, int width) {
        int perLine = Math.max(1, width - 1);
        int lines = 0;
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                lines += Math.max(1, (units + perLine - 1) / perLine);
                units = 0;
            } else {
                units += ch < 0x2E80 ? 1 : 2;
            }
        }
        return lines + Math.max(1, (units + perLine - 1) / perLine);
    }
}
