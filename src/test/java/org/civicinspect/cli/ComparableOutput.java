package org.civicinspect.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What two workspaces print and export for the same work, made comparable: what each makes afresh (identifiers and
 * the time of day) is left out, and nothing else.
 */
final class ComparableOutput {

    private ComparableOutput() {
    }

    static String freshValuesLeftOut(String text) {
        return text.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>")
                .replaceAll("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?", "<time>")
                // A visit's start and end show as one time when they fall in the same minute, as a range when not.
                .replaceAll("<time>\\s*[–~-]\\s*<time>", "<time>");
    }

    /** Every sheet's name and every cell's text as a reader sees it, row by row, fresh values left out. */
    static String cells(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : book) {
                text.append("== ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.getAddress()).append('=').append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        return freshValuesLeftOut(text.toString());
    }
}
