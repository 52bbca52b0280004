package org.civicinspect.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicinspect.model.PartnerArea;
import org.civicinspect.model.SheetProblem;

/**
 * Reads a 包联 areas workbook (片区包联): on any visible sheet, a header row within the first rows naming 区县, 街道 and
 * 包联单位 or 包联领导 (aliases as {@link PartnerAreaColumn} lists them), then one street or community per row; note
 * rows are skipped. A row needs a district, a street, and a 包联单位 or 包联领导; an area may be named once.
 */
public final class PartnerAreaWorkbookReader {

    static final String TEMPLATE_SHEET = "片区包联";

    /** The areas read, or every error (and then no area); notes are sheets skipped. */
    public record Content(List<PartnerArea> areas, List<SheetProblem> errors, List<SheetProblem> notes) {
        public Content {
            areas = List.copyOf(areas);
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final HeaderedTables<PartnerAreaColumn> TABLES = new HeaderedTables<>(PartnerAreaColumn.class, PartnerAreaColumn::forHeader,
            columns -> columns.containsKey(PartnerAreaColumn.DISTRICT) && columns.containsKey(PartnerAreaColumn.STREET)
                    && (columns.containsKey(PartnerAreaColumn.PARTNER_UNIT) || columns.containsKey(PartnerAreaColumn.PARTNER_LEADER)));

    public Content read(WorkbookSheets workbook) {
        List<SheetProblem> errors = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>();
        List<PartnerArea> areas = new ArrayList<>();
        Map<String, String> firstLocation = new HashMap<>();
        boolean anyTable = TABLES.read(workbook, errors, notes, (grid, row, columns) -> {
            Function<PartnerAreaColumn, String> text = c -> grid.text(row, columns.getOrDefault(c, -1));
            Function<PartnerAreaColumn, String> cell = c -> SheetGrid.ref(row, columns.getOrDefault(c, columns.get(PartnerAreaColumn.DISTRICT)));
            if (text.apply(PartnerAreaColumn.DISTRICT).isEmpty()) {
                errors.add(SheetProblem.at(grid.name(), cell.apply(PartnerAreaColumn.DISTRICT), "partnerAreas.missingDistrict"));
                return;
            }
            if (text.apply(PartnerAreaColumn.STREET).isEmpty()) {
                errors.add(SheetProblem.at(grid.name(), cell.apply(PartnerAreaColumn.STREET), "partnerAreas.missingStreet"));
                return;
            }
            PartnerArea area = new PartnerArea(text.apply(PartnerAreaColumn.DISTRICT), text.apply(PartnerAreaColumn.STREET),
                    text.apply(PartnerAreaColumn.COMMUNITY), text.apply(PartnerAreaColumn.PARTNER_UNIT), text.apply(PartnerAreaColumn.PARTNER_LEADER));
            if (area.partnerUnit().isEmpty() && area.partnerLeader().isEmpty()) {
                String where = cell.apply(columns.containsKey(PartnerAreaColumn.PARTNER_UNIT) ? PartnerAreaColumn.PARTNER_UNIT : PartnerAreaColumn.PARTNER_LEADER);
                errors.add(SheetProblem.at(grid.name(), where, "partnerAreas.missingPartner"));
                return;
            }
            String key = CellText.identityKey(area.district()) + "\u0000" + CellText.identityKey(area.street()) + "\u0000"
                    + CellText.identityKey(area.community());
            String location = grid.name() + "!" + cell.apply(PartnerAreaColumn.DISTRICT);
            String earlier = firstLocation.putIfAbsent(key, location);
            if (earlier != null) {
                errors.add(SheetProblem.at(grid.name(), cell.apply(PartnerAreaColumn.DISTRICT), "partnerAreas.duplicate", earlier));
                return;
            }
            areas.add(area);
        });
        if (!anyTable) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty() ? SheetProblem.ofFile("import.noSheets") : SheetProblem.ofFile("partnerAreas.noHeader", String.join("、", names)));
        } else if (errors.isEmpty() && areas.isEmpty()) {
            errors.add(SheetProblem.ofFile("partnerAreas.none"));
        }
        return new Content(errors.isEmpty() ? areas : List.of(), errors, notes);
    }
}
