package org.civicinspect.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.TaskAssignment;

/**
 * Reads a 任务分解表 for one indicator-set version: on any visible sheet, a header row naming the standard's code and
 * its 牵头单位 (aliases as {@link TaskColumn} lists them), then one standard per row. The code must be one of the set's,
 * the standard's text (when given) its text, every unit a registered one, the date a date.
 */
public final class TaskWorkbookReader {

    static final String TEMPLATE_SHEET = "任务分解表";
    /** 配合单位 are listed with 、 ， , ； ; or line breaks between them. */
    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、,，;；\\n\\r]+");

    /** The breakdown read, or every error (and then no task); notes are sheets skipped. */
    public record Content(List<TaskAssignment> tasks, List<SheetProblem> errors, List<SheetProblem> notes) {
        public Content {
            tasks = List.copyOf(tasks);
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** A list's header names the standard's code and at least one other column; it must name the 牵头单位. */
    private static final HeaderedTables<TaskColumn> TABLES = new HeaderedTables<>(TaskColumn.class, TaskColumn::forHeader,
            columns -> columns.containsKey(TaskColumn.CODE) && columns.size() >= 2, Map.of(TaskColumn.LEAD, TaskColumn.LEAD.templateName()));

    private final Map<String, String> standardTexts;
    private final Set<String> units;
    private final String setLabel;

    /** {@code standardTexts}: the set's standards, text by code; {@code units}: the names the registry holds. */
    public TaskWorkbookReader(Map<String, String> standardTexts, Set<String> units, String setLabel) {
        this.standardTexts = Map.copyOf(standardTexts);
        this.units = Set.copyOf(units);
        this.setLabel = setLabel;
    }

    public Content read(WorkbookSheets workbook) {
        List<SheetProblem> errors = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>();
        List<TaskAssignment> tasks = new ArrayList<>();
        Map<String, String> firstLocation = new HashMap<>();
        boolean anyTable = TABLES.read(workbook, errors, notes, (grid, r, columns) -> {
            TaskAssignment task = new RowReader(grid, columns, r, errors).task();
            if (task == null) {
                return;
            }
            String location = grid.name() + "!" + SheetGrid.ref(r, columns.get(TaskColumn.CODE));
            String earlier = firstLocation.putIfAbsent(task.standardCode(), location);
            if (earlier != null) {
                errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(r, columns.get(TaskColumn.CODE)), "tasks.duplicate", task.standardCode(), earlier));
                return;
            }
            tasks.add(task);
        });
        if (!anyTable) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty() ? SheetProblem.ofFile("import.noSheets") : SheetProblem.ofFile("tasks.noHeader", String.join("、", names)));
        } else if (errors.isEmpty() && tasks.isEmpty()) {
            errors.add(SheetProblem.ofFile("tasks.none"));
        }
        return new Content(errors.isEmpty() ? tasks : List.of(), errors, notes);
    }

    /** Reads the cells of one row, adding an error for each one it cannot read. */
    private final class RowReader {
        private final SheetGrid grid;
        private final Map<TaskColumn, Integer> columns;
        private final int row;
        private final List<SheetProblem> errors;
        private boolean failed;

        RowReader(SheetGrid grid, Map<TaskColumn, Integer> columns, int row, List<SheetProblem> errors) {
            this.grid = grid;
            this.columns = columns;
            this.row = row;
            this.errors = errors;
        }

        TaskAssignment task() {
            String code = CellText.identityKey(text(TaskColumn.CODE));
            if (code.isEmpty()) {
                fail(TaskColumn.CODE, "tasks.missingCode");
            } else if (!standardTexts.containsKey(code)) {
                fail(TaskColumn.CODE, "tasks.unknownStandard", code, setLabel);
            } else if (!text(TaskColumn.TEXT).isEmpty()
                    && !CellText.identityKey(text(TaskColumn.TEXT)).equals(CellText.identityKey(standardTexts.get(code)))) {
                fail(TaskColumn.TEXT, "tasks.textMismatch", code, standardTexts.get(code));
            }
            List<String> leads = names(TaskColumn.LEAD);
            if (leads.isEmpty()) {
                fail(TaskColumn.LEAD, "tasks.missingLead");
            } else if (leads.size() > 1) {
                fail(TaskColumn.LEAD, "tasks.oneLead", String.join("、", leads));
            }
            leads.forEach(unit -> registered(TaskColumn.LEAD, unit));
            LinkedHashSet<String> supporting = new LinkedHashSet<>(names(TaskColumn.SUPPORTING));
            supporting.forEach(unit -> registered(TaskColumn.SUPPORTING, unit));
            supporting.removeAll(leads);
            LocalDate due = null;
            if (!text(TaskColumn.DUE).isEmpty()) {
                due = ValueParsers.date(grid.number(row, column(TaskColumn.DUE)), text(TaskColumn.DUE));
                if (due == null) {
                    fail(TaskColumn.DUE, "tasks.badDate", text(TaskColumn.DUE));
                }
            }
            return failed ? null : new TaskAssignment(code, leads.get(0), List.copyOf(supporting), due, text(TaskColumn.NOTES));
        }

        private String text(TaskColumn c) {
            return grid.text(row, column(c));
        }

        private int column(TaskColumn c) {
            return columns.getOrDefault(c, -1);
        }

        /** The units a cell names, each cleaned, in order and once. */
        private List<String> names(TaskColumn c) {
            return Arrays.stream(UNIT_SEPARATORS.split(grid.raw(row, column(c))))
                    .map(CellText::clean).filter(name -> !name.isEmpty()).distinct().toList();
        }

        private void registered(TaskColumn c, String unit) {
            if (!units.contains(unit)) {
                fail(c, "tasks.unknownUnit", unit);
            }
        }

        private void fail(TaskColumn c, String key, Object... args) {
            failed = true;
            errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(row, Math.max(0, column(c))), key, args));
        }
    }
}
