package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Category;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Standard;

/**
 * 空白测评表: the draw record first, then one printable A4 sheet per assigned site, in team order, with empty 结果
 * and 问题描述 columns.
 */
public final class BlankChecklistWriter {

    private static final String[] HEADER = {"序号", "编码", "测评内容", "测评标准", "分值", "计分方式", "结果", "问题描述"};
    private static final int[] WIDTHS = {5, 9, 10, 40, 5, 16, 8, 22};
    private static final int LAST_COLUMN = HEADER.length - 1;
    private static final int PAGE_WIDTH = Arrays.stream(WIDTHS).sum();
    static final String DRAW_SHEET = "抽签结果";

    public void write(DrawRecord draw, List<BlankChecklist> pages, OutputStream out, Progress progress) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> sheetNames = new HashSet<>();
            sheetNames.add(DRAW_SHEET);
            writeDraw(workbook.createSheet(DRAW_SHEET), draw, styles);
            int done = 0;
            for (BlankChecklist page : pages) {
                Sheet sheet = workbook.createSheet(uniqueName(page, sheetNames, done + 1));
                writePage(sheet, page, styles);
                progress.update(++done, pages.size());
                progress.checkCancelled();
            }
            ReportFile.write(workbook, draw.roundName() + "　测评时间 " + draw.dates(), ReportFile.NO_DATA_TIME, out);
        }
    }

    /** The first sheet: the draw itself, so that the printed pack shows how the sites were chosen. */
    private static void writeDraw(Sheet sheet, DrawRecord draw, Styles styles) {
        int[] widths = {10, 10, 14, 30, 12, 8, 8};
        int width = Arrays.stream(widths).sum();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        cell(title, 0, draw.roundName() + "  抽签结果", styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
        int r = infoLine(sheet, 1, "测评时间：" + draw.dates() + "　　测评体系：" + draw.indicatorSet(), styles, width, widths.length - 1);
        r = infoLine(sheet, r, "随机种子：" + draw.seed() + "　　避开最近期数：" + draw.excludeRecentRounds() + "　　必查点全部抽入", styles, width,
                widths.length - 1);
        r = infoLine(sheet, r, "配额：" + draw.quotas(), styles, width, widths.length - 1);
        int headerRow = r;
        Row header = sheet.createRow(r++);
        String[] names = {"测评组", "区县", "街道", "点位名称", "点位类型", "来源", "标准数"};
        for (int c = 0; c < names.length; c++) {
            cell(header, c, names[c], styles.header);
        }
        for (DrawRecord.Line line : draw.lines()) {
            Row row = sheet.createRow(r++);
            String[] values = {line.team(), line.district(), line.street(), line.site(), line.siteType(), line.reason(),
                String.valueOf(line.standards())};
            for (int c = 0; c < values.length; c++) {
                cell(row, c, values[c], c == values.length - 1 ? styles.centered : styles.body);
            }
        }
        sheet.createFreezePane(0, headerRow + 1);
    }

    private static String uniqueName(BlankChecklist page, Set<String> taken, int number) {
        String base = WorkbookUtil.createSafeSheetName(String.format("%03d %s %s", number, page.team(), page.site().name()));
        String name = base.length() > 31 ? base.substring(0, 31) : base;
        for (int n = 2; !taken.add(name); n++) {
            name = (base.length() > 28 ? base.substring(0, 28) : base) + "~" + n;
        }
        return name;
    }

    private static void writePage(Sheet sheet, BlankChecklist page, Styles styles) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 0;
        Row title = sheet.createRow(r++);
        title.setHeightInPoints(24);
        cell(title, 0, page.roundName() + "  点位测评表", styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, LAST_COLUMN));
        r = infoLine(sheet, r, "点位：" + page.site().name() + "　　类型：" + page.site().siteType() + "　　测评时间：" + page.dates(), styles);
        String area = String.join(" / ", List.of(page.site().district(), page.site().street(), page.site().community()).stream()
                .filter(s -> !s.isEmpty()).toList());
        r = infoLine(sheet, r, "区县/街道/社区：" + area + "　　地址：" + page.site().address(), styles);
        r = infoLine(sheet, r, "责任单位：" + page.site().responsibleUnit() + "　　测评组：" + page.team()
                + (page.teamMembers().isEmpty() ? "" : "（" + page.teamMembers() + "）") + "　　到达时间：________", styles);
        int headerRow = r;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < HEADER.length; c++) {
            cell(header, c, HEADER[c], styles.header);
        }
        int number = 1;
        for (Category category : page.checklist().categories()) {
            for (Indicator indicator : category.indicators()) {
                for (Standard standard : indicator.standards()) {
                    Row row = sheet.createRow(r++);
                    String text = standard.text() + (standard.observationRule().isEmpty() ? "" : "\n（" + standard.observationRule() + "）");
                    // At least two lines: room for a handwritten answer.
                    RowHeights.fit(row, new String[] {"", "", indicator.name(), text}, WIDTHS, 2);
                    cell(row, 0, String.valueOf(number++), styles.centered);
                    cell(row, 1, standard.code(), styles.body);
                    cell(row, 2, indicator.name(), styles.body);
                    cell(row, 3, text, styles.body);
                    cell(row, 4, standard.points().toPlainString(), styles.centered);
                    cell(row, 5, IndicatorWorkbookWriter.scoringText(standard.scoring()), styles.body);
                    cell(row, 6, "", styles.body);
                    cell(row, 7, "", styles.body);
                }
            }
        }
        r++;
        Row sign = sheet.createRow(r);
        cell(sign, 0, "测评员签名：________________　　________________　　日期：____年__月__日", styles.info);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
        sheet.createFreezePane(0, headerRow + 1);
    }

    private static int infoLine(Sheet sheet, int r, String text, Styles styles) {
        return infoLine(sheet, r, text, styles, PAGE_WIDTH, LAST_COLUMN);
    }

    /** A line of text across the table, {@code width} characters wide, wrapped rather than running past its edge. */
    private static int infoLine(Sheet sheet, int r, String text, Styles styles, int width, int lastColumn) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, styles.info);
        RowHeights.fit(row, new String[] {text}, new int[] {width}, 1);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
        return r + 1;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle info;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centered;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            info = workbook.createCellStyle();
            info.setWrapText(true);
            info.setVerticalAlignment(VerticalAlignment.TOP);
            body = bordered(workbook);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            centered = bordered(workbook);
            centered.setAlignment(HorizontalAlignment.CENTER);
            centered.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
