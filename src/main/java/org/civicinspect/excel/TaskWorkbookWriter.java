package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.TaskAssignment;

/** Writes a set's 任务分解表 in our template, which {@link TaskWorkbookReader} reads back unchanged. */
public final class TaskWorkbookWriter {

    private static final List<TaskColumn> TEMPLATE_COLUMNS = List.of(TaskColumn.values());
    private static final int[] WIDTHS = {12, 48, 20, 30, 12, 24};

    /** {@code standardTexts}: the set's standards, text by code, for the 测评标准 column. */
    public void write(String title, List<TaskAssignment> tasks, Map<String, String> standardTexts, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(TaskWorkbookReader.TEMPLATE_SHEET);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            for (int c = 0; c < TEMPLATE_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TEMPLATE_COLUMNS.get(c).templateName());
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 2;
            for (TaskAssignment task : tasks) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(task.standardCode());
                row.createCell(1).setCellValue(CellText.fitted(standardTexts.getOrDefault(task.standardCode(), "")));
                row.getCell(1).setCellStyle(wrapped);
                row.createCell(2).setCellValue(task.lead());
                if (!task.supporting().isEmpty()) {
                    row.createCell(3).setCellValue(String.join("、", task.supporting()));
                    row.getCell(3).setCellStyle(wrapped);
                }
                if (task.due() != null) {
                    row.createCell(4).setCellValue(task.due());
                    row.getCell(4).setCellStyle(date);
                }
                if (!task.notes().isEmpty()) {
                    row.createCell(5).setCellValue(task.notes());
                }
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, TEMPLATE_COLUMNS.size() - 1));
            workbook.write(out);
        }
    }
}
