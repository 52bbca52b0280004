package org.civicinspect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problem list's baseline reads from the workspace every row the export writes, and writes the same cells of them. */
class BareProblemReadTest {

    @TempDir Path folder;

    @Test
    void theBaselineWritesARowForEachProblemTheExportListsWithTheSamePlaceStandardNoteAndDeadline() throws Exception {
        ScaleBenchmarks big = ScaleBenchmarks.bigRound(folder.resolve("ws"), 6, 20, Progress.NONE);
        try {
            Path bare = folder.resolve("bare.xlsx");

            int written = big.writeProblemsBare(bare);

            List<Object[]> expected = big.problemCells();
            assertEquals(big.problems(), written);
            assertEquals(expected.size(), written);
            try (InputStream in = Files.newInputStream(bare); XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    rows.add(sameColumns(row));
                }
                List<List<String>> listed = expected.stream().map(BareProblemReadTest::sameColumns).toList();
                assertEquals(listed.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                        rows.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList());
            }
        } finally {
            big.close();
        }
    }

    /** Place, standard, note and deadline: the columns whose cells come straight from the rows. */
    private static List<String> sameColumns(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 1; c <= 7; c++) {
            cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return cells;
    }

    private static List<String> sameColumns(Object[] values) {
        List<String> cells = new ArrayList<>();
        for (int c = 1; c <= 7; c++) {
            cells.add(values[c] == null ? "" : values[c].toString());
        }
        return cells;
    }
}
