package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.civicinspect.model.AskedWhen;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.QuestionOption;
import org.civicinspect.model.SheetProblem;

/**
 * Reads a questionnaire workbook (问卷, docs/workbook-formats.md §6): a sheet of questions and a sheet of options,
 * found by their headers wherever they are, with titles, notes rows, alias headers and "same as above" 题号 cells on the
 * option sheet. Every problem is reported, and the questions are given only when there is none.
 */
public final class QuestionnaireWorkbookReader {

    static final String QUESTION_SHEET = "问卷题目";
    static final String OPTION_SHEET = "选项";
    private static final Set<QuestionKind> CHOICES = Set.of(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.RATING, QuestionKind.YES_NO);
    /** The words a 题型 cell may hold, Chinese and English, for each kind; the first is what our template writes. */
    static final Map<QuestionKind, List<String>> KIND_WORDS = new EnumMap<>(Map.of(
            QuestionKind.SINGLE, List.of("单选", "单选题", "single"),
            QuestionKind.MULTIPLE, List.of("多选", "多选题", "multiple"),
            QuestionKind.RATING, List.of("评分", "评分题", "打分", "量表", "rating", "scale"),
            QuestionKind.YES_NO, List.of("是否", "是否题", "判断", "判断题", "yes/no", "yesno"),
            QuestionKind.NUMBER, List.of("数字", "数值", "数字题", "填数", "number"),
            QuestionKind.TEXT, List.of("简答", "简答题", "填空", "填空题", "文本", "text")));
    private static final Map<String, QuestionKind> KINDS = kinds();

