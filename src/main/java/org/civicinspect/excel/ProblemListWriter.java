package org.civicinspect.excel;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFDrawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;

/**
 * 问题清单: a row per problem, grouped by 责任单位 (a heading and a count row each), with the first photo embedded as a small
 * thumbnail, the date it must be fixed by, its 督办等级, status and what happened to it, an autofilter and a frozen header. Written as a stream, so a list of
 * any length fits in little memory; past a sheet's last row the list goes on in a new sheet with the same header.
 */
public final class ProblemListWriter {

    /**
     * One row: where, what, who must fix it and by when, its photos' files, and where the problem stands; a failing
     * finding still waiting for review has no standing (and no deadline): it is printed 待审核（未立案）.
     */
    public record Problem(String unit, String district, String street, String site, String siteType, String standardCode,
                          String standardText, String description, LocalDate deadline, List<Path> photos, Standing standing, String source) {
        public Problem {
            photos = List.copyOf(photos);
            source = source == null ? "" : source;
        }

        /** A problem whose source the list does not name. */
        public Problem(String unit, String district, String street, String site, String siteType, String standardCode, String standardText,
                       String description, LocalDate deadline, List<Path> photos, Standing standing) {
            this(unit, district, street, site, siteType, standardCode, standardText, description, deadline, photos, standing, "");
        }
    }

    /** A problem's status, 督办等级, whether it is 复发, its failed rechecks, and its first deadline if that was changed (else null). */
    public record Standing(ProblemStatus status, Escalation escalation, boolean recurred, int failedRechecks, LocalDate firstDeadline) {

        /** 整改情况 in words: 复发；复查未通过 2 次；期限由 … 改为 … */
        String history(LocalDate deadline) {
            if (!recurred && failedRechecks == 0 && firstDeadline == null) {
                return "";
            }
            List<String> said = new java.util.ArrayList<>();
            if (recurred) {
                said.add("复发");
            }
            if (failedRechecks > 0) {
                said.add("复查未通过 " + failedRechecks + " 次");
            }
            if (firstDeadline != null && !firstDeadline.equals(deadline)) {
                said.add("期限由 " + firstDeadline + " 改为 " + deadline);
            }
            return String.join("；", said);
        }
    }

    static final String UNREVIEWED = "待审核（未立案）";

    static final String SHEET = "问题清单";
    private static final String[] HEADER = {"序号", "区县", "街道", "点位", "点位类型", "测评标准", "问题描述", "整改期限", "督办等级", "整改状态",
        "整改情况", "照片", "来源"};
    private static final int[] WIDTHS = {6, 9, 10, 16, 9, 30, 22, 11, 7, 10, 16, 16, 10};
    private static final int DEADLINE = 7;
    private static final int COLOUR = 8;
    private static final int PHOTO = 11;
    /** Title, scope, column headings. */
    private static final int HEADER_ROWS = 3;
    /** Above this many problems the writer compresses its temporary files, trading time for disk. */
    public static final int COMPRESS_ABOVE = 200_000;

    private final int rowsPerSheet;

    public ProblemListWriter() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** A writer that starts a new sheet after {@code rowsPerSheet} rows (tests use a small number). */
    ProblemListWriter(int rowsPerSheet) {
        if (rowsPerSheet <= HEADER_ROWS + 1) {
            throw new IllegalArgumentException("a sheet needs room for its header and a problem");
        }
        this.rowsPerSheet = rowsPerSheet;
    }

    public int write(String title, ReportScope scope, List<Problem> problems, OutputStream out, Progress progress) throws IOException {
        return write(title, scope, problems.iterator(), problems.size() > COMPRESS_ABOVE, out, progress);
    }

    /**
     * Writes problems as they come, already in order (by unit, then place), so a list of any length needs neither
     * memory nor a sort; each unit opens with a heading row and closes with its count. Returns how many were written.
     * {@code compress} gzips the temporary rows, for lists long enough to fill gigabytes.
     */
    public int write(String title, ReportScope scope, Iterator<Problem> problems, boolean compress, OutputStream out, Progress progress) throws IOException {
        int[] written = new int[1];
        StreamedWorkbook.write(out, compress, scope, workbook -> written[0] = new Pages(workbook, title, scope).fill(problems, progress));
        return written[0];
    }

    /** The sheets being written: the current one, its next row, and the styles and photos they share. */
    private final class Pages {
        private final SXSSFWorkbook workbook;
        private final String title;
        private final ReportScope scope;
        private final ReportStyles styles;
        private final CellStyle group;
        private final CellStyle date;
        private final Thumbnails thumbnails;
        private final EscalationStyles colours;
        private SXSSFSheet sheet;
        private SXSSFDrawing drawing;
        private int next;
        private LocalDate lastDeadline;
        private double lastDeadlineNumber;

