package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.MaterialGradeScale;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SheetProblem;

/**
 * Reads an indicator workbook in any of the layouts of docs/workbook-formats.md: our template, title and notes rows,
 * alias headers, merged or blank "same as above" cells, codes or local numbers inside the text, and one
 * sheet per site type.
 */
public final class IndicatorWorkbookReader {

    static final String TEMPLATE_SHEET = "测评体系";
    static final String SETTINGS_SHEET = "计分设置";
    static final String DEFAULT_METHOD = "实地考察";
    /** The 计分设置 row giving the 材料审核 grade scale, {@code A=1 B=0.8 C=0.6 D=0}. */
    static final String MATERIAL_GRADES_SETTING = "材料审核等级";
    /** The 计分设置 row saying whether a failing answer needs a note or a photo. */
    static final String EVIDENCE_SETTING = "不符合需说明或照片";
    static final int HEADER_SEARCH_ROWS = 15;
    private static final int PROGRESS_EVERY_ROWS = 50;
    private static final int MAX_SITE_TYPE_LENGTH = 20;
    private static final Pattern TOTAL = Pattern.compile(".*(合计|小计|总计|总分).*");
    private static final Pattern GENERIC_SHEET_NAME = Pattern.compile("(?i)(sheet|工作表|表)\\s*[0-9]*|" + TEMPLATE_SHEET + "|测评标准|指标体系");