    public QuestionnaireWorkbookContent read(WorkbookSheets workbook, Progress progress) {
        List<SheetProblem> errors = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>();
        Map<String, QuestionRow> questions = new LinkedHashMap<>();
        List<OptionRow> options = new ArrayList<>();
        String title = null;
        boolean anyQuestionSheet = false;
        long done = 0;
        for (SheetGrid grid : workbook.sheets()) {
            progress.checkCancelled();
            done += grid.lastRow() + 1;
            progress.update(done, workbook.totalRows());
            if (grid.hidden()) {
                notes.add(SheetProblem.at(grid.name(), "", "import.hiddenSheetSkipped"));
                continue;
            }
            Header<QuestionColumn> questionHeader = findHeader(grid, QuestionColumn::forHeader,
                    List.of(QuestionColumn.CODE, QuestionColumn.TEXT, QuestionColumn.KIND));
            if (questionHeader != null) {
                anyQuestionSheet = true;
                if (title == null) {
                    title = grid.titleAbove(questionHeader.row());
                }
                if (readable(grid, questionHeader.row(), text -> QuestionColumn.forHeader(text) != null, errors)) {
                    readQuestions(grid, questionHeader, questions, errors);
                }
                continue;
            }
            Header<OptionColumn> optionHeader = findHeader(grid, OptionColumn::forHeader,
                    List.of(OptionColumn.QUESTION, OptionColumn.CODE, OptionColumn.TEXT));
            if (optionHeader != null) {
                if (readable(grid, optionHeader.row(), text -> OptionColumn.forHeader(text) != null, errors)) {
                    readOptions(grid, optionHeader, options, errors);
                }
                continue;
            }
            if (grid.anyRow()) {
                notes.add(SheetProblem.at(grid.name(), "", "import.sheetSkipped"));
            }
        }
        if (!anyQuestionSheet) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty() ? SheetProblem.ofFile("import.noSheets")
                    : SheetProblem.ofFile("survey.noHeader", String.join("、", names)));
            return new QuestionnaireWorkbookContent(null, List.of(), List.of(), errors, notes);
        }
        attachOptions(questions, options, errors);
        checkQuestions(questions, errors);
        if (errors.isEmpty() && questions.isEmpty()) {
            errors.add(SheetProblem.ofFile("survey.noQuestions"));
        }
        if (!errors.isEmpty()) {
            return new QuestionnaireWorkbookContent(title, List.of(), List.of(), errors, notes);
        }
        List<Question> built = questions.values().stream().map(QuestionRow::question).toList();
        Set<String> indices = new LinkedHashSet<>();
        built.stream().filter(q -> q.index() != null).forEach(q -> indices.add(q.index()));
        return new QuestionnaireWorkbookContent(title, built, List.copyOf(indices), errors, notes);
    }

    record Header<C extends Enum<C>>(int row, Map<C, Integer> columns) {
        int column(C c) {
            return columns.getOrDefault(c, -1);
        }
    }

    private static <C extends Enum<C>> Header<C> findHeader(SheetGrid grid, Function<String, C> forHeader, List<C> required) {
        for (int r = 0; r <= Math.min(grid.lastRow(), IndicatorWorkbookReader.HEADER_SEARCH_ROWS - 1); r++) {
            Map<C, Integer> columns = new HashMap<>();
            for (int c = 0; c <= grid.lastColumn(r); c++) {
                C column = forHeader.apply(grid.raw(r, c));
                if (column != null) {
                    columns.putIfAbsent(column, c);
                }
            }
            if (columns.keySet().containsAll(required)) {
                return new Header<>(r, columns);
            }
        }
        return null;
    }

    private static boolean readable(SheetGrid grid, int headerRow, Predicate<String> isColumn, List<SheetProblem> errors) {
        List<SheetProblem> problems = new ArrayList<>(grid.duplicateHeaders(headerRow, isColumn));
        problems.addAll(grid.formulasWithoutValue());
        errors.addAll(problems);
        return problems.isEmpty();
    }

    private static boolean skipped(SheetGrid grid, int r) {
        String first = grid.firstText(r);
        return first.isEmpty() || CellText.NOTE_ROW.matcher(first).matches();
    }

    /** A question's or an option's code as compared and stored: folded, without spaces, letters in upper case. */
    static String code(String cell) {
        return CellText.identityKey(cell).toUpperCase(Locale.ROOT);
    }

    private static void readQuestions(SheetGrid grid, Header<QuestionColumn> header, Map<String, QuestionRow> questions,
                                      List<SheetProblem> errors) {
        for (int r = header.row() + 1; r <= grid.lastRow(); r++) {
            if (skipped(grid, r)) {
                continue;
            }
            QuestionRow row = new QuestionRow(grid, header, r, errors);
            if (row.code.isEmpty()) {
                row.fail(QuestionColumn.CODE, "survey.missingQuestionCode");
                continue;
            }
            QuestionRow earlier = questions.putIfAbsent(row.code, row);
            if (earlier != null) {
                row.fail(QuestionColumn.CODE, "survey.duplicateQuestion", row.code, earlier.place(QuestionColumn.CODE));
            }
        }
    }

    private static void readOptions(SheetGrid grid, Header<OptionColumn> header, List<OptionRow> options, List<SheetProblem> errors) {
        String above = null;
        for (int r = header.row() + 1; r <= grid.lastRow(); r++) {
            if (skipped(grid, r)) {
                continue;
            }
            OptionRow row = new OptionRow(grid, header, r, above, errors);
            above = row.question.isEmpty() ? above : row.question;
            options.add(row);
        }
    }

    private static void attachOptions(Map<String, QuestionRow> questions, List<OptionRow> options, List<SheetProblem> errors) {
        for (OptionRow option : options) {
            if (option.question.isEmpty()) {
                option.fail(OptionColumn.QUESTION, "survey.missingOptionQuestion");
                continue;
            }
            QuestionRow question = questions.get(option.question);
            if (question == null) {
                option.fail(OptionColumn.QUESTION, "survey.optionOfUnknownQuestion", option.question);
                continue;
            }
            if (question.kind != null && !CHOICES.contains(question.kind)) {
                option.fail(OptionColumn.QUESTION, "survey.optionOfOpenQuestion", option.question, question.kindText);
                continue;
            }
            OptionRow earlier = question.options.putIfAbsent(option.code, option);
            if (earlier != null && !option.code.isEmpty()) {
                option.fail(OptionColumn.CODE, "survey.duplicateOption", option.code, option.question, earlier.place(OptionColumn.CODE));
            }
        }
    }

    /** What a question needs of the others and of its options: known earlier questions to skip on, options, a positive one. */
    private static void checkQuestions(Map<String, QuestionRow> questions, List<SheetProblem> errors) {
        List<String> order = new ArrayList<>(questions.keySet());
        for (QuestionRow q : questions.values()) {
            if (q.kind != null && CHOICES.contains(q.kind) && q.options.isEmpty()) {
                q.fail(QuestionColumn.KIND, "survey.choiceWithoutOptions", q.code, q.kindText);
            }
            if (q.index != null && q.screening) {
                q.fail(QuestionColumn.INDEX, "survey.screeningInIndex", q.code, q.index);
            } else if (q.index != null && q.kind != null && q.options.values().stream().noneMatch(o -> o.positive)
                    && (!CHOICES.contains(q.kind) || !q.options.isEmpty())) {
                q.fail(QuestionColumn.INDEX, "survey.scoredWithoutPositive", q.code, q.index);
            }
            if (q.askedWhen != null) {
                QuestionRow after = questions.get(q.askedWhen.questionCode());
                if (after == null) {
                    q.fail(QuestionColumn.ASKED_WHEN, "survey.skipUnknownQuestion", q.askedWhenText, q.askedWhen.questionCode());
                } else if (order.indexOf(after.code) >= order.indexOf(q.code)) {
                    q.fail(QuestionColumn.ASKED_WHEN, "survey.skipLaterQuestion", q.askedWhenText, after.code, q.code);
                } else {
                    for (String option : q.askedWhen.optionCodes()) {
                        if (!after.options.containsKey(option)) {
                            q.fail(QuestionColumn.ASKED_WHEN, "survey.skipUnknownOption", q.askedWhenText, after.code, option);
                        }
                    }
                }
            }
        }
    }

    /** One row of the question sheet, its cells read and each unreadable one reported. */
    private static final class QuestionRow {
        final SheetGrid grid;
        final Header<QuestionColumn> header;
        final int row;
        final List<SheetProblem> errors;
        final String code;
        final String text;
        final String kindText;
        final QuestionKind kind;
        final boolean screening;
        final String askedWhenText;
        final AskedWhen askedWhen;
        final String index;
        final BigDecimal weight;
        final List<String> standards;
        final Map<String, OptionRow> options = new LinkedHashMap<>();

        QuestionRow(SheetGrid grid, Header<QuestionColumn> header, int row, List<SheetProblem> errors) {
            this.grid = grid;
            this.header = header;
            this.row = row;
            this.errors = errors;
            code = code(cell(QuestionColumn.CODE));
            text = cell(QuestionColumn.TEXT);
            if (!code.isEmpty() && text.isEmpty()) {
                fail(QuestionColumn.TEXT, "survey.missingQuestionText", code);
            }
            kindText = cell(QuestionColumn.KIND);
            kind = KINDS.get(QuestionColumn.key(kindText));
            if (!code.isEmpty() && kind == null) {
                fail(QuestionColumn.KIND, kindText.isEmpty() ? "survey.missingKind" : "survey.kindUnknown", kindText);
            }
            Boolean flag = ValueParsers.flag(cell(QuestionColumn.SCREENING));
            if (flag == null) {
                fail(QuestionColumn.SCREENING, "survey.flagUnknown", cell(QuestionColumn.SCREENING), QuestionColumn.SCREENING.templateName());
            }
            screening = Boolean.TRUE.equals(flag);
            askedWhenText = cell(QuestionColumn.ASKED_WHEN);
            askedWhen = askedWhen(askedWhenText);
            String indexCell = cell(QuestionColumn.INDEX);
            index = indexCell.isEmpty() ? null : indexCell;
            weight = weight();
            standards = CellText.splitList(grid.raw(row, header.column(QuestionColumn.STANDARDS)));
        }

        private AskedWhen askedWhen(String rule) {
            if (rule.isEmpty()) {
                return null;
            }
            String compact = code(rule);
            int equals = compact.indexOf('=');
            List<String> optionCodes = equals < 0 ? List.of()
                    : CellText.splitList(compact.substring(equals + 1)).stream().map(QuestionnaireWorkbookReader::code).toList();
            if (equals <= 0 || optionCodes.isEmpty()) {
                fail(QuestionColumn.ASKED_WHEN, "survey.skipUnreadable", rule);
                return null;
            }
            return new AskedWhen(compact.substring(0, equals), optionCodes);
        }

        private BigDecimal weight() {
            String text = cell(QuestionColumn.WEIGHT);
            if (text.isEmpty()) {
                return BigDecimal.ONE;
            }
            BigDecimal number = grid.number(row, header.column(QuestionColumn.WEIGHT));
            if (number == null) {
                number = ValueParsers.points(text);
            }
            if (number == null || number.signum() <= 0) {
                fail(QuestionColumn.WEIGHT, "survey.weightNotPositive", text);
                return BigDecimal.ONE;
            }
            return number;
        }

        Question question() {
            List<QuestionOption> built = options.values().stream()
                    .map(o -> new QuestionOption(o.code, o.text, o.positive, o.notReadAloud, o.invalidates)).toList();
            return new Question(code, text, kind, built, screening, askedWhen, index, weight, standards);
        }

        String cell(QuestionColumn column) {
            return grid.text(row, header.column(column));
        }

        String place(QuestionColumn column) {
            return grid.name() + "!" + SheetGrid.ref(row, Math.max(0, header.column(column)));
        }

        void fail(QuestionColumn column, String key, Object... args) {
            errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(row, Math.max(0, header.column(column))), key, args));
        }
    }

    /** One row of the option sheet; a blank 题号 is the one above (the cells of one question, merged or left blank). */
    private static final class OptionRow {
        final SheetGrid grid;
        final Header<OptionColumn> header;
        final int row;
        final List<SheetProblem> errors;
        final String question;
        final String code;
        final String text;
        final boolean positive;
        final boolean notReadAloud;
        final boolean invalidates;

        OptionRow(SheetGrid grid, Header<OptionColumn> header, int row, String above, List<SheetProblem> errors) {
            this.grid = grid;
            this.header = header;
            this.row = row;
            this.errors = errors;
            String own = code(cell(OptionColumn.QUESTION));
            question = own.isEmpty() && above != null ? above : own;
            code = code(cell(OptionColumn.CODE));
            if (code.isEmpty()) {
                fail(OptionColumn.CODE, "survey.missingOptionCode");
            }
            text = cell(OptionColumn.TEXT);
            if (text.isEmpty()) {
                fail(OptionColumn.TEXT, "survey.missingOptionText");
            }
            positive = flag(OptionColumn.POSITIVE);
            notReadAloud = flag(OptionColumn.NOT_READ_ALOUD);
            invalidates = flag(OptionColumn.INVALIDATES);
            if (positive && invalidates) {
                fail(OptionColumn.INVALIDATES, "survey.positiveAndInvalidates", code);
            }
        }

        private boolean flag(OptionColumn column) {
            Boolean flag = ValueParsers.flag(cell(column));
            if (flag == null) {
                fail(column, "survey.flagUnknown", cell(column), column.templateName());
                return false;
            }
            return flag;
        }

        String cell(OptionColumn column) {
            return grid.text(row, header.column(column));
        }

        String place(OptionColumn column) {
            return grid.name() + "!" + SheetGrid.ref(row, Math.max(0, header.column(column)));
        }

        void fail(OptionColumn column, String key, Object... args) {
            errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(row, Math.max(0, header.column(column))), key, args));
        }
    }

    private static Map<String, QuestionKind> kinds() {
        Map<String, QuestionKind> kinds = new HashMap<>();
        KIND_WORDS.forEach((kind, words) -> words.forEach(word -> kinds.put(QuestionColumn.key(word), kind)));
        return kinds;
    }
}
