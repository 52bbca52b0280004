package org.civicinspect.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
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
    /** Marked red (红榜, 督办等级 红): a rose fill light enough to print pale grey under bold black text. */
    final CellStyle red;
    /** Marked yellow (督办等级 黄): a pale yellow fill under bold text. */
    final CellStyle yellow;
    /** On a black list: a light grey fill under bold text, not a dark one that swallows the text on paper. */
    final CellStyle black;
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
        red = marked(IndexedColors.ROSE);
        yellow = marked(IndexedColors.LIGHT_YELLOW);
        black = marked(IndexedColors.GREY_25_PERCENT);
        scope = workbook.createCellStyle();
        scope.setWrapText(true);
        scope.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private CellStyle marked(IndexedColors colour) {
        CellStyle style = filled(colour);
        style.setFont(bold);
        return style;
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

    /**
     * Fills the cells of {@code range} rose and sets their text bold where {@code formula} (written for its top-left cell)
     * holds: failures stand out, in black and white print too.
     */
    static void highlightWhere(Sheet sheet, CellRangeAddress range, String formula) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        rule.createFontFormatting().setFontStyle(false, true);
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
