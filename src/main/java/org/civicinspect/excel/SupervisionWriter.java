package org.civicinspect.excel;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;

/**
 * 整改督办单: one printable A4 sheet per responsible unit listing its problems with the photo before (the finding's)
 * and after the fix, the deadline, the 督办等级 (黄 lightly filled, 红 lightly filled and bold) and the status, with
 * signature lines; then 逾期清单, every overdue problem, longest overdue first. Figures are as of the date given.
 */
public final class SupervisionWriter {

    /**
     * One problem as the sheet shows it: where, what, by when, its 督办等级 and status, days overdue, whether it is 复发,
     * its failed rechecks, the round that raised it when that is an earlier one (else null), and its photos' files.
     */
    public record Line(String unit, String district, String site, String standard, String description, LocalDate deadline, Escalation escalation,
                       ProblemStatus status, long overdueDays, boolean recurred, int failedRechecks, String raisedIn, Path before, Path after) {

        /** The description, then what sets the problem apart: （复发；复查未通过 2 次；第1期立案）. */
        String described() {
            List<String> marks = new java.util.ArrayList<>();
            if (recurred) {
                marks.add("复发");
            }
            if (failedRechecks > 0) {
                marks.add("复查未通过 " + failedRechecks + " 次");
            }
            if (raisedIn != null) {
                marks.add(raisedIn + "立案");
            }
            return description + (marks.isEmpty() ? "" : "（" + String.join("；", marks) + "）");
        }
    }

    private static final String[] HEADER = {"序号", "区县", "点位", "测评标准", "问题描述", "整改期限", "督办等级", "状态", "整改前", "整改后"};
    private static final int[] WIDTHS = {5, 8, 14, 26, 20, 11, 8, 8, 14, 14};
    private static final String[] OVERDUE = {"序号", "责任单位", "区县", "点位", "测评标准", "整改期限", "逾期天数", "督办等级", "状态"};
    private static final int[] OVERDUE_WIDTHS = {5, 18, 8, 16, 30, 11, 8, 8, 8};

    /** Writes the sheets; returns how many units got a 督办单. */
    public int write(String title, ReportScope scope, LocalDate asOf, List<Line> lines, OutputStream out) throws IOException {
        Map<String, List<Line>> byUnit = new LinkedHashMap<>();
        lines.forEach(l -> byUnit.computeIfAbsent(l.unit(), k -> new java.util.ArrayList<>()).add(l));
        StreamedWorkbook.write(out, false, scope, workbook -> {
            ReportStyles styles = new ReportStyles(workbook);
            EscalationStyles colours = new EscalationStyles(styles);
            CellStyle date = workbook.createCellStyle();
            date.cloneStyleFrom(styles.body);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Thumbnails thumbnails = new Thumbnails(workbook);
            Set<String> names = new HashSet<>();
            for (Map.Entry<String, List<Line>> unit : byUnit.entrySet()) {
                unitSheet(workbook, sheetName(unit.getKey(), names), title, scope, asOf, unit.getKey(), unit.getValue(), styles, colours, date, thumbnails);
            }
            overdueSheet(workbook, sheetName("逾期清单", names), title, scope, asOf, lines, styles, colours, date);
        });
        return byUnit.size();
    }

