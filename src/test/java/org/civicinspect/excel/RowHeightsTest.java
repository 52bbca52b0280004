package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowHeightsTest {

    @Test
    void estimatesWrappedLinesFromCharacterWidths() {
        assertEquals(1, RowHeights.lines("路面干净", 40));
        assertEquals(2, RowHeights.lines("路".repeat(25), 40));
        assertEquals(1, RowHeights.lines("a".repeat(30), 40));
        assertEquals(3, RowHeights.lines("路面干净\n（沿主路观察）\n第三行", 40));
    }
}
