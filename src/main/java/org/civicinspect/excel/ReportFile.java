package org.civicinspect.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.ReportScope;

/**
 * Writes a finished report: its sheets set up for print ({@link PrintedPages}), and every time inside the file
 * (the document's created and modified time, each zip entry's time) fixed to the time of its data, never the clock's,
 * so that the same data gives a byte-identical file.
 */
final class ReportFile {

    /** The time written into a file whose data has no time of its own (a blank form, a round nothing counts in yet). */
    static final Instant NO_DATA_TIME = Instant.parse("2000-01-01T00:00:00Z");

    private ReportFile() {
    }

    /** A report of a round: its scope in the page header, its data time in the file. */
    static void write(Workbook workbook, ReportScope scope, OutputStream out) throws IOException {
        write(workbook, ScopeText.pageHeader(scope), scope.dataTime().orElse(NO_DATA_TIME), out);
    }

    static void write(Workbook workbook, String pageHeader, Instant time, OutputStream out) throws IOException {
        PrintedPages.setUp(workbook, pageHeader);
        POIXMLProperties.CoreProperties core = underlying(workbook).getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(time)));
        core.setModified(Optional.of(Date.from(time)));
        // POI stamps each zip entry with the clock and offers no way to choose: the file is written aside and its
        // entries copied, still compressed, with the data's time.
        Path written = Files.createTempFile("civicinspect-report", ".xlsx");
        try {
            try (OutputStream file = Files.newOutputStream(written)) {
                workbook.write(file);
            }
            copyWithTime(written, dosTime(time), out);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** The workbook whose parts are written: a streamed workbook's template, or the workbook itself. */
    static XSSFWorkbook underlying(Workbook workbook) {
        return workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook() : (XSSFWorkbook) workbook;
    }

    private static void copyWithTime(Path zip, long time, OutputStream out) throws IOException {
        try (ZipFile from = ZipFile.builder().setPath(zip).get();
             ZipArchiveOutputStream to = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out))) {
            for (ZipArchiveEntry entry : Collections.list(from.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(entry.getMethod());
                copy.setCrc(entry.getCrc());
                copy.setSize(entry.getSize());
                copy.setCompressedSize(entry.getCompressedSize());
                copy.setTime(time);
                try (InputStream raw = from.getRawInputStream(entry)) {
                    to.addRawArchiveEntry(copy, raw);
                }
            }
        }
    }

    /** A zip entry keeps its time to two seconds; a time it can keep exactly needs no extra field. */
    private static long dosTime(Instant time) {
        long millis = time.toEpochMilli();
        return millis - Math.floorMod(millis, 2000L);
    }
}
