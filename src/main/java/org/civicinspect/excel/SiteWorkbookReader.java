package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Site;

/**
 * Reads a site workbook (点位清单) in the layouts of docs/workbook-formats.md: alias headers, titles and notes, merged or
 * blank "same as above" 区县 / 街道 cells, one sheet per district or per site type, √ / 是 flags.
 */
public final class SiteWorkbookReader {

    static final String TEMPLATE_SHEET = "点位清单";
    private static final int PROGRESS_EVERY_ROWS = 500;
    private static final Pattern GENERIC_SHEET_NAME = Pattern.compile("(?i)(sheet|工作表|表)\\s*[0-9]*|" + TEMPLATE_SHEET + "|点位");
    private static final BigDecimal LATITUDE_LIMIT = new BigDecimal("90");
    private static final BigDecimal LONGITUDE_LIMIT = new BigDecimal("180");

    private final Set<String> knownSiteTypes;

    public SiteWorkbookReader(Collection<String> knownSiteTypes) {
        this.knownSiteTypes = Set.copyOf(knownSiteTypes);
    }

    record Header(int row, Map<SiteColumn, Integer> columns) {
        int column(SiteColumn c) {
            return columns.getOrDefault(c, -1);
        }

        boolean has(SiteColumn c) {
            return columns.containsKey(c);
        }
    }

