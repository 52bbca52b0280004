package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.Person;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.ProfileQuota;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;

/**
 * Reads a survey plan workbook (样本计划, docs/workbook-formats.md §8): a sheet of targets per district × method
 * (样本配额), a sheet of targets per respondent profile (样本结构), a sheet of interviewers' quotas (访问员分配) and a
 * sheet of population shares to weight to (人口结构), each found by its header wherever it is. Interviewers must be
 * registered people, profiles and population shares options of the round's questionnaire. Every problem is reported,
 * and the plan is given only when there is none.
 */
public final class SurveyPlanWorkbookReader {

    static final String QUOTA_SHEET = "样本配额";
    static final String PROFILE_SHEET = "样本结构";
    static final String ASSIGNMENT_SHEET = "访问员分配";
    static final String POPULATION_SHEET = "人口结构";
    /** A profile row whose 区 is blank or this counts across the city. */
    static final String CITY = "全市";
    /** The words a 方式 cell may hold; the first of each is what our template writes. */
    static final Map<InterviewMethod, List<String>> METHOD_WORDS = new EnumMap<>(Map.of(
            InterviewMethod.HOME, List.of("入户", "入户访问", "home"),
            InterviewMethod.STREET, List.of("街访", "拦截访问", "street"),
            InterviewMethod.PHONE, List.of("电话", "电话访问", "phone")));
    private static final int MOST_INTERVIEWS = 100_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private enum Part {
        QUOTAS(List.of(PlanColumn.DISTRICT, PlanColumn.METHOD, PlanColumn.TARGET)),
        PROFILES(List.of(PlanColumn.QUESTION, PlanColumn.OPTION, PlanColumn.TARGET)),
        ASSIGNMENTS(List.of(PlanColumn.INTERVIEWER, PlanColumn.DISTRICT, PlanColumn.METHOD, PlanColumn.TARGET)),
        POPULATIONS(List.of(PlanColumn.QUESTION, PlanColumn.OPTION, PlanColumn.SHARE));

        final List<PlanColumn> required;

        Part(List<PlanColumn> required) {
            this.required = required;
        }
    }

    private final String roundId;
    private final Questionnaire questionnaire;
    private final List<Person> people;

    /**
     * @param questionnaire the questionnaire version the round pins, or null when none is pinned yet (then the plan
     *                      cannot have profile targets)
     * @param people        the people registry, which interviewers are named from
     */
    public SurveyPlanWorkbookReader(String roundId, Questionnaire questionnaire, List<Person> people) {
        this.roundId = roundId;
        this.questionnaire = questionnaire;
        this.people = List.copyOf(people);
    }

