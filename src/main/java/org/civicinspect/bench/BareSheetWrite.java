package org.civicinspect.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The report benchmarks' baseline: the same cells written with bare SXSSF as it comes (no styles, pictures or print setup). */
public final class BareSheetWrite {

    private BareSheetWrite() {
    }

    /** Writes each sheet's rows of text and numbers. */
    public static void write(Path out, Map<String, List<Object[]>> sheets) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try (OutputStream stream = Files.newOutputStream(out)) {
            for (Map.Entry<String, List<Object[]>> entry : sheets.entrySet()) {
                SXSSFSheet sheet = workbook.createSheet(entry.getKey());
                int r = 0;
                for (Object[] values : entry.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (values[c] != null) {
                            row.createCell(c).setCellValue(values[c].toString());
                        }
                    }
                }
            }
            workbook.write(stream);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
