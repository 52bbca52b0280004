package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.ResponsibleUnit;

/** Writes units in our 单位名录 template, which {@link UnitWorkbookReader} reads back unchanged. */
public final class UnitWorkbookWriter {

    private static final List<UnitColumn> TEMPLATE_COLUMNS = List.of(UnitColumn.values());
    private static final int[] WIDTHS = {28, 10, 12, 16, 12, 16, 30};

    public void write(String title, List<ResponsibleUnit> units, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(UnitWorkbookReader.TEMPLATE_SHEET);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            for (int c = 0; c < TEMPLATE_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TEMPLATE_COLUMNS.get(c).templateName());
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (ResponsibleUnit unit : units) {
                Row row = sheet.createRow(r++);
                String[] values = {unit.name(), unit.kind(), unit.leader(), unit.leaderPhone(), unit.liaison(), unit.liaisonPhone(), unit.notes()};
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, TEMPLATE_COLUMNS.size() - 1));
            workbook.write(out);
        }
    }
}
