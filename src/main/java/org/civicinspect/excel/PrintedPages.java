package org.civicinspect.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;

/**
 * How every sheet of a report prints: on A4, its columns fitted to the page's width (landscape when the table is too
 * wide to read in portrait), the rows it freezes on screen (title, headings, column headers) repeated at the top of
 * each page, the round and scope in the page header and 第 x 页 共 y 页 in the footer.
 */
final class PrintedPages {

    static final String FOOTER = "第 &P 页 共 &N 页";

    static final double SIDE_MARGIN_INCHES = 0.5;

    /**
     * Between half-inch margins A4 portrait holds about 86 characters of column width as LibreOffice prints them
     * (about 100 in Excel, whose digits are narrower), landscape about 126. A table wider than 100 would print below
     * 86%, small for a form read at arm's length, so it prints landscape, at full size up to 126.
     */
    static final double WIDEST_PORTRAIT_CHARACTERS = 100;

    /** The height of an A4 page between its top and bottom margins (0.75 inch each, as POI leaves them), at full size. */
    static final double PAGE_POINTS = 841.9 - 2 * 0.75 * 72;

    private PrintedPages() {
    }

    /** Sets up every sheet of the workbook; {@code pageHeader} is the line at the top of each printed page. */
    static void setUp(Workbook workbook, String pageHeader) {
        XSSFWorkbook underlying = ReportFile.underlying(workbook);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            setUp(workbook.getSheetAt(i), width(underlying.getSheetAt(i)), pageHeader);
        }
    }

    private static void setUp(Sheet sheet, double width, String pageHeader) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(width > WIDEST_PORTRAIT_CHARACTERS);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.getHeader().setCenter(pageHeader.replace("&", "&&"));
        sheet.getFooter().setCenter(FOOTER);
        PaneInformation pane = sheet.getPaneInformation();
        if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitPosition() > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, pane.getHorizontalSplitPosition() - 1, -1, -1));
        }
    }

    /** The sheet's width in characters: the sum of the widths its writer gave its columns. */
    private static double width(XSSFSheet sheet) {
        double width = 0;
        for (CTCols cols : sheet.getCTWorksheet().getColsArray()) {
            for (CTCol col : cols.getColArray()) {
                width += (col.getMax() - col.getMin() + 1) * col.getWidth();
            }
        }
        return width;
    }
}
