package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.civicinspect.model.SheetProblem;

/**
 * Reads a 督办单 a unit filled in ({@link DispatchWorkbookWriter}): which workspace, batch and unit its hidden sheet
 * names, and every problem row's cells as text, a date typed as a date reading as {@code yyyy-MM-dd}. It only reads:
 * whether the workbook is one of ours, and what the replies mean, the caller judges. A workbook without the hidden
 * sheet or the 督办单 header is not a 督办单.
 */
public final class ReplyWorkbookReader {

    /** One problem row: the locked columns' texts as found, the reply cells' texts, and where each column's cell is. */
    public record Row(String sheet, int row, List<String> locked, String claimant, String phone, String measures, String completedOn, String photos) {

        /** Whether the unit wrote anything in the reply columns. */
        public boolean replied() {
            return !(claimant.isEmpty() && phone.isEmpty() && measures.isEmpty() && completedOn.isEmpty() && photos.isEmpty());
        }

        public String lockedCell(int column) {
            return SheetGrid.ref(row, column);
        }

        public String numberCell() {
            return SheetGrid.ref(row, 0);
        }

        public String claimantCell() {
            return SheetGrid.ref(row, DispatchSheet.CLAIMANT);
        }

        public String phoneCell() {
            return SheetGrid.ref(row, DispatchSheet.PHONE);
        }

        public String measuresCell() {
            return SheetGrid.ref(row, DispatchSheet.MEASURES);
        }

        public String completedOnCell() {
            return SheetGrid.ref(row, DispatchSheet.COMPLETED_ON);
        }

        public String photosCell() {
            return SheetGrid.ref(row, DispatchSheet.PHOTOS);
        }
    }

    /** What the workbook says it is (empty texts when it does not), its rows, or why it is no 督办单. */
    public record Content(String workspace, String batchId, String unit, List<Row> rows, List<SheetProblem> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** The headers of the locked columns, in order, for a message about one of them. */
    public static List<String> lockedHeaders() {
        return DispatchSheet.LOCKED;
    }

    public Content read(WorkbookSheets workbook) {
        SheetGrid about = find(workbook, DispatchSheet.ABOUT);
        SheetGrid sheet = find(workbook, DispatchSheet.SHEET);
        if (about == null || sheet == null || !DispatchSheet.FORMAT_VERSION.equals(value(about, DispatchSheet.FORMAT)) || !header(sheet)) {
            return new Content("", "", "", List.of(), List.of(SheetProblem.ofFile("reply.notDispatch")));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = DispatchSheet.HEADER_ROW + 1; r <= sheet.lastRow(); r++) {
            List<String> locked = new ArrayList<>();
            for (int c = 0; c < DispatchSheet.LOCKED.size(); c++) {
                locked.add(sheet.raw(r, c));
            }
            Row row = new Row(sheet.name(), r, locked, sheet.text(r, DispatchSheet.CLAIMANT), sheet.text(r, DispatchSheet.PHONE),
                    sheet.raw(r, DispatchSheet.MEASURES).strip(), date(sheet, r, DispatchSheet.COMPLETED_ON), sheet.text(r, DispatchSheet.PHOTOS));
            if (row.replied() || locked.stream().anyMatch(t -> !t.isEmpty())) {
                rows.add(row);
            }
        }
        return new Content(value(about, DispatchSheet.WORKSPACE), value(about, DispatchSheet.BATCH), value(about, DispatchSheet.UNIT), rows,
                sheet.formulasWithoutValue());
    }

    private static SheetGrid find(WorkbookSheets workbook, String name) {
        return workbook.sheets().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    private static boolean header(SheetGrid sheet) {
        List<String> expected = new ArrayList<>(DispatchSheet.LOCKED);
        expected.addAll(DispatchSheet.REPLY);
        for (int c = 0; c < expected.size(); c++) {
            if (!expected.get(c).equals(sheet.text(DispatchSheet.HEADER_ROW, c))) {
                return false;
            }
        }
        return true;
    }

    private static String value(SheetGrid about, String label) {
        for (int r = 0; r <= about.lastRow(); r++) {
            if (label.equals(about.text(r, 0))) {
                return about.text(r, 1);
            }
        }
        return "";
    }

    /** A date cell as {@code yyyy-MM-dd}; any other cell as its text. */
    private static String date(SheetGrid grid, int row, int column) {
        BigDecimal serial = grid.number(row, column);
        if (serial != null && DateUtil.isValidExcelDate(serial.doubleValue()) && serial.doubleValue() > 0) {
            return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate().toString();
        }
        return grid.text(row, column);
    }
}