    public SurveyPlanWorkbookContent read(WorkbookSheets workbook) {
        List<SheetProblem> errors = new ArrayList<>();
        List<SheetProblem> notes = new ArrayList<>();
        Map<String, Placed<SurveyQuota>> quotas = new LinkedHashMap<>();
        Map<String, Placed<ProfileQuota>> profiles = new LinkedHashMap<>();
        Map<String, Placed<InterviewerQuota>> assignments = new LinkedHashMap<>();
        Map<String, Placed<PopulationShare>> populations = new LinkedHashMap<>();
        boolean anyPlanSheet = false;
        boolean populationRowsRead = true;
        for (SheetGrid grid : workbook.sheets()) {
            if (grid.hidden()) {
                notes.add(SheetProblem.at(grid.name(), "", "import.hiddenSheetSkipped"));
                continue;
            }
            Header header = findHeader(grid);
            if (header == null) {
                if (grid.anyRow()) {
                    notes.add(SheetProblem.at(grid.name(), "", "import.sheetSkipped"));
                }
                continue;
            }
            anyPlanSheet = true;
            List<SheetProblem> unreadable = new ArrayList<>(grid.duplicateHeaders(header.row(), text -> PlanColumn.forHeader(text) != null));
            unreadable.addAll(grid.formulasWithoutValue());
            errors.addAll(unreadable);
            if (!unreadable.isEmpty()) {
                continue;
            }
            for (int r = header.row() + 1; r <= grid.lastRow(); r++) {
                String first = grid.firstText(r);
                if (first.isEmpty() || CellText.NOTE_ROW.matcher(first).matches()) {
                    continue;
                }
                Line line = new Line(grid, header, r, errors);
                switch (header.part()) {
                    case QUOTAS -> line.quota().ifPresent(q -> keep(quotas, q.district() + "|" + q.method(), line, q, PlanColumn.METHOD,
                            "plan.duplicateQuota", q.district() + " " + methodWord(q.method())));
                    case PROFILES -> line.profile().ifPresent(q -> keep(profiles, q.district() + "|" + q.questionCode() + "|" + q.optionCode(),
                            line, q, PlanColumn.OPTION, "plan.duplicateProfile",
                            (q.cityWide() ? CITY : q.district()) + " " + q.questionCode() + "=" + q.optionCode()));
                    case ASSIGNMENTS -> line.assignment().ifPresent(q -> keep(assignments,
                            q.interviewer() + "|" + q.district() + "|" + q.method(), line, q, PlanColumn.INTERVIEWER, "plan.duplicateAssignment",
                            q.interviewer() + " " + q.district() + " " + methodWord(q.method())));
                    case POPULATIONS -> {
                        Optional<PopulationShare> share = line.population();
                        share.ifPresent(p -> keep(populations, p.district() + "|" + p.questionCode() + "|" + p.optionCode(),
                                line, p, PlanColumn.OPTION, "plan.duplicatePopulation",
                                area(p.district()) + " " + p.questionCode() + "=" + p.optionCode()));
                        populationRowsRead &= share.isPresent();
                    }
                }
            }
        }
        if (!anyPlanSheet) {
            List<String> names = workbook.names();
            errors.add(names.isEmpty() ? SheetProblem.ofFile("import.noSheets") : SheetProblem.ofFile("plan.noHeader", String.join("、", names)));
        }
        checkAgainstQuotas(quotas, profiles, assignments, errors);
        checkAgainstQuotas(quotas, populations, errors);
        if (populationRowsRead) {
            // a row not read would only make its area's shares look incomplete
            checkPopulations(populations, errors);
        }
        noteUnevenAssignments(quotas, assignments, notes);
        if (errors.isEmpty() && quotas.isEmpty() && profiles.isEmpty() && assignments.isEmpty() && populations.isEmpty()) {
            errors.add(SheetProblem.ofFile("plan.empty"));
        }
        if (!errors.isEmpty()) {
            return new SurveyPlanWorkbookContent(null, errors, notes);
        }
        return new SurveyPlanWorkbookContent(new SurveyPlan(roundId, values(quotas), values(profiles), values(assignments), values(populations)),
                errors, notes);
    }

    private static String area(String district) {
        return district.isEmpty() ? CITY : district;
    }

    private static void checkAgainstQuotas(Map<String, Placed<SurveyQuota>> quotas, Map<String, Placed<PopulationShare>> populations,
                                           List<SheetProblem> errors) {
        Set<String> districts = new java.util.HashSet<>();
        quotas.values().forEach(q -> districts.add(q.value().district()));
        for (Placed<PopulationShare> p : populations.values()) {
            if (!quotas.isEmpty() && !p.value().cityWide() && !districts.contains(p.value().district())) {
                p.line().fail(PlanColumn.DISTRICT, "plan.districtWithoutQuota", p.value().district(), QUOTA_SHEET);
            }
        }
    }