    public SiteWorkbookContent read(WorkbookSheets workbook, Progress progress) {
        List<SheetProblem> errors = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        Map<String, String> firstLocation = new HashMap<>();
        long totalRows = workbook.totalRows();
        long doneRows = 0;
        boolean anyTable = false;
        for (SheetGrid grid : workbook.sheets()) {
            progress.checkCancelled();
            if (grid.hidden()) {
                notes.add(SheetProblem.at(grid.name(), "", "import.hiddenSheetSkipped"));
                doneRows += grid.lastRow() + 1;
                continue;
            }
            Header header = findHeader(grid);
            if (header == null) {
                if (grid.anyRow()) {
                    notes.add(SheetProblem.at(grid.name(), "", "import.sheetSkipped"));
                }
                doneRows += grid.lastRow() + 1;
                continue;
            }
            anyTable = true;
            String sheetKey = CellText.identityKey(grid.name());
            String headerCells = SheetGrid.ref(header.row(), 0) + ":" + SheetGrid.ref(header.row(), Math.max(0, grid.lastColumn(header.row())));
            List<SheetProblem> unreadable = new ArrayList<>(grid.duplicateHeaders(header.row(), text -> SiteColumn.forHeader(text) != null));
            unreadable.addAll(grid.formulasWithoutValue());
            if (!unreadable.isEmpty()) {
                errors.addAll(unreadable);
                continue;
            }
            String sheetType = null;
            String sheetDistrict = null;
            if (!header.has(SiteColumn.TYPE)) {
                if (!knownSiteTypes.contains(sheetKey)) {
                    errors.add(SheetProblem.at(grid.name(), headerCells, "sites.noTypeColumn", grid.name(), known()));
                    continue;
                }
                sheetType = sheetKey;
            }
            if (!header.has(SiteColumn.DISTRICT)) {
                if (knownSiteTypes.contains(sheetKey) || GENERIC_SHEET_NAME.matcher(sheetKey).matches()) {
                    errors.add(SheetProblem.at(grid.name(), headerCells, "import.missingColumn", SiteColumn.DISTRICT.templateName()));
                    continue;
                }
                sheetDistrict = sheetKey;
            }
            String district = null;
            String street = null;
            for (int r = header.row() + 1; r <= grid.lastRow(); r++) {
                if (r % PROGRESS_EVERY_ROWS == 0) {
                    progress.update(doneRows + r, totalRows);
                    progress.checkCancelled();
                }
                String first = grid.firstText(r);
                if (first.isEmpty() || CellText.NOTE_ROW.matcher(first).matches()) {
                    continue;
                }
                RowReader row = new RowReader(grid, header, r, errors);
                String districtCell = sheetDistrict != null ? sheetDistrict : row.text(SiteColumn.DISTRICT);
                String streetCell = row.text(SiteColumn.STREET);
                boolean newDistrict = !districtCell.isEmpty() && !districtCell.equals(district);
                district = districtCell.isEmpty() ? district : districtCell;
                street = !streetCell.isEmpty() ? streetCell : newDistrict ? "" : street;
                Site site = row.site(district, street, sheetType);
                if (site == null) {
                    continue;
                }
                String location = grid.name() + "!" + SheetGrid.ref(r, header.column(SiteColumn.NAME));
                String earlier = firstLocation.putIfAbsent(site.identity(), location);
                if (earlier != null) {
                    errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(r, header.column(SiteColumn.NAME)),
                            "sites.duplicate", earlier));
                    continue;
                }
                sites.add(site);
            }
            doneRows += grid.lastRow() + 1;
            progress.update(doneRows, totalRows);
        }
        if (!anyTable) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty() ? SheetProblem.ofFile("import.noSheets")
                    : SheetProblem.ofFile("sites.noHeader", String.join("、", names)));
        } else if (errors.isEmpty() && sites.isEmpty()) {
            errors.add(SheetProblem.ofFile("sites.none"));
        }
        return new SiteWorkbookContent(errors.isEmpty() ? sites : List.of(), errors, notes);
    }

    private String known() {
        return String.join("、", knownSiteTypes.stream().sorted().toList());
    }

    static Header findHeader(SheetGrid grid) {
        for (int r = 0; r <= Math.min(grid.lastRow(), IndicatorWorkbookReader.HEADER_SEARCH_ROWS - 1); r++) {
            Map<SiteColumn, Integer> columns = new EnumMap<>(SiteColumn.class);
            for (int c = 0; c <= grid.lastColumn(r); c++) {
                SiteColumn column = SiteColumn.forHeader(grid.raw(r, c));
                if (column != null) {
                    columns.putIfAbsent(column, c);
                }
            }
            if (columns.containsKey(SiteColumn.NAME) && columns.size() >= 2) {
                return new Header(r, columns);
            }
        }
        return null;
    }

    /** Reads the cells of one data row, adding an error for each one it cannot read. */
    private final class RowReader {
        private final SheetGrid grid;
        private final Header header;
        private final int row;
        private final List<SheetProblem> errors;
        private boolean failed;

        RowReader(SheetGrid grid, Header header, int row, List<SheetProblem> errors) {
            this.grid = grid;
            this.header = header;
            this.row = row;
            this.errors = errors;
        }

        String text(SiteColumn column) {
            return grid.text(row, header.column(column));
        }

        Site site(String district, String street, String sheetType) {
            String name = text(SiteColumn.NAME);
            if (name.isEmpty()) {
                fail(SiteColumn.NAME, "sites.missingName");
            }
            String type = sheetType != null ? sheetType : CellText.identityKey(text(SiteColumn.TYPE));
            if (sheetType == null) {
                if (type.isEmpty()) {
                    fail(SiteColumn.TYPE, "sites.missingType");
                } else if (!knownSiteTypes.contains(type)) {
                    fail(SiteColumn.TYPE, "sites.unknownType", type, known());
                }
            }
            if (district == null || district.isEmpty()) {
                fail(SiteColumn.DISTRICT, "sites.missingDistrict");
            }
            Boolean mustCheck = ValueParsers.flag(text(SiteColumn.MUST_CHECK));
            if (mustCheck == null) {
                fail(SiteColumn.MUST_CHECK, "row.flagUnknown", text(SiteColumn.MUST_CHECK));
            }
            Boolean active = active(text(SiteColumn.STATUS));
            BigDecimal longitude = coordinate(SiteColumn.LONGITUDE, LONGITUDE_LIMIT);
            BigDecimal latitude = coordinate(SiteColumn.LATITUDE, LATITUDE_LIMIT);
            if ((longitude == null) != (latitude == null) && !failed) {
                fail(longitude == null ? SiteColumn.LONGITUDE : SiteColumn.LATITUDE, "sites.halfCoordinates");
            }
            if (failed) {
                return null;
            }
            return new Site(null, name, type, district, street, text(SiteColumn.COMMUNITY), text(SiteColumn.ADDRESS),
                    text(SiteColumn.RESPONSIBLE_UNIT), text(SiteColumn.PARTNER_UNIT), text(SiteColumn.PARTNER_LEADER), latitude, longitude, mustCheck, active);
        }

        private Boolean active(String status) {
            String s = CellText.identityKey(status);
            if (s.isEmpty() || s.equals("在用") || s.equals("启用") || s.equals("正常")) {
                return Boolean.TRUE;
            }
            if (s.equals("停用") || s.equals("撤销") || s.equals("已撤销")) {
                return Boolean.FALSE;
            }
            fail(SiteColumn.STATUS, "sites.statusUnknown", status);
            return Boolean.TRUE;
        }

        private BigDecimal coordinate(SiteColumn column, BigDecimal limit) {
            if (!header.has(column)) {
                return null;
            }
            BigDecimal number = grid.number(row, header.column(column));
            String text = text(column);
            if (number == null && !text.isEmpty()) {
                String folded = CellText.fold(text).replace("°", "").strip();
                number = folded.matches("-?[0-9]+(\\.[0-9]+)?") ? new BigDecimal(folded) : null;
                if (number == null) {
                    fail(column, "sites.badCoordinate", text);
                    return null;
                }
            }
            if (number != null && number.abs().compareTo(limit) > 0) {
                fail(column, "sites.badCoordinate", text);
                return null;
            }
            return number == null ? null : number.stripTrailingZeros();
        }

        private void fail(SiteColumn column, String key, Object... args) {
            failed = true;
            errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(row, Math.max(0, header.column(column))), key, args));
        }
    }
}
