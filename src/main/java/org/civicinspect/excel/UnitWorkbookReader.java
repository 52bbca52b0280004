package org.civicinspect.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.SheetProblem;

/**
 * Reads a unit directory workbook (单位名录): on any visible sheet, a header row within the first rows naming 单位名称 and
 * at least one other column (aliases as {@link UnitColumn} lists them), then one unit per row; note rows are skipped.
 */
public final class UnitWorkbookReader {

    static final String TEMPLATE_SHEET = "单位名录";

    /** The units read, or every error (and then no unit); notes are sheets skipped. */
    public record Content(List<ResponsibleUnit> units, List<SheetProblem> errors, List<SheetProblem> notes) {
        public Content {
            units = List.copyOf(units);
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final HeaderedTables<UnitColumn> TABLES = new HeaderedTables<>(UnitColumn.class, UnitColumn::forHeader,
            columns -> columns.containsKey(UnitColumn.NAME) && columns.size() >= 2);

    public Content read(WorkbookSheets workbook) {
        List<SheetProblem> errors = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>();
        List<ResponsibleUnit> units = new ArrayList<>();
        Map<String, String> firstLocation = new HashMap<>();
        boolean anyTable = TABLES.read(workbook, errors, notes, (grid, r, columns) -> {
            int nameColumn = columns.get(UnitColumn.NAME);
            String name = grid.text(r, nameColumn);
            String location = grid.name() + "!" + SheetGrid.ref(r, nameColumn);
            if (name.isEmpty()) {
                errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(r, nameColumn), "units.missingName"));
                return;
            }
            String earlier = firstLocation.putIfAbsent(CellText.identityKey(name), location);
            if (earlier != null) {
                errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(r, nameColumn), "units.duplicate", earlier));
                return;
            }
            Function<UnitColumn, String> text = c -> grid.text(r, columns.getOrDefault(c, -1));
            units.add(new ResponsibleUnit(name, text.apply(UnitColumn.KIND), text.apply(UnitColumn.LEADER), text.apply(UnitColumn.LEADER_PHONE),
                    text.apply(UnitColumn.LIAISON), text.apply(UnitColumn.LIAISON_PHONE), text.apply(UnitColumn.NOTES)));
        });
        if (!anyTable) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty() ? SheetProblem.ofFile("import.noSheets") : SheetProblem.ofFile("units.noHeader", String.join("、", names)));
        } else if (errors.isEmpty() && units.isEmpty()) {
            errors.add(SheetProblem.ofFile("units.none"));
        }
        return new Content(errors.isEmpty() ? units : List.of(), errors, notes);
    }
}
