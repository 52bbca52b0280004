package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.PartnerArea;

/** Writes areas' 包联 in our 片区包联 template, which {@link PartnerAreaWorkbookReader} reads back unchanged. */
public final class PartnerAreaWorkbookWriter {

    private static final List<PartnerAreaColumn> TEMPLATE_COLUMNS = List.of(PartnerAreaColumn.values());
    private static final int[] WIDTHS = {12, 16, 16, 24, 14};

    public void write(String title, List<PartnerArea> areas, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(PartnerAreaWorkbookReader.TEMPLATE_SHEET);
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            for (int c = 0; c < TEMPLATE_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TEMPLATE_COLUMNS.get(c).templateName());
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (PartnerArea area : areas) {
                Row row = sheet.createRow(r++);
                String[] values = {area.district(), area.street(), area.community(), area.partnerUnit(), area.partnerLeader()};
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
