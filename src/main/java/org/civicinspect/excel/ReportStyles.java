package org.civicinspect.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The look every printed workbook shares: a bold title, bordered wrapping cells, grey headers, two-decimal numbers. */
final class ReportStyles {

    /** The height of a row that holds photo thumbnails. */
    static final float PHOTO_ROW_POINTS = 66;

    final CellStyle title;
    final CellStyle body;
    final CellStyle header;
    final CellStyle number;
    /** The scope line under a report's title: plain wrapping text. */
    final CellStyle scope;
    final Font bold;
    private final Workbook workbook;

    ReportStyles(Workbook workbook) {
        this.workbook = workbook;
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        body = workbook.createCellStyle();
        body.setWrapText(true);
        body.setVerticalAlignment(VerticalAlignment.TOP);
        body.setBorderTop(BorderStyle.THIN);
        body.setBorderBottom(BorderStyle.THIN);
        body.setBorderLeft(BorderStyle.THIN);
        body.setBorderRight(BorderStyle.THIN);
        bold = workbook.createFont();
        bold.setBold(true);
        header = filled(IndexedColors.GREY_25_PERCENT);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        number = twoDecimals(body);
        scope = workbook.createCellStyle();
        scope.setWrapText(true);
        scope.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A bordered cell filled with a colour, e.g. for the red and black lists. */
    CellStyle filled(IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(body);
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** A new cell of the row in the given style. */
    static Cell cell(Row row, int column, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** A4, fit to the page's width, as many pages down as it takes. */
    static void printOnA4(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** Fills the cells of {@code range} rose where {@code formula} (written for its top-left cell) holds: failures stand out. */
    static void highlightWhere(Sheet sheet, CellRangeAddress range, String formula) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    /** The same style showing numbers with two decimals. */
    CellStyle twoDecimals(CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        return style;
    }
}
