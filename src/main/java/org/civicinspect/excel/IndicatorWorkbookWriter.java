package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Category;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.Standard;

/** Writes an indicator set in our template, which {@link IndicatorWorkbookReader} reads back unchanged. */
public final class IndicatorWorkbookWriter {

    static final List<ColumnRole> TEMPLATE_COLUMNS = List.of(
            ColumnRole.CATEGORY_CODE, ColumnRole.CATEGORY, ColumnRole.INDICATOR_CODE, ColumnRole.INDICATOR,
            ColumnRole.STANDARD_CODE, ColumnRole.STANDARD, ColumnRole.METHOD, ColumnRole.POINTS, ColumnRole.SCORING,
            ColumnRole.SITE_TYPES, ColumnRole.NEGATIVE_LIST, ColumnRole.OBSERVATION_RULE);
    private static final int[] COLUMN_WIDTHS = {9, 12, 9, 14, 11, 48, 12, 6, 18, 28, 8, 30};

    public void write(String title, IndicatorTree tree, OutputStream out) throws IOException {
        write(title, tree, null, out);
    }

    /** As {@link #write(String, IndicatorTree, OutputStream)}, with the set's own 材料审核 grade scale (null: none) in 计分设置. */
    public void write(String title, IndicatorTree tree, MaterialGradeScale materialGrades, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(IndicatorWorkbookReader.TEMPLATE_SHEET);
            CellStyle titleStyle = titleStyle(workbook);
            CellStyle headerStyle = headerStyle(workbook);
            CellStyle bodyStyle = bodyStyle(workbook);

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, TEMPLATE_COLUMNS.size() - 1));

            Row header = sheet.createRow(1);
            for (int c = 0; c < TEMPLATE_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(TEMPLATE_COLUMNS.get(c).templateName());
                header.getCell(c).setCellStyle(headerStyle);
                sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
            }
            int r = 2;
            for (Category category : tree.categories()) {
                for (Indicator indicator : category.indicators()) {
                    for (Standard standard : indicator.standards()) {
                        writeRow(sheet.createRow(r++), category, indicator, standard, bodyStyle);
                    }
                }
            }
            sheet.createFreezePane(0, 2);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, TEMPLATE_COLUMNS.size() - 1));
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);

            writeSettings(workbook.createSheet(IndicatorWorkbookReader.SETTINGS_SHEET), tree, materialGrades, headerStyle);
            workbook.write(out);
        }
    }

    private static void writeRow(Row row, Category category, Indicator indicator, Standard standard, CellStyle style) {
        String[] values = {
            category.code(), category.name(), indicator.code(), indicator.name(), standard.code(), standard.text(),
            String.join("、", standard.methods()), null, scoringText(standard.scoring()),
            String.join("、", standard.siteTypes()), standard.negativeList() ? "是" : "", standard.observationRule()};
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            if (TEMPLATE_COLUMNS.get(c) == ColumnRole.POINTS) {
                cell.setCellValue(standard.points().doubleValue());
            } else {
                cell.setCellValue(values[c]);
            }
            cell.setCellStyle(style);
        }
    }

    static String scoringText(ScoringRule rule) {
        return switch (rule.mode()) {
            case BINARY -> "符合/不符合";
            case GRADED -> "A/B/C/C#";
            case DEDUCTION -> "按处扣分（每处" + rule.deductionPerOccurrence().toPlainString() + "分）";
        };
    }

    private static void writeSettings(Sheet sheet, IndicatorTree tree, MaterialGradeScale materialGrades, CellStyle headerStyle) {
        GradeCoefficients grades = tree.grades();
        List<Object[]> rows = new ArrayList<>(List.of(new Object[][] {
            {"参数", "值"},
            {"A档系数", grades.a()},
            {"B档系数", grades.b()},
            {"C档系数", grades.c()},
            {"C#档系数", grades.cSharp()},
            {IndicatorWorkbookReader.EVIDENCE_SETTING, tree.problemsNeedEvidence() ? "是" : "否"}}));
        if (materialGrades != null) {
            rows.add(new Object[] {IndicatorWorkbookReader.MATERIAL_GRADES_SETTING, materialGrades.text()});
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue((String) rows.get(r)[0]);
            if (rows.get(r)[1] instanceof BigDecimal value) {
                row.createCell(1).setCellValue(value.doubleValue());
            } else if (r > 0) {
                row.createCell(1).setCellValue((String) rows.get(r)[1]);
            } else {
                row.createCell(1).setCellValue((String) rows.get(r)[1]);
                row.getCell(0).setCellStyle(headerStyle);
                row.getCell(1).setCellStyle(headerStyle);
            }
        }
        sheet.setColumnWidth(0, 20 * 256);
    }

    private static CellStyle titleStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = bodyStyle(workbook);
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle bodyStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