    /**
     * The survey is weighted by one question, whose answer puts a respondent in one cell: all rows name the same
     * question, of a kind answered with one option; in each area (a district, or the city) every option that does not
     * make the interview invalid has a share, and the shares add up to exactly 100.
     */
    private void checkPopulations(Map<String, Placed<PopulationShare>> populations, List<SheetProblem> errors) {
        if (populations.isEmpty() || questionnaire == null) {
            return;
        }
        Placed<PopulationShare> first = populations.values().iterator().next();
        String code = first.value().questionCode();
        Question question = questionnaire.question(code).orElseThrow();
        if (question.kind() == QuestionKind.MULTIPLE) {
            first.line().fail(PlanColumn.QUESTION, "plan.populationNotSingleChoice", code);
            return;
        }
        Map<String, List<Placed<PopulationShare>>> byArea = new LinkedHashMap<>();
        boolean oneQuestion = true;
        for (Placed<PopulationShare> p : populations.values()) {
            if (!p.value().questionCode().equals(code)) {
                p.line().fail(PlanColumn.QUESTION, "plan.populationOtherQuestion", p.value().questionCode(), code, first.line().place(PlanColumn.QUESTION));
                oneQuestion = false;
            }
            byArea.computeIfAbsent(p.value().district(), d -> new ArrayList<>()).add(p);
        }
        if (!oneQuestion) {
            return;
        }
        byArea.forEach((district, shares) -> {
            Line at = shares.get(0).line();
            Set<String> given = new java.util.HashSet<>();
            shares.forEach(p -> given.add(p.value().optionCode()));
            List<String> missing = question.options().stream().filter(o -> !o.invalidates() && !given.contains(o.code()))
                    .map(o -> o.code() + " " + o.text()).toList();
            if (!missing.isEmpty()) {
                at.fail(PlanColumn.OPTION, "plan.populationOptionMissing", area(district), code, String.join("、", missing));
            }
            BigDecimal sum = shares.stream().map(p -> p.value().percent()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                at.fail(PlanColumn.SHARE, "plan.populationNotHundred", area(district), code, sum.stripTrailingZeros().toPlainString(),
                        shares.get(shares.size() - 1).line().place(PlanColumn.SHARE));
            }
        });
    }

    /** The word our template writes for a method: 入户, 街访 or 电话. */
    public static String methodWord(InterviewMethod method) {
        return METHOD_WORDS.get(method).get(0);
    }

    private static <T> void keep(Map<String, Placed<T>> kept, String key, Line line, T value, PlanColumn column, String duplicateKey,
                                 String what) {
        Placed<T> earlier = kept.putIfAbsent(key, new Placed<>(value, line));
        if (earlier != null) {
            line.fail(column, duplicateKey, what, earlier.line().place(column));
        }
    }

    /** Once targets per district × method are given, profiles and interviewers must fall within them. */
    private static void checkAgainstQuotas(Map<String, Placed<SurveyQuota>> quotas, Map<String, Placed<ProfileQuota>> profiles,
                                           Map<String, Placed<InterviewerQuota>> assignments, List<SheetProblem> errors) {
        if (quotas.isEmpty()) {
            return;
        }
        Set<String> districts = new java.util.HashSet<>();
        quotas.values().forEach(q -> districts.add(q.value().district()));
        for (Placed<ProfileQuota> p : profiles.values()) {
            if (!p.value().cityWide() && !districts.contains(p.value().district())) {
                p.line().fail(PlanColumn.DISTRICT, "plan.districtWithoutQuota", p.value().district(), QUOTA_SHEET);
            }
        }
        for (Placed<InterviewerQuota> a : assignments.values()) {
            InterviewerQuota q = a.value();
            if (!quotas.containsKey(q.district() + "|" + q.method())) {
                a.line().fail(PlanColumn.METHOD, "plan.assignmentWithoutQuota", q.district(), methodWord(q.method()), QUOTA_SHEET);
            }
        }
    }

