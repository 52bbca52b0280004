package org.civicinspect.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** The benchmark baseline: bare POI opening a workbook and reading every cell's text, nothing more. */
public final class BareWorkbookRead {

    private BareWorkbookRead() {
    }

    /** Returns the number of characters read, so that the work cannot be optimised away. */
    public static long readAllCells(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        long characters = 0;
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        characters += formatter.formatCellValue(cell).length();
                    }
                }
            }
        }
        return characters;
    }
}