    private static void unitSheet(SXSSFWorkbook workbook, String name, String title, ReportScope scope, LocalDate asOf, String unit, List<Line> lines,
                                  ReportStyles styles, EscalationStyles colours, CellStyle date, Thumbnails thumbnails) {
        SXSSFSheet sheet = workbook.createSheet(name);
        SXSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = header(sheet, title + " 整改督办单", scope, WIDTHS, styles);
        Row unitRow = sheet.createRow(top);
        ReportStyles.cell(unitRow, 0, styles.body).setCellValue("责任单位：" + (unit.isEmpty() ? "（未填）" : unit) + "　　截至 " + asOf + "：未销号问题 "
                + lines.size() + " 个，逾期 " + lines.stream().filter(l -> l.overdueDays() > 0).count() + " 个");
        sheet.addMergedRegion(new CellRangeAddress(top, top, 0, HEADER.length - 1));
        headerRow(sheet, top + 1, HEADER, styles);
        int r = top + 2;
        int number = 0;
        for (Line l : lines) {
            Row row = sheet.createRow(r);
            String[] values = {"", l.district(), l.site(), l.standard(), l.described(), "", EscalationStyles.name(l.escalation()),
                EscalationStyles.name(l.status()), "", ""};
            for (int c = 0; c < values.length; c++) {
                CellStyle style = c == 5 ? date : c == 6 ? colours.of(l.escalation()) : styles.body;
                var cell = ReportStyles.cell(row, c, style);
                if (c == 0) {
                    cell.setCellValue(++number);
                } else if (c == 5) {
                    cell.setCellValue(DateUtil.getExcelDate(l.deadline()));
                } else if (!values[c].isEmpty()) {
                    cell.setCellValue(CellText.fitted(values[c]));
                }
            }
            RowHeights.fit(row, values, WIDTHS, 1);
            boolean photo = l.before() != null && thumbnails.place(drawing, l.before(), r, 8);
            photo |= l.after() != null && thumbnails.place(drawing, l.after(), r, 9);
            if (photo) {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), ReportStyles.PHOTO_ROW_POINTS));
            }
            r++;
        }
        Row sign = sheet.createRow(r + 1);
        sign.createCell(0).setCellValue("责任单位负责人（签字）：＿＿＿＿＿＿　　督查组（签字）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日");
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, HEADER.length - 1));
    }

    private static void overdueSheet(SXSSFWorkbook workbook, String name, String title, ReportScope scope, LocalDate asOf, List<Line> lines,
                                     ReportStyles styles, EscalationStyles colours, CellStyle date) {
        SXSSFSheet sheet = workbook.createSheet(name);
        int top = header(sheet, title + " 逾期清单", scope, OVERDUE_WIDTHS, styles);
        headerRow(sheet, top, OVERDUE, styles);
        int r = top + 1;
        List<Line> overdue = lines.stream().filter(l -> l.overdueDays() > 0)
                .sorted(java.util.Comparator.comparingLong(Line::overdueDays).reversed().thenComparing(Line::unit)).toList();
        for (Line l : overdue) {
            Row row = sheet.createRow(r);
            Object[] values = {r - top, l.unit(), l.district(), l.site(), l.standard(), l.deadline(), l.overdueDays(),
                EscalationStyles.name(l.escalation()), EscalationStyles.name(l.status())};
            for (int c = 0; c < values.length; c++) {
                var cell = ReportStyles.cell(row, c, c == 5 ? date : c == 7 ? colours.of(l.escalation()) : styles.body);
                if (values[c] instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (values[c] instanceof LocalDate d) {
                    cell.setCellValue(DateUtil.getExcelDate(d));
                } else {
                    cell.setCellValue(CellText.fitted(String.valueOf(values[c])));
                }
            }
            RowHeights.fit(row, new String[] {"", l.unit(), l.district(), l.site(), l.standard(), "", "", "", ""}, OVERDUE_WIDTHS, 1);
            r++;
        }
        if (overdue.isEmpty()) {
            sheet.createRow(r).createCell(0).setCellValue("截至 " + asOf + " 没有逾期的问题");
        }
    }

    /** The title and, under it, the scope; returns the next row. */
    private static int header(SXSSFSheet sheet, String title, ReportScope scope, int[] widths, ReportStyles styles) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        ReportStyles.cell(titleRow, 0, styles.title).setCellValue(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
        return ScopeText.headingRow(sheet, styles, 1, widths, scope);
    }

    private static void headerRow(SXSSFSheet sheet, int r, String[] columns, ReportStyles styles) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns.length; c++) {
            ReportStyles.cell(row, c, styles.header).setCellValue(columns[c]);
        }
        sheet.createFreezePane(0, r + 1);
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), different from those used already. */
    private static String sheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isEmpty() ? "未填单位" : wanted, '_');
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "（" + n + "）";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
