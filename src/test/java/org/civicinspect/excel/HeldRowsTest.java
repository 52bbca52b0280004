package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A streamed sheet's rows, held in memory while small and within budget, else in a file, read back as written. */
class HeldRowsTest {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook();
    private final SXSSFSheet sheet = workbook.createSheet("rows");

    @AfterEach
    void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }

    private SXSSFRow row(int number, String text) {
        SXSSFRow row = sheet.createRow(number);
        row.createCell(0).setCellValue(text);
        return row;
    }

    private static String read(SheetDataWriter rows) throws IOException {
        try (InputStream in = rows.getWorksheetXMLInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void rowsReadBackAsUtf8IncludingCharactersBeyondTheBasicPlane() throws IOException {
        SheetDataWriter rows = new HeldRows(1 << 20).newSheet();
        rows.writeRow(0, row(0, "绿化带黄土裸露 😀 a<b"));
        rows.close();
        assertTrue(read(rows).contains("<t>绿化带黄土裸露 😀 a&lt;b</t>"), read(rows));
    }

    @Test
    void charactersBeyondTheBasicPlaneSurviveTheEndOfTheTextBuffer() throws IOException {
        // 5,000 pairs of surrogates run past the 8,192-character buffer; of two texts one character apart, one has a
        // pair cut by the buffer's end, whatever the length of the XML before it.
        for (String text : new String[] {"😀".repeat(5000), "x" + "😀".repeat(5000)}) {
            SheetDataWriter rows = new HeldRows(1 << 20).newSheet();
            rows.writeRow(0, row(0, text));
            rows.close();
            assertTrue(read(rows).contains("<t>" + text + "</t>"));
        }
    }

    @Test
    void aLoneHalfOfASurrogatePairIsWrittenAsAQuestionMarkAsJavaEncodesIt() throws IOException {
        // Over a span of lengths, one high half ends the 8,192-character text buffer and waits for a low half that never comes.
        for (int length = 8100; length < 8200; length++) {
            String text = "x".repeat(length) + "\uD83D" + "b\uDE00c";
            SheetDataWriter rows = new HeldRows(1 << 20).newSheet();
            rows.writeRow(0, row(0, text));
            rows.close();
            assertTrue(read(rows).contains("<t>" + "x".repeat(length) + "?b?c</t>"));
        }
    }

    @Test
    void sheetsWrittenByTurnsKeepTheirOwnRows() throws IOException {
        HeldRows held = new HeldRows(1 << 20);
        SheetDataWriter first = held.newSheet();
        SheetDataWriter second = held.newSheet();
        first.writeRow(0, row(0, "甲一"));
        second.writeRow(1, row(1, "乙一"));
        first.writeRow(2, row(2, "甲二"));
        first.close();
        second.close();
        assertTrue(read(first).matches("(?s).*甲一.*甲二.*") && !read(first).contains("乙"), read(first));
        assertTrue(read(second).contains("乙一") && !read(second).contains("甲"), read(second));
    }

    @Test
    void aSheetOverTheBudgetGoesOnInAFileThatDiscardRemoves() throws IOException {
        // A budget of 2 KB holds the first two chunks (1 KB, then 2 KB would pass it): the rest of 200 rows goes to a file.
        HeldRows held = new HeldRows(2048);
        SheetDataWriter rows = held.newSheet();
        SheetDataWriter inMemory = new HeldRows(1 << 20).newSheet();
        for (int r = 0; r < 200; r++) {
            String text = "第" + r + "行：问题描述";
            rows.writeRow(r, row(r, text));
            inMemory.writeRow(r, sheet.getRow(r));
        }
        rows.close();
        inMemory.close();
        String written = read(inMemory);
        assertTrue(written.contains("<t>第199行：问题描述</t>"));
        assertEquals(written, read(rows));
        held.discard();
        assertThrows(NoSuchFileException.class, () -> read(rows));
    }

    @Test
    void aSheetPastAMegabyteGoesOnInAFileWhateverTheBudget() throws IOException {
        HeldRows held = new HeldRows(Long.MAX_VALUE);
        SheetDataWriter rows = held.newSheet();
        String text = "测".repeat(1000);
        // Each row holds over 3,000 bytes of text: 400 rows pass a megabyte.
        for (int r = 0; r < 400; r++) {
            rows.writeRow(r, row(r, text));
        }
        rows.close();
        assertEquals(400, read(rows).split("<row ", -1).length - 1);
        held.discard();
        assertThrows(NoSuchFileException.class, () -> read(rows));
    }
}