        Pages(SXSSFWorkbook workbook, String title, ReportScope scope) {
            this.workbook = workbook;
            this.title = title;
            this.scope = scope;
            this.styles = new ReportStyles(workbook);
            this.group = styles.filled(IndexedColors.LIGHT_CORNFLOWER_BLUE);
            group.setFont(styles.bold);
            this.date = workbook.createCellStyle();
            date.cloneStyleFrom(styles.body);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            this.thumbnails = new Thumbnails(workbook);
            this.colours = new EscalationStyles(styles);
        }

        int fill(Iterator<Problem> problems, Progress progress) {
            startSheet();
            int number = 0;
            int inUnit = 0;
            String unit = null;
            while (problems.hasNext()) {
                if (number % 500 == 0) {
                    progress.checkCancelled();
                }
                Problem p = problems.next();
                if (!p.unit().equals(unit)) {
                    if (unit != null) {
                        groupRow("小计：" + inUnit + " 个问题");
                    }
                    unit = p.unit();
                    inUnit = 0;
                    groupRow("责任单位：" + (unit.isEmpty() ? "（未填）" : unit));
                }
                problem(row(), ++number, p);
                inUnit++;
            }
            if (unit != null) {
                groupRow("小计：" + inUnit + " 个问题");
            }
            finishSheet();
            return number;
        }

        private void groupRow(String text) {
            Row row = row();
            row.createCell(0).setCellValue(text);
            for (int c = 0; c < HEADER.length; c++) {
                (c == 0 ? row.getCell(0) : row.createCell(c)).setCellStyle(group);
            }
            // A new row's own merge cannot overlap another; POI's check of every earlier merge made long lists quadratic.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, HEADER.length - 1));
        }

        private void problem(Row row, int number, Problem p) {
            Standing standing = p.standing();
            String[] values = {"", p.district(), p.street(), p.site(), p.siteType(), (p.standardCode() + " " + p.standardText()).strip(),
                p.description(), "", standing == null ? "" : EscalationStyles.name(standing.escalation()),
                standing == null ? UNREVIEWED : EscalationStyles.name(standing.status()), standing == null ? "" : standing.history(p.deadline()), "",
                p.source()};
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                if (c == 0) {
                    cell.setCellStyle(styles.body);
                    cell.setCellValue(number);
                } else if (c == DEADLINE) {
                    cell.setCellStyle(date);
                    if (p.deadline() != null) {
                        cell.setCellValue(excelDate(p.deadline()));
                    }
                } else {
                    cell.setCellStyle(c == COLOUR && standing != null ? colours.of(standing.escalation()) : styles.body);
                    if (!values[c].isEmpty()) {
                        cell.setCellValue(CellText.fitted(values[c]));
                    }
                }
            }
            RowHeights.fit(row, values, WIDTHS, 1);
            if (!p.photos().isEmpty() && thumbnails.place(drawing, p.photos().get(0), row.getRowNum(), PHOTO)) {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), ReportStyles.PHOTO_ROW_POINTS));
            }
        }

        /** The deadline as Excel's day number; most problems of a list share it, so it is worked out once. */
        private double excelDate(LocalDate deadline) {
            if (!deadline.equals(lastDeadline)) {
                lastDeadline = deadline;
                lastDeadlineNumber = DateUtil.getExcelDate(deadline);
            }
            return lastDeadlineNumber;
        }

        /** The next row, on a new sheet when this one is full. */
        private Row row() {
            if (next >= rowsPerSheet) {
                finishSheet();
                startSheet();
            }
            return sheet.createRow(next++);
        }

        private void startSheet() {
            int count = workbook.getNumberOfSheets();
            sheet = workbook.createSheet(count == 0 ? SHEET : SHEET + "（续" + count + "）");
            drawing = sheet.createDrawingPatriarch();
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            titleRow.createCell(0).setCellValue(count == 0 ? title : title + "（续" + count + "）");
            titleRow.getCell(0).setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            ScopeText.headingRow(sheet, styles, 1, WIDTHS, scope);
            Row headerRow = sheet.createRow(HEADER_ROWS - 1);
            for (int c = 0; c < HEADER.length; c++) {
                headerRow.createCell(c).setCellValue(HEADER[c]);
                headerRow.getCell(c).setCellStyle(styles.header);
            }
            next = HEADER_ROWS;
        }

        private void finishSheet() {
            sheet.createFreezePane(0, HEADER_ROWS);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROWS - 1, Math.max(HEADER_ROWS - 1, next - 1), 0, HEADER.length - 1));
        }
    }
}
