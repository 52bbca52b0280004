package org.civicinspect;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the small workbooks that tests need, cell by cell, and saves them as real files. */
public final class WorkbookBuilder {

    private final Workbook workbook;
    private Sheet sheet;
    private int nextRow;

    public WorkbookBuilder() {
        this(new XSSFWorkbook());
    }

    public WorkbookBuilder(Workbook workbook) {
        this.workbook = workbook;
    }

    public WorkbookBuilder sheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        return this;
    }

    /** Appends a row; a String is text, a Number a numeric cell, null an absent cell. */
    public WorkbookBuilder row(Object... cells) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c].toString());
            }
        }
        return this;
    }

    public WorkbookBuilder blankRow() {
        nextRow++;
        return this;
    }

    public WorkbookBuilder merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    public Path save(Path folder, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file); workbook) {
            workbook.write(out);
        }
        return file;
    }
}
