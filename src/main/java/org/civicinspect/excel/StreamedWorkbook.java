package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(compress);
        try {
            content.fill(workbook);
            ReportFile.write(workbook, scope, out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
