package org.civicinspect.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a workbook to a real file and looks inside it the way Excel would: sheets, cells, merges, print setup, parts. */
final class Xlsx {

    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    private Xlsx() {
    }

    /** What a writer does with an output stream. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    static Path write(Path folder, String name, Writing writing) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            writing.to(out);
        }
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static Cell cell(Sheet sheet, String ref) {
        CellAddress at = new CellAddress(ref);
        Row row = sheet.getRow(at.getRow());
        return row == null ? null : row.getCell(at.getColumn());
    }

    /** The cell's text; fails unless the cell holds text. */
    static String text(Sheet sheet, String ref) {
        Cell cell = cell(sheet, ref);
        assertEquals(CellType.STRING, cell == null ? CellType.BLANK : cell.getCellType(), sheet.getSheetName() + "!" + ref + " is text");
        return cell.getStringCellValue();
    }

    /** The cell's number; fails unless the cell holds a number (not a number written as text). */
    static double number(Sheet sheet, String ref) {
        Cell cell = cell(sheet, ref);
        assertEquals(CellType.NUMERIC, cell == null ? CellType.BLANK : cell.getCellType(), sheet.getSheetName() + "!" + ref + " is a number");
        return cell.getNumericCellValue();
    }

    /** The cell as Excel shows it, number formats applied; "" for a missing cell. */
    static String shown(Sheet sheet, String ref) {
        Cell cell = cell(sheet, ref);
        return cell == null ? "" : SHOWN.formatCellValue(cell);
    }

    /** The row's cells as shown, from column A to the last cell. */
    static List<String> row(Sheet sheet, int rowNumber) {
        Row row = sheet.getRow(rowNumber - 1);
        List<String> cells = new ArrayList<>();
        if (row != null) {
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : SHOWN.formatCellValue(cell));
            }
        }
        return cells;
    }

    static boolean blank(Sheet sheet, String ref) {
        Cell cell = cell(sheet, ref);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    /** The merged regions as "A1:H1", sorted. */
    static List<String> merged(Sheet sheet) {
        return sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
    }

    /** The conditional formats as "range: formula". */
    static List<String> conditionalFormats(XSSFSheet sheet) {
        List<String> formats = new ArrayList<>();
        var all = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < all.getNumConditionalFormattings(); i++) {
            var formatting = all.getConditionalFormattingAt(i);
            for (int r = 0; r < formatting.getNumberOfRules(); r++) {
                for (CellRangeAddress range : formatting.getFormattingRanges()) {
                    formats.add(range.formatAsString() + ": " + formatting.getRule(r).getFormula1());
                }
            }
        }
        return formats;
    }

    /** Paper, orientation and fit of a printed sheet, e.g. "A4 landscape fit 1 wide × 0 tall". */
    static String print(Sheet sheet) {
        var p = sheet.getPrintSetup();
        return (p.getPaperSize() == org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE ? "A4" : "paper " + p.getPaperSize())
                + (p.getLandscape() ? " landscape" : " portrait")
                + (sheet.getFitToPage() ? " fit " + p.getFitWidth() + " wide × " + p.getFitHeight() + " tall" : " not fitted");
    }

    static String repeatingRows(Sheet sheet) {
        CellRangeAddress rows = sheet.getRepeatingRows();
        return rows == null ? "" : (rows.getFirstRow() + 1) + ":" + (rows.getLastRow() + 1);
    }

    /** The number format of the cell, e.g. "0.00". */
    static String format(Sheet sheet, String ref) {
        return cell(sheet, ref).getCellStyle().getDataFormatString();
    }

    /**
     * The SHA-256 of every part of the file but docProps/core.xml, whose creation time POI sets to the second it
     * writes: what must be the same when the same input is written twice.
     */
    static Map<String, String> partsButCreationTime(Path file) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.getName().equals("docProps/core.xml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), sha256(in.readAllBytes()));
                    }
                }
            }
        }
        return parts;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the same input twice and checks that every part but the creation time came out the same: the parts only,
     * not the file's bytes (see {@link #assertByteIdenticalWhenWrittenTwice} for a report).
     */
    static void assertSameContentWhenWrittenTwice(Path folder, Writing writing) throws IOException {
        Path first = write(folder, "first.xlsx", writing);
        Path second = write(folder, "second.xlsx", writing);
        assertEquals(partsButCreationTime(first), partsButCreationTime(second));
    }

    /**
     * Writes each report twice, the clock moved on in between by more than the two seconds a zip entry's time can tell
     * apart (and the second a document's creation time keeps), and checks that each came out the same, byte for byte.
     */
    static void assertByteIdenticalWhenWrittenTwice(Path folder, Map<String, Writing> reports) throws IOException {
        for (Map.Entry<String, Writing> report : reports.entrySet()) {
            write(folder, report.getKey() + "-first.xlsx", report.getValue());
        }
        try {
            Thread.sleep(2_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (Map.Entry<String, Writing> report : reports.entrySet()) {
            Path second = write(folder, report.getKey() + "-second.xlsx", report.getValue());
            assertEquals(-1L, Files.mismatch(folder.resolve(report.getKey() + "-first.xlsx"), second),
                    report.getKey() + ": the first byte that differs (-1: none)");
        }
    }
}