    /**
     * Quotas handed out that do not add up to a district × method's target are allowed (an interviewer may be named
     * later, a reserve may be kept) but said, at the target's cell.
     */
    private static void noteUnevenAssignments(Map<String, Placed<SurveyQuota>> quotas, Map<String, Placed<InterviewerQuota>> assignments,
                                              List<SheetProblem> notes) {
        if (assignments.isEmpty()) {
            return;
        }
        Map<String, Integer> assigned = new HashMap<>();
        assignments.values().forEach(a -> assigned.merge(a.value().district() + "|" + a.value().method(), a.value().target(), Integer::sum));
        for (Map.Entry<String, Placed<SurveyQuota>> quota : quotas.entrySet()) {
            SurveyQuota q = quota.getValue().value();
            int given = assigned.getOrDefault(quota.getKey(), 0);
            if (given != q.target()) {
                Line line = quota.getValue().line();
                notes.add(SheetProblem.at(line.grid.name(), SheetGrid.ref(line.row, Math.max(0, line.header.column(PlanColumn.TARGET))),
                        "plan.assignedOtherThanTarget", q.district() + " " + methodWord(q.method()), q.target(), given, ASSIGNMENT_SHEET));
            }
        }
    }

    private static <T> List<T> values(Map<String, Placed<T>> kept) {
        return kept.values().stream().map(Placed::value).toList();
    }

    private record Placed<T>(T value, Line line) {
    }

    private record Header(int row, Part part, Map<PlanColumn, Integer> columns) {
        int column(PlanColumn c) {
            return columns.getOrDefault(c, -1);
        }
    }

    /** The first row that holds the columns of a part; interviewers' quotas are told from district targets by 访问员. */
    private static Header findHeader(SheetGrid grid) {
        for (int r = 0; r <= Math.min(grid.lastRow(), IndicatorWorkbookReader.HEADER_SEARCH_ROWS - 1); r++) {
            Map<PlanColumn, Integer> columns = new HashMap<>();
            for (int c = 0; c <= grid.lastColumn(r); c++) {
                PlanColumn column = PlanColumn.forHeader(grid.raw(r, c));
                if (column != null) {
                    columns.putIfAbsent(column, c);
                }
            }
            for (Part part : List.of(Part.ASSIGNMENTS, Part.POPULATIONS, Part.PROFILES, Part.QUOTAS)) {
                if (columns.keySet().containsAll(part.required)) {
                    return new Header(r, part, columns);
                }
            }
        }
        return null;
    }

    /** One row of a plan sheet, its cells read and each unreadable one reported. */
    private final class Line {
        final SheetGrid grid;
        final Header header;
        final int row;
        final List<SheetProblem> errors;
        private final int before;

        Line(SheetGrid grid, Header header, int row, List<SheetProblem> errors) {
            this.grid = grid;
            this.header = header;
            this.row = row;
            this.errors = errors;
            this.before = errors.size();
        }

        Optional<SurveyQuota> quota() {
            String district = district(true);
            InterviewMethod method = method();
            Integer target = target();
            return clean() ? Optional.of(new SurveyQuota(district, method, target)) : Optional.empty();
        }

        Optional<ProfileQuota> profile() {
            String district = district(false);
            String question = QuestionnaireWorkbookReader.code(cell(PlanColumn.QUESTION));
            String option = QuestionnaireWorkbookReader.code(cell(PlanColumn.OPTION));
            questionAndOption(question, option);
            Integer target = target();
            return clean() ? Optional.of(new ProfileQuota(district, question, option, target)) : Optional.empty();
        }

        Optional<PopulationShare> population() {
            String district = district(false);
            String question = QuestionnaireWorkbookReader.code(cell(PlanColumn.QUESTION));
            String option = QuestionnaireWorkbookReader.code(cell(PlanColumn.OPTION));
            questionAndOption(question, option);
            BigDecimal percent = share();
            return clean() ? Optional.of(new PopulationShare(district, question, option, percent)) : Optional.empty();
        }

