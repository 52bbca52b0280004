package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.civicinspect.model.ReportScope;

/**
 * A report written row by row (SXSSF): only a window of rows stays in memory, the rest goes to temporary files
 * that are removed when the workbook is written, whatever happens.
 */
final class StreamedWorkbook {

    private static final int ROWS_IN_MEMORY = 200;

    /** What goes into the workbook. */
    interface Content {
        void fill(SXSSFWorkbook workbook) throws IOException;
    }

    private StreamedWorkbook() {
    }

    /**
     * Fills a new streamed workbook and writes it to {@code out} as a report of {@code scope} ({@link ReportFile}).
     * {@code compress} gzips the temporary rows: less disk, more time, and a native buffer per open sheet.
     */
    static void write(OutputStream out, boolean compress, ReportScope scope, Content content) throws IOException {
        SXSSFWorkbook workbook = new SheetsByPartName(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(compress);
        try {
            content.fill(workbook);
            ReportFile.write(workbook, scope, out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /**
     * SXSSF with two changes for workbooks of many sheets. Writing the file, SXSSF looks up the sheet of each zip entry
     * by walking every sheet and spelling out its part name: for 2,000 site sheets that is millions of names; here
     * they are spelled out once per write. And rows written ahead go to {@link HeldRows} (memory first) rather than
     * a temporary file per sheet, unless they are to be compressed.
     */
    private static final class SheetsByPartName extends SXSSFWorkbook {
        private final HeldRows held = HeldRows.forThisHeap();
        private Map<String, XSSFSheet> byEntryName;

        SheetsByPartName(int rowsInMemory) {
            super(rowsInMemory);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return isCompressTempFiles() ? super.createSheetDataWriter() : held.newSheet();
        }

        @Override
        public boolean dispose() {
            boolean removed = super.dispose();
            try {
                held.discard();
                return removed;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
            byEntryName = new HashMap<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : getXSSFWorkbook()) {
                XSSFSheet xssf = (XSSFSheet) sheet;
                byEntryName.put(xssf.getPackagePart().getPartName().getName().substring(1), xssf);
            }
            try {
                super.injectData(zipEntrySource, out);
            } finally {
                byEntryName = null;
            }
        }

        @Override
        protected XSSFSheet getSheetFromZipEntryName(String sheetRef) {
            return byEntryName == null ? super.getSheetFromZipEntryName(sheetRef) : byEntryName.get(sheetRef);
        }
    }
}
