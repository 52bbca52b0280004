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
        write(out, sheet -> {
            for (Map.Entry<String, List<Object[]>> entry : sheets.entrySet()) {
                sheet.start(entry.getKey());
                entry.getValue().forEach(sheet::row);
            }
        });
    }

    /** Where rows go as they are found: a new sheet, then its rows. */
    public interface Rows {
        void start(String sheet);

        void row(Object[] values);
    }

    /** What hands over the rows, as it reads them. */
    @FunctionalInterface
    public interface Source {
        void fill(Rows rows) throws IOException;
    }

    /** Writes the rows {@code source} hands over, each as it comes. */
    public static void write(Path out, Source source) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook();
        try (OutputStream stream = Files.newOutputStream(out)) {
            source.fill(new Rows() {
                private SXSSFSheet sheet;
                private int r;

                @Override
                public void start(String name) {
                    sheet = workbook.createSheet(name);
                    r = 0;
                }

                @Override
                public void row(Object[] values) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (values[c] != null) {
                            row.createCell(c).setCellValue(values[c].toString());
                        }
                    }
                }
            });
            workbook.write(stream);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