        /** A share in percent: a number (30, 12.5) or a text with a percent sign (30%). */
        private BigDecimal share() {
            String text = cell(PlanColumn.SHARE);
            BigDecimal number = grid.number(row, header.column(PlanColumn.SHARE));
            if (number == null && text.matches("[0-9]{1,3}(\\.[0-9]+)?\\s*[%％]?")) {
                number = new BigDecimal(text.replaceAll("[%％\\s]", ""));
            }
            if (number == null || number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
                fail(PlanColumn.SHARE, "plan.badShare", text);
                return null;
            }
            return number;
        }

        private void questionAndOption(String question, String option) {
            if (question.isEmpty()) {
                fail(PlanColumn.QUESTION, "plan.missing", PlanColumn.QUESTION.templateName());
            } else if (option.isEmpty()) {
                fail(PlanColumn.OPTION, "plan.missing", PlanColumn.OPTION.templateName());
            } else if (questionnaire == null) {
                fail(PlanColumn.QUESTION, "plan.profileWithoutQuestionnaire");
            } else {
                Optional<Question> asked = questionnaire.question(question);
                if (asked.isEmpty()) {
                    fail(PlanColumn.QUESTION, "plan.unknownQuestion", question, questionnaire.label());
                } else if (asked.get().option(option).isEmpty()) {
                    fail(PlanColumn.OPTION, "plan.unknownOption", question, option);
                }
            }
        }

        Optional<InterviewerQuota> assignment() {
            String interviewer = cell(PlanColumn.INTERVIEWER);
            if (interviewer.isEmpty()) {
                fail(PlanColumn.INTERVIEWER, "plan.missing", PlanColumn.INTERVIEWER.templateName());
            } else if (people.stream().noneMatch(p -> p.active() && p.name().equals(interviewer))) {
                boolean deactivated = people.stream().anyMatch(p -> p.name().equals(interviewer));
                fail(PlanColumn.INTERVIEWER, deactivated ? "plan.deactivatedInterviewer" : "plan.unknownInterviewer", interviewer);
            }
            String district = district(true);
            InterviewMethod method = method();
            Integer target = target();
            return clean() ? Optional.of(new InterviewerQuota(interviewer, district, method, target)) : Optional.empty();
        }

        private String district(boolean required) {
            String district = cell(PlanColumn.DISTRICT);
            if (required && (district.isEmpty() || district.equals(CITY))) {
                fail(PlanColumn.DISTRICT, "plan.missing", PlanColumn.DISTRICT.templateName());
            }
            return district.equals(CITY) ? "" : district;
        }

        private InterviewMethod method() {
            String text = cell(PlanColumn.METHOD);
            String key = text.toLowerCase(java.util.Locale.ROOT);
            for (Map.Entry<InterviewMethod, List<String>> words : METHOD_WORDS.entrySet()) {
                if (words.getValue().contains(key)) {
                    return words.getKey();
                }
            }
            fail(PlanColumn.METHOD, text.isEmpty() ? "plan.missingMethod" : "plan.badMethod", text);
            return null;
        }

        private Integer target() {
            String text = cell(PlanColumn.TARGET);
            BigDecimal number = grid.number(row, header.column(PlanColumn.TARGET));
            if (number == null && text.matches("[0-9]{1,9}")) {
                number = new BigDecimal(text);
            }
            if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                    || number.compareTo(BigDecimal.valueOf(MOST_INTERVIEWS)) > 0) {
                fail(PlanColumn.TARGET, "plan.badTarget", text, MOST_INTERVIEWS);
                return null;
            }
            return number.intValueExact();
        }

        private boolean clean() {
            return errors.size() == before;
        }

        String cell(PlanColumn column) {
            return grid.text(row, header.column(column));
        }

        String place(PlanColumn column) {
            return grid.name() + "!" + SheetGrid.ref(row, Math.max(0, header.column(column)));
        }

        void fail(PlanColumn column, String key, Object... args) {
            errors.add(SheetProblem.at(grid.name(), SheetGrid.ref(row, Math.max(0, header.column(column))), key, args));
        }
    }
}