    public IndicatorWorkbookContent read(WorkbookSheets workbook, Progress progress) {
        List<SheetProblem> errors = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>();
        GradeSettings settings = readSettings(workbook, errors);
        IndicatorTreeAssembler assembler = new IndicatorTreeAssembler(errors);
        String title = null;
        boolean anyTable = false;
        long totalRows = workbook.totalRows();
        long doneRows = 0;
        for (SheetGrid grid : workbook.sheets()) {
            progress.checkCancelled();
            if (grid.hidden()) {
                notes.add(SheetProblem.at(grid.name(), "", "import.hiddenSheetSkipped"));
                doneRows += grid.lastRow() + 1;
                continue;
            }
            if (CellText.headerKey(grid.name()).equals(SETTINGS_SHEET)) {
                doneRows += grid.lastRow() + 1;
                continue;
            }
            HeaderRow header = findHeader(grid);
            if (header == null) {
                if (grid.anyRow()) {
                    notes.add(SheetProblem.at(grid.name(), "", "import.sheetSkipped"));
                }
                doneRows += grid.lastRow() + 1;
                continue;
            }
            anyTable = true;
            if (title == null) {
                title = grid.titleAbove(header.row());
            }
            if (!checkColumns(grid, header, errors) || !readable(grid, header, errors)) {
                doneRows += grid.lastRow() + 1;
                continue;
            }
            long rowsBefore = doneRows;
            readRows(grid, header, settings.defaultDeduction(), assembler, errors, row -> {
                progress.update(rowsBefore + row, totalRows);
                progress.checkCancelled();
            });
            doneRows += grid.lastRow() + 1;
            progress.update(doneRows, totalRows);
        }
        if (!anyTable) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty()
                    ? SheetProblem.ofFile("import.noSheets")
                    : SheetProblem.ofFile("import.noHeader", String.join("、", names)));
            return new IndicatorWorkbookContent(null, null, errors, notes, null);
        }
        var tree = assembler.build(settings.grades(), settings.problemsNeedEvidence());
        if (errors.isEmpty() && tree.standardCount() == 0) {
            errors.add(SheetProblem.ofFile("import.noStandards"));
        }
        return new IndicatorWorkbookContent(title, errors.isEmpty() ? tree : null, errors, notes, settings.materialGrades());
    }

    record HeaderRow(int row, Map<ColumnRole, Integer> columns) {
        int column(ColumnRole role) {
            return columns.getOrDefault(role, -1);
        }

        boolean has(ColumnRole role) {
            return columns.containsKey(role);
        }
    }

    static HeaderRow findHeader(SheetGrid grid) {
        for (int r = 0; r <= Math.min(grid.lastRow(), HEADER_SEARCH_ROWS - 1); r++) {
            Map<ColumnRole, Integer> columns = new EnumMap<>(ColumnRole.class);
            for (int c = 0; c <= grid.lastColumn(r); c++) {
                ColumnRole role = ColumnRole.forHeader(grid.raw(r, c));
                if (role != null) {
                    columns.putIfAbsent(role, c);
                }
            }
            if (columns.containsKey(ColumnRole.STANDARD) && columns.size() >= 2) {
                return new HeaderRow(r, columns);
            }
        }
        return null;
    }

    private static boolean checkColumns(SheetGrid grid, HeaderRow header, List<SheetProblem> errors) {
        String headerCells = SheetGrid.ref(header.row(), 0) + ":" + SheetGrid.ref(header.row(), grid.lastColumn(header.row()));
        boolean ok = true;
        if (!header.has(ColumnRole.CATEGORY) && !header.has(ColumnRole.INDICATOR)) {
            errors.add(SheetProblem.at(grid.name(), headerCells, "import.missingColumn", ColumnRole.CATEGORY.templateName()));
            ok = false;
        }
        if (!header.has(ColumnRole.POINTS)) {
            errors.add(SheetProblem.at(grid.name(), headerCells, "import.missingColumn", ColumnRole.POINTS.templateName()));
            ok = false;
        }
        if (!header.has(ColumnRole.SITE_TYPES) && GENERIC_SHEET_NAME.matcher(CellText.headerKey(grid.name())).matches()) {
            errors.add(SheetProblem.at(grid.name(), headerCells, "import.noSiteTypes", grid.name()));
            ok = false;
        }
        return ok;
    }

    /** Adds an error for each repeated header and for formulas without a saved value; true when there are none. */
    private static boolean readable(SheetGrid grid, HeaderRow header, List<SheetProblem> errors) {
        List<SheetProblem> problems = new ArrayList<>(grid.duplicateHeaders(header.row(), text -> ColumnRole.forHeader(text) != null));
        problems.addAll(grid.formulasWithoutValue());
        errors.addAll(problems);
        return problems.isEmpty();
    }

    private static void readRows(SheetGrid grid, HeaderRow header, BigDecimal defaultDeduction,
                                 IndicatorTreeAssembler assembler, List<SheetProblem> errors, IntConsumer rowsRead) {
        String sheetName = grid.name();
        String sheetSiteType = header.has(ColumnRole.SITE_TYPES) ? null : CellText.identityKey(sheetName);
        RowContext context = new RowContext();
        // Category and indicator cells repeat on every row of their branch: parse each text once.
        Map<String, NumberedText> parsedNames = new HashMap<>();
        for (int r = header.row() + 1; r <= grid.lastRow(); r++) {
            if (r % PROGRESS_EVERY_ROWS == 0) {
                rowsRead.accept(r);
            }
            String firstText = grid.firstText(r);
            if (firstText.isEmpty() || CellText.NOTE_ROW.matcher(firstText).matches()) {
                continue;
            }
            int standardColumn = header.column(ColumnRole.STANDARD);
            String standardCell = grid.text(r, standardColumn);
            String categoryCell = grid.text(r, header.column(ColumnRole.CATEGORY));
            String indicatorCell = grid.text(r, header.column(ColumnRole.INDICATOR));
            String pointsCell = grid.text(r, header.column(ColumnRole.POINTS));
            if (standardCell.isEmpty()) {
                if (pointsCell.isEmpty() || TOTAL.matcher(String.join("", categoryCell, indicatorCell, firstText)).matches()) {
                    context.heading(categoryCell, indicatorCell);
                    continue;
                }
                errors.add(SheetProblem.at(sheetName, SheetGrid.ref(r, standardColumn), "row.missingStandard"));
                continue;
            }
            RowReader row = new RowReader(grid, header, r, errors, parsedNames);
            var category = row.level(ColumnRole.CATEGORY, ColumnRole.CATEGORY_CODE, context.category);
            boolean newCategory = category != null && context.category != null && !category.sameAs(context.category);
            var indicator = row.level(ColumnRole.INDICATOR, ColumnRole.INDICATOR_CODE, newCategory ? null : context.indicator);
            if (!header.has(ColumnRole.CATEGORY)) {
                category = indicator;
            } else if (!header.has(ColumnRole.INDICATOR)) {
                indicator = category;
            }
            if (category == null || indicator == null) {
                ColumnRole missing = category == null ? ColumnRole.CATEGORY : ColumnRole.INDICATOR;
                errors.add(SheetProblem.at(sheetName, SheetGrid.ref(r, header.column(missing)),
                        category == null ? "row.missingCategory" : "row.missingIndicator"));
                continue;
            }
            context.category = category;
            context.indicator = indicator;
            IndicatorTreeAssembler.RowEntry entry = row.standard(category, indicator, defaultDeduction, sheetSiteType);
            if (entry != null) {
                assembler.add(entry);
            }
        }
    }

    /** The category and indicator in force for rows that leave theirs blank ("same as above"). */
    private static final class RowContext {
        IndicatorTreeAssembler.Level category;
        IndicatorTreeAssembler.Level indicator;

        void heading(String categoryCell, String indicatorCell) {
            if (!categoryCell.isEmpty() && !TOTAL.matcher(categoryCell).matches()) {
                NumberedText parsed = NumberedText.parse(categoryCell);
                category = new IndicatorTreeAssembler.Level(parsed.code(), parsed.text());
                indicator = null;
            }
            if (!indicatorCell.isEmpty() && !TOTAL.matcher(indicatorCell).matches()) {
                NumberedText parsed = NumberedText.parse(indicatorCell);
                indicator = new IndicatorTreeAssembler.Level(parsed.code(), parsed.text());
            }
        }
    }

    /** Reads the cells of one data row, adding an error for each one it cannot read. */
    private static final class RowReader {
        private final SheetGrid grid;
        private final HeaderRow header;
        private final int row;
        private final List<SheetProblem> errors;
        private final Map<String, NumberedText> parsedNames;
        private boolean failed;

        RowReader(SheetGrid grid, HeaderRow header, int row, List<SheetProblem> errors, Map<String, NumberedText> parsedNames) {
            this.grid = grid;
            this.header = header;
            this.row = row;
            this.errors = errors;
            this.parsedNames = parsedNames;
        }

        /**
         * The category or indicator this row belongs to: its own cell, else the one above ("same as above").
         * The caller passes no "above" for an indicator under a new category, so that a blank there is an
         * error rather than a silent carry-over.
         */
        IndicatorTreeAssembler.Level level(ColumnRole nameRole, ColumnRole codeRole, IndicatorTreeAssembler.Level above) {
            if (!header.has(nameRole)) {
                return null;
            }
            String cell = grid.text(row, header.column(nameRole));
            if (cell.isEmpty()) {
                return above;
            }
            NumberedText parsed = parsedNames.computeIfAbsent(cell, NumberedText::parse);
            String codeCell = grid.text(row, header.column(codeRole));
            String code = !codeCell.isEmpty() ? CellText.fold(codeCell) : parsed.code();
            var level = new IndicatorTreeAssembler.Level(code, parsed.text().isEmpty() ? cell : parsed.text());
            return code == null && above != null && level.sameAs(above) ? above : level;
        }

        IndicatorTreeAssembler.RowEntry standard(IndicatorTreeAssembler.Level category, IndicatorTreeAssembler.Level indicator,
                                                 BigDecimal defaultDeduction, String sheetSiteType) {
            NumberedText text = NumberedText.parse(grid.text(row, header.column(ColumnRole.STANDARD)));
            String code = text.code();
            Integer localNumber = text.localNumber();
            if (header.has(ColumnRole.STANDARD_CODE)) {
                NumberedText codeCell = NumberedText.parseCodeCell(grid.text(row, header.column(ColumnRole.STANDARD_CODE)));
                code = codeCell.code() != null ? codeCell.code() : code;
                localNumber = codeCell.localNumber() != null ? codeCell.localNumber() : localNumber;
            }
            if (text.text().isEmpty()) {
                fail(ColumnRole.STANDARD, "row.missingStandard");
            }
            BigDecimal points = points();
            ScoringRule scoring = scoring(defaultDeduction);
            Boolean negative = ValueParsers.flag(cell(ColumnRole.NEGATIVE_LIST));
            if (negative == null) {
                fail(ColumnRole.NEGATIVE_LIST, "row.flagUnknown", cell(ColumnRole.NEGATIVE_LIST));
            }
            List<String> methods = CellText.splitList(grid.raw(row, header.column(ColumnRole.METHOD)));
            if (methods.isEmpty()) {
                methods = List.of(DEFAULT_METHOD);
            }
            List<String> siteTypes = siteTypes(sheetSiteType);
            if (siteTypes.isEmpty() && methods.contains(DEFAULT_METHOD) && !Boolean.TRUE.equals(negative)) {
                fail(ColumnRole.SITE_TYPES, "row.missingSiteTypes");
            }
            if (failed) {
                return null;
            }
            return new IndicatorTreeAssembler.RowEntry(grid.name(), SheetGrid.ref(row, header.column(ColumnRole.STANDARD)),
                    category, indicator, code, localNumber, text.text(), methods, points, scoring,
                    cell(ColumnRole.OBSERVATION_RULE), negative, siteTypes);
        }

        private BigDecimal points() {
            int column = header.column(ColumnRole.POINTS);
            BigDecimal points = grid.number(row, column);
            String text = grid.text(row, column);
            if (points == null) {
                points = ValueParsers.points(text);
            }
            if (points == null) {
                fail(ColumnRole.POINTS, text.isEmpty() ? "row.pointsMissing" : "row.pointsNotNumber", text);
                return null;
            }
            if (!ValueParsers.plausiblePoints(points)) {
                fail(ColumnRole.POINTS, "row.pointsOutOfRange", text);
                return null;
            }
            return points.stripTrailingZeros();
        }

        private ScoringRule scoring(BigDecimal defaultDeduction) {
            String text = cell(ColumnRole.SCORING);
            ScoringRule rule = ValueParsers.scoring(text, defaultDeduction);
            if (rule == null) {
                fail(ColumnRole.SCORING, "row.scoringUnknown", text);
            }
            return rule;
        }

        private List<String> siteTypes(String sheetSiteType) {
            if (sheetSiteType != null) {
                return List.of(sheetSiteType);
            }
            List<String> types = CellText.splitList(grid.raw(row, header.column(ColumnRole.SITE_TYPES)));
            for (String type : types) {
                if (type.length() > MAX_SITE_TYPE_LENGTH) {
                    fail(ColumnRole.SITE_TYPES, "row.siteTypeTooLong", type);
                }
            }
            return types;
        }

        private String cell(ColumnRole role) {
            return grid.text(row, header.column(role));
        }

        private void fail(ColumnRole role, String key, Object... args) {
            failed = true;
            errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(row, header.column(role)), key, args));
        }
    }

    /** {@code materialGrades}: null when the sheet gives none. */
    record GradeSettings(GradeCoefficients grades, BigDecimal defaultDeduction, boolean problemsNeedEvidence, MaterialGradeScale materialGrades) {
    }

    /** The optional 计分设置 sheet: grade coefficients and the deduction for "按处扣分" without an amount. */
    private static GradeSettings readSettings(WorkbookSheets workbook, List<SheetProblem> errors) {
        SheetGrid grid = null;
        for (SheetGrid candidate : workbook.sheets()) {
            if (CellText.headerKey(candidate.name()).equals(SETTINGS_SHEET) && !candidate.hidden()) {
                grid = candidate;
            }
        }
        BigDecimal[] grades = {
            GradeCoefficients.DEFAULT.a(), GradeCoefficients.DEFAULT.b(), GradeCoefficients.DEFAULT.c(), GradeCoefficients.DEFAULT.cSharp()};
        BigDecimal deduction = BigDecimal.ONE;
        boolean evidence = true;
        MaterialGradeScale materialGrades = null;
        if (grid == null) {
            return new GradeSettings(GradeCoefficients.DEFAULT, deduction, true, null);
        }
        List<SheetProblem> unsaved = grid.formulasWithoutValue();
        if (!unsaved.isEmpty()) {
            errors.addAll(unsaved);
            return new GradeSettings(GradeCoefficients.DEFAULT, deduction, true, null);
        }
        for (int r = 0; r <= grid.lastRow(); r++) {
            if (!grid.hasRow(r)) {
                continue;
            }
            String key = CellText.headerKey(grid.raw(r, 0)).toUpperCase(java.util.Locale.ROOT);
            int slot = key.startsWith("C#") ? 3 : key.startsWith("C") ? 2 : key.startsWith("B") ? 1 : key.startsWith("A") ? 0 : -1;
            boolean isDeduction = key.startsWith("每处扣分");
            if (key.startsWith(EVIDENCE_SETTING)) {
                Boolean flag = ValueParsers.flag(grid.text(r, 1));
                if (flag == null) {
                    errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(r, 1), "row.flagUnknown", grid.text(r, 1)));
                } else {
                    evidence = flag;
                }
                continue;
            }
            if (key.startsWith(MATERIAL_GRADES_SETTING)) {
                MaterialGradeScale.Parsed parsed = MaterialGradeScale.parse(List.of(grid.text(r, 1)));
                if (parsed.ok()) {
                    materialGrades = parsed.scale();
                } else {
                    errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(r, 1), parsed.problem(), parsed.args().toArray()));
                }
                continue;
            }
            if (slot < 0 && !isDeduction) {
                continue;
            }
            BigDecimal value = grid.number(r, 1);
            if (value == null) {
                value = ValueParsers.points(grid.text(r, 1));
            }
            boolean valid = value != null && (isDeduction ? value.signum() > 0 : value.compareTo(BigDecimal.ONE) <= 0);
            if (!valid) {
                errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(r, 1), "settings.badValue", grid.text(r, 1)));
            } else if (isDeduction) {
                deduction = value;
            } else {
                grades[slot] = value;
            }
        }
        return new GradeSettings(new GradeCoefficients(grades[0], grades[1], grades[2], grades[3]), deduction, evidence, materialGrades);
    }
}
