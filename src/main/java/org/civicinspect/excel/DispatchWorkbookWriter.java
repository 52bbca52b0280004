package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;

/**
 * 督办单 for one responsible unit: its open problems, each with the columns the office filled (locked) and the reply
 * columns the unit fills in (认领人, 联系电话, 整改措施, 完成日期, 整改后照片), which alone are left unlocked, then the
 * files of the photos before the fix (整改前照片), which the office writes beside the workbook. The sheet is
 * protected without a password, against slips rather than as security; 完成日期 only takes a date. A very hidden sheet
 * names the workspace, batch and unit, so that the filled workbook can be matched when it comes back.
 */
public final class DispatchWorkbookWriter {

    /**
     * One problem as the office sends it; {@code returnReason} is why its last reply was sent back, or empty;
     * {@code photosBefore} names the files, in the batch's photo folder, of the photos taken when it was found.
     */
    public record Line(String number, String source, String place, String standard, String description, LocalDate deadline, ProblemStatus status,
                       Escalation escalation, String returnReason, List<String> photosBefore) {

        public Line {
            photosBefore = photosBefore == null ? List.of() : List.copyOf(photosBefore);
        }

        /** The texts of the locked columns, as written: what a reply must bring back unchanged. */
        public List<String> lockedTexts() {
            List<String> texts = new ArrayList<>();
            String colour = EscalationStyles.name(escalation);
            for (String t : new String[] {number, source, place, standard, description, deadline.toString(),
                EscalationStyles.name(status) + (colour.isEmpty() ? "" : " · " + colour), returnReason}) {
                texts.add(CellText.fitted(t == null ? "" : t));
            }
            return texts;
        }
    }

    /**
     * A workbook's whole content: for whom, which batch of which workspace, sent when, its problems, and the name of the
     * folder beside the workbook that holds their photos before the fix (empty when none has any).
     */
    public record Batch(String workspace, String batchId, String unit, LocalDate sentOn, List<Line> lines, String photoFolder) {
    }

    private static final int[] WIDTHS = {11, 9, 18, 24, 28, 11, 12, 18, 10, 14, 28, 12, 20, 22};

    public void write(Batch batch, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            EscalationStyles colours = new EscalationStyles(styles);
            CellStyle open = reply(workbook, styles, false);
            CellStyle openDate = reply(workbook, styles, true);
            XSSFSheet sheet = workbook.createSheet(DispatchSheet.SHEET);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int last = WIDTHS.length - 1;
            Row title = sheet.createRow(0);
            title.setHeightInPoints(24);
            ReportStyles.cell(title, 0, styles.title).setCellValue("整改督办单（派单）　" + batch.unit());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            Row about = sheet.createRow(1);
            ReportStyles.cell(about, 0, styles.scope).setCellValue("派单日期 " + batch.sentOn() + "　　未销号问题 " + batch.lines().size() + " 个　　批次 "
                    + batch.batchId().substring(0, 8));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            Row how = sheet.createRow(2);
            how.setHeightInPoints(30);
            ReportStyles.cell(how, 0, styles.scope).setCellValue("请只填写黄色各列：认领人、联系电话、整改措施、完成日期（日期）、整改后照片（照片文件名，"
                    + "多张用顿号隔开，照片放在同一文件夹中随本表交回）。其他各列已锁定，请勿改动。"
                    + (batch.photoFolder().isEmpty() ? "" : "整改前照片是发现问题时拍的，在本表旁的“" + batch.photoFolder() + "”文件夹中。"));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
            Row header = sheet.createRow(DispatchSheet.HEADER_ROW);
            int c = 0;
            for (String name : DispatchSheet.LOCKED) {
                ReportStyles.cell(header, c++, styles.header).setCellValue(name);
            }
            for (String name : DispatchSheet.REPLY) {
                ReportStyles.cell(header, c++, styles.yellow).setCellValue(name);
            }
            ReportStyles.cell(header, DispatchSheet.PHOTOS_BEFORE_COLUMN, styles.header).setCellValue(DispatchSheet.PHOTOS_BEFORE);
            int r = DispatchSheet.HEADER_ROW + 1;
            for (Line line : batch.lines()) {
                Row row = sheet.createRow(r++);
                List<String> texts = line.lockedTexts();
                for (int i = 0; i < texts.size(); i++) {
                    ReportStyles.cell(row, i, i == 6 ? colours.of(line.escalation()) : styles.body).setCellValue(texts.get(i));
                }
                for (int i = DispatchSheet.CLAIMANT; i <= DispatchSheet.PHOTOS; i++) {
                    ReportStyles.cell(row, i, i == DispatchSheet.COMPLETED_ON ? openDate : open);
                }
                String before = String.join("、", line.photosBefore());
                ReportStyles.cell(row, DispatchSheet.PHOTOS_BEFORE_COLUMN, styles.body).setCellValue(before);
                List<String> shown = new ArrayList<>(texts);
                shown.addAll(List.of("", "", "", "", "", before));
                RowHeights.fit(row, shown.toArray(new String[0]), WIDTHS, 2);
            }
            if (!batch.lines().isEmpty()) {
                dateOnly(sheet, DispatchSheet.HEADER_ROW + 1, r - 1);
            }
            sheet.createFreezePane(1, DispatchSheet.HEADER_ROW + 1);
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            about(workbook, batch);
            workbook.setActiveSheet(0);
            PrintedPages.setUp(workbook, batch.unit() + " 整改督办单");
            workbook.write(out);
        }
    }

    /** A reply cell: unlocked, pale yellow, bordered; the date one shows yyyy-mm-dd. */
    private static CellStyle reply(XSSFWorkbook workbook, ReportStyles styles, boolean date) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(styles.body);
        style.setLocked(false);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        if (date) {
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }
        return style;
    }

    private static void dateOnly(XSSFSheet sheet, int first, int last) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
                "DATE(2099,12,31)", "yyyy-mm-dd");
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(first, last, DispatchSheet.COMPLETED_ON, DispatchSheet.COMPLETED_ON));
        validation.setShowErrorBox(true);
        validation.createErrorBox("完成日期", "请填写日期，例如 2026-12-01");
        validation.setShowPromptBox(true);
        validation.createPromptBox("完成日期", "整改完成的日期，例如 2026-12-01");
        sheet.addValidationData(validation);
    }

    /** The very hidden sheet naming the workspace, batch and unit. */
    private static void about(XSSFWorkbook workbook, Batch batch) {
        XSSFSheet sheet = workbook.createSheet(DispatchSheet.ABOUT);
        String[][] rows = {{DispatchSheet.FORMAT, DispatchSheet.FORMAT_VERSION}, {DispatchSheet.WORKSPACE, batch.workspace()},
            {DispatchSheet.BATCH, batch.batchId()}, {DispatchSheet.UNIT, batch.unit()}};
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(rows[r][0]);
            row.createCell(1).setCellValue(rows[r][1]);
        }
        sheet.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
