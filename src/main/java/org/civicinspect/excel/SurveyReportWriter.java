package org.civicinspect.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 问卷调查报告: the survey of one round. Sheets: each scored question's rate per district and for the city; the indices;
 * each standard of method 问卷调查 with its points × rate; the sample (interviews by district and method, valid against
 * the plan's target, invalid by reason, flagged as too fast); the plan's respondent profiles against the valid
 * interviews; each interviewer's productivity; every interview with its verdict; and how every figure was worked out.
 * Each sheet says under its title what it counts ({@link Scope}); rates are percent with two places, "—" where no
 * one answered.
 */
public final class SurveyReportWriter {

    /**
     * What the figures count: the round, the questionnaire version, the interviews, the minimum duration, the data's
     * time, and how the respondents were weighed (in words).
     */
    public record Scope(String round, String questionnaire, int interviews, int valid, int flagged, String minimumDuration,
                        Optional<Instant> dataTime, String weighting) {

        /** The line under each sheet's title. */
        public String heading() {
            return "统计范围：" + round + "，问卷 " + questionnaire + "；计入有效访问 " + valid + " 份（共访问 " + interviews + " 份，无效 "
                    + (interviews - valid) + " 份不计入）；用时短于 " + minimumDuration + " 的有效访问标注需复核，仍计入（" + flagged
                    + " 份）；全市按全市有效访问合并计算，不取各区平均；" + weighting + "　" + dataTimeText();
        }

        /** The printed page header, two short lines. */
        String pageHeader() {
            return round + "　问卷 " + questionnaire + "　" + dataTimeText() + "\n计入有效访问 " + valid + " 份；未计入无效访问 " + (interviews - valid) + " 份";
        }

        private String dataTimeText() {
            return dataTime.map(t -> "数据截至 " + MINUTE.format(t)).orElse("尚无访问");
        }
    }

    /** A question's figures in one group (a district, or 全市); {@code percent} null when nobody answered it. */
    public record Rate(String group, int asked, int answered, int positive, int notReadAloud, BigDecimal percent) {
    }

    /** A scored question: its index and weight there (index null when it belongs to none) and its rate in each group, the city first. */
    public record QuestionRates(String code, String text, String index, BigDecimal weight, List<Rate> rates) {
        public QuestionRates {
            rates = List.copyOf(rates);
        }
    }

    /** A group's indices, in the order of {@link Survey#indices()}; a percent is null when none of its questions was answered. */
    public record IndexRow(String group, int interviews, int valid, List<BigDecimal> percents) {
        public IndexRow {
            percents = new ArrayList<>(percents);
        }
    }

    /** A standard of method 问卷调查 in one group: the weighted rate of its questions and the points it earns, both null for "—". */
    public record StandardRate(String group, BigDecimal percent, BigDecimal earned) {
    }

    /** A standard of method 问卷调查, the questions that serve it, and its figures in each group, the city first. */
    public record StandardScores(String code, String text, BigDecimal points, String questions, List<StandardRate> rates) {
        public StandardScores {
            rates = List.copyOf(rates);
        }
    }

    /**
     * A target of the survey plan and the share of it the valid interviews reach, in percent ({@code percent} null, "—",
     * for a target of 0). Without a target, {@code target} is null and {@code absent} says why: "—" (the plan sets no
     * targets of this kind) or 计划外 (it sets some, but none here).
     */
    public record Target(Integer target, BigDecimal percent, String absent) {
        public static final Target NONE = new Target(null, null, "—");
        public static final Target UNPLANNED = new Target(null, null, "计划外");

        public Target(int target, BigDecimal percent) {
            this(target, percent, "");
        }
    }

    /**
     * The interviews of one district (or 全市) by one method (or 小计 / 合计): all, valid, invalid by reason (in the order of
     * {@link Survey#reasons()}) and valid but flagged as too fast, with the survey plan's target.
     */
    public record SampleLine(String district, String method, int interviews, int valid, List<Integer> invalid, int flagged, Target target,
                             boolean total) {
        public SampleLine {
            invalid = List.copyOf(invalid);
        }

        int invalidTotal() {
            return invalid.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A respondent-profile target (全市 or a district; a question and one of its options) against the valid interviews with that answer. */
    public record ProfileLine(String scope, String question, String option, int valid, Target target) {
    }

    /**
     * One interviewer's interviews (or 合计): all, valid, invalid by reason, flagged as too fast, the median duration of
     * the valid ones ("—" for none) and the assignments' target.
     */
    public record InterviewerLine(String interviewer, int interviews, int valid, List<Integer> invalid, int flagged, String medianDuration,
                                  Target target, boolean total) {
        public InterviewerLine {
            invalid = List.copyOf(invalid);
        }
    }

    /** One interview and its verdict in words. */
    public record InterviewLine(String id, String district, String method, String interviewer, Instant started, String duration, String verdict) {
    }

    /** A heading and the lines under it on the explanation sheet. */
    public record Explained(String heading, List<String> lines) {
        public Explained {
            lines = List.copyOf(lines);
        }
    }

    /** Everything the report shows. */
    public record Survey(String title, Scope scope, List<String> indices, List<String> reasons, List<QuestionRates> questions,
                         List<IndexRow> indexRows, List<StandardScores> standards, List<SampleLine> sample, List<ProfileLine> profiles,
                         List<InterviewerLine> interviewers, List<InterviewLine> interviews, List<Explained> explained) {
        public Survey {
            indices = List.copyOf(indices);
            reasons = List.copyOf(reasons);
            questions = List.copyOf(questions);
            indexRows = List.copyOf(indexRows);
            standards = List.copyOf(standards);
            sample = List.copyOf(sample);
            profiles = List.copyOf(profiles);
            interviewers = List.copyOf(interviewers);
            interviews = List.copyOf(interviews);
            explained = List.copyOf(explained);
        }
    }

    /** Excel's tallest row, 409 points, in lines of text as {@link RowHeights} counts them. */
    private static final int MOST_LINES = 28;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** The time written into the file when the round has no interview. */
    private static final Instant NO_INTERVIEW = ReportFile.NO_DATA_TIME;

    public void write(Survey survey, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            questions(new Table(workbook, styles, survey, "题目得分率", " 各题得分率",
                    new String[] {"题号", "题目", "指数（权重）", "范围", "问及", "有效回答", "正面", "其中不清楚", "得分率(%)"},
                    new int[] {6, 30, 11, 10, 6, 8, 6, 10, 9}), survey.questions());
            indices(workbook, styles, survey);
            standards(new Table(workbook, styles, survey, "测评标准", " 问卷调查测评标准得分",
                    new String[] {"编码", "测评标准", "分值", "对应题目", "范围", "得分率(%)", "得分"}, new int[] {10, 32, 6, 12, 10, 9, 8}),
                    survey.standards());
            sample(workbook, styles, survey);
            profiles(new Table(workbook, styles, survey, "样本结构", " 样本结构",
                    new String[] {"范围", "题目", "选项", "有效", "目标", "达成率(%)"}, new int[] {10, 34, 18, 7, 7, 9}), survey.profiles());
            interviewers(workbook, styles, survey);
            interviews(new Table(workbook, styles, survey, "访问明细", " 访问明细",
                    new String[] {"访问编号", "区县", "访问方式", "访问员", "开始时间", "用时", "结论"}, new int[] {10, 10, 8, 8, 16, 8, 40}),
                    survey.interviews());
            explained(new Table(workbook, styles, survey, "计算说明", " 计算说明", new String[] {"项目", "说明"}, new int[] {14, 80}),
                    survey.explained());
            ReportFile.write(workbook, survey.scope().pageHeader(), survey.scope().dataTime().orElse(NO_INTERVIEW), out);
        }
    }

    private static void questions(Table table, List<QuestionRates> questions) {
        for (QuestionRates question : questions) {
            int first = table.r;
            String index = question.index() == null ? "—" : question.index() + "（" + question.weight().toPlainString() + "）";
            int lines = table.linesEach(question.rates().size(), 1, question.text());
            for (Rate rate : question.rates()) {
                Row row = table.row(lines);
                boolean top = row.getRowNum() == first;
                table.text(row, 0, top ? question.code() : "");
                table.text(row, 1, top ? question.text() : "");
                table.text(row, 2, top ? index : "");
                table.text(row, 3, rate.group());
                table.number(row, 4, rate.asked());
                table.number(row, 5, rate.answered());
                table.number(row, 6, rate.positive());
                table.number(row, 7, rate.notReadAloud());
                table.percent(row, 8, rate.percent());
            }
            table.mergeDown(first, 0, 1, 2);
            table.keepTogether(first);
        }
    }

    private static void indices(Workbook workbook, ReportStyles styles, Survey survey) {
        List<String> headers = new ArrayList<>(List.of("范围", "访问", "有效访问"));
        survey.indices().forEach(i -> headers.add(i + "(%)"));
        int[] widths = IntStream.range(0, headers.size()).map(c -> c == 0 ? 12 : c < 3 ? 8 : 11).toArray();
        Table table = new Table(workbook, styles, survey, "指数", " 各项指数", headers.toArray(String[]::new), widths);
        for (IndexRow line : survey.indexRows()) {
            Row row = table.row(1);
            table.text(row, 0, line.group());
            table.number(row, 1, line.interviews());
            table.number(row, 2, line.valid());
            for (int i = 0; i < line.percents().size(); i++) {
                table.percent(row, 3 + i, line.percents().get(i));
            }
        }
        table.note("各指数 = Σ(题目权重 × 题目得分率) ÷ Σ(题目权重)，只计有有效回答的题目；每一数字的算式见“计算说明”表。");
    }

    private static void standards(Table table, List<StandardScores> standards) {
        for (StandardScores standard : standards) {
            int first = table.r;
            int lines = Math.max(table.linesEach(standard.rates().size(), 1, standard.text()),
                    table.linesEach(standard.rates().size(), 3, standard.questions()));
            for (StandardRate rate : standard.rates()) {
                Row row = table.row(lines);
                boolean top = row.getRowNum() == first;
                table.text(row, 0, top ? standard.code() : "");
                table.text(row, 1, top ? standard.text() : "");
                if (top) {
                    table.decimal(row, 2, standard.points());
                } else {
                    table.text(row, 2, "");
                }
                table.text(row, 3, !top ? "" : standard.questions().isEmpty() ? "（无）" : standard.questions());
                table.text(row, 4, rate.group());
                table.percent(row, 5, rate.percent());
                table.percent(row, 6, rate.earned());
            }
            table.mergeDown(first, 0, 1, 2, 3);
            table.keepTogether(first);
        }
        if (standards.isEmpty()) {
            table.note("本轮所用指标体系没有测评方法为“问卷调查”的测评标准。");
        } else {
            table.note("得分 = 分值 × 对应题目的加权得分率；没有题目对应、或对应题目无人有效回答的标准不计分（“—”），不记 0 分。");
        }
    }

    private static void sample(Workbook workbook, ReportStyles styles, Survey survey) {
        List<String> headers = new ArrayList<>(List.of("区县", "访问方式", "访问", "有效", "目标", "达成率(%)", "无效"));
        survey.reasons().forEach(reason -> headers.add("其中\n" + reason));
        headers.add("需复核\n（用时过短）");
        int[] widths = IntStream.range(0, headers.size()).map(c -> c == 0 ? 10 : c == 5 ? 9 : c < 7 ? 7 : c == headers.size() - 1 ? 10 : 9).toArray();
        Table table = new Table(workbook, styles, survey, "样本", " 样本构成与计划", headers.toArray(String[]::new), widths);
        for (SampleLine line : survey.sample()) {
            Row row = table.row(1);
            table.styled(row, 0, line.district(), line.total());
            table.styled(row, 1, line.method(), line.total());
            table.styled(row, 2, line.interviews(), line.total());
            table.styled(row, 3, line.valid(), line.total());
            table.target(row, 4, line.target(), line.total());
            List<Integer> counts = new ArrayList<>(List.of(line.invalidTotal()));
            counts.addAll(line.invalid());
            counts.add(line.flagged());
            for (int c = 0; c < counts.size(); c++) {
                table.styled(row, 6 + c, counts.get(c), line.total());
            }
        }
        table.note("目标、达成率来自本轮样本计划，按有效访问计（达成率 = 有效 ÷ 目标）；“—”为没有计划或没有目标，“计划外”为计划未列的区县、方式，"
                + "其有效访问计入小计、合计。无效访问不计入任何得分率；需复核的访问仍计入（用时短于 " + survey.scope().minimumDuration() + "）。"
                + "各份访问的结论见“访问明细”表，算法见“计算说明”表。");
    }

    private static void profiles(Table table, List<ProfileLine> profiles) {
        for (ProfileLine line : profiles) {
            Row row = table.row(Math.max(table.linesEach(1, 1, line.question()), table.linesEach(1, 2, line.option())));
            table.text(row, 0, line.scope());
            table.text(row, 1, line.question());
            table.text(row, 2, line.option());
            table.number(row, 3, line.valid());
            table.target(row, 4, line.target(), false);
        }
        table.note(profiles.isEmpty() ? "本轮样本计划没有样本结构目标（或本轮没有样本计划）：无可对比的目标（“—”）。"
                : "有效 = 选了该选项的有效访问份数（区县目标只计该区县的访问）；同一份访问可计入多条目标。达成率 = 有效 ÷ 目标。");
    }

    private static void interviewers(Workbook workbook, ReportStyles styles, Survey survey) {
        List<String> headers = new ArrayList<>(List.of("访问员", "访问", "有效", "无效"));
        survey.reasons().forEach(reason -> headers.add("其中\n" + reason));
        headers.addAll(List.of("需复核\n（用时过短）", "用时中位数\n（有效访问）", "目标", "达成率(%)"));
        int[] widths = IntStream.range(0, headers.size()).map(c -> c == 0 ? 8 : c < 4 ? 6 : c < 8 ? 9 : c == 8 ? 10 : c == 9 ? 12 : c == 10 ? 6 : 9).toArray();
        Table table = new Table(workbook, styles, survey, "访问员", " 访问员工作量", headers.toArray(String[]::new), widths);
        for (InterviewerLine line : survey.interviewers()) {
            Row row = table.row(1);
            table.styled(row, 0, line.interviewer(), line.total());
            List<Integer> counts = new ArrayList<>(List.of(line.interviews(), line.valid(), line.invalid().stream().mapToInt(Integer::intValue).sum()));
            counts.addAll(line.invalid());
            counts.add(line.flagged());
            for (int c = 0; c < counts.size(); c++) {
                table.styled(row, 1 + c, counts.get(c), line.total());
            }
            table.figure(row, 1 + counts.size(), line.medianDuration(), line.total());
            table.target(row, 2 + counts.size(), line.target(), line.total());
        }
        table.note("目标为分配给访问员的任务之和，按有效访问计（达成率 = 有效 ÷ 目标，有效含任务以外区县、方式的有效访问）；“—”为没有访问员任务，"
                + "“计划外”为没有分配任务的访问员。用时中位数只取有效访问。");
    }

    private static void interviews(Table table, List<InterviewLine> interviews) {
        for (InterviewLine line : interviews) {
            Row row = table.row(table.linesEach(1, 6, line.verdict()));
            table.text(row, 0, line.id());
            table.text(row, 1, line.district());
            table.text(row, 2, line.method());
            table.text(row, 3, line.interviewer());
            table.text(row, 4, line.started() == null ? "" : MINUTE.format(line.started()));
            table.text(row, 5, line.duration());
            table.text(row, 6, line.verdict());
        }
        table.filter();
    }

    private static void explained(Table table, List<Explained> explained) {
        for (Explained part : explained) {
            int first = table.r;
            int headingLines = table.linesEach(part.lines().size(), 0, part.heading());
            for (String line : part.lines()) {
                Row row = table.row(Math.max(headingLines, table.linesEach(1, 1, line)));
                table.text(row, 0, row.getRowNum() == first ? part.heading() : "");
                table.text(row, 1, line);
            }
            table.mergeDown(first, 0);
            table.keepTogether(first);
        }
    }

    /** One sheet: its title, its scope, a subtitle-free header row frozen (so it prints on every page), then its rows. */
    private static final class Table {
        private final Sheet sheet;
        private final ReportStyles styles;
        private final String[] headers;
        private final int[] widths;
        private final int headerRow;
        private int r;
        /** The printed height a page has for body rows under the rows repeated at its top, measured at full size. */
        private final double room;
        /** How much of the current page the body rows written so far take. */
        private double used;
        /** A subtotal's share in percent: grey and bold, two places; made when first needed. */
        private CellStyle totalNumber;
        /** Words among figures: right-aligned; made when first needed. */
        private CellStyle right;

        Table(Workbook workbook, ReportStyles styles, Survey survey, String name, String title, String[] headers, int[] widths) {
            this.sheet = workbook.createSheet(name);
            this.styles = styles;
            this.headers = headers;
            this.widths = widths;
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(24);
            ReportStyles.cell(titleRow, 0, styles.title).setCellValue(survey.title() + title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
            String scope = survey.scope().heading();
            Row scopeRow = sheet.createRow(1);
            ReportStyles.cell(scopeRow, 0, styles.scope).setCellValue(scope);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, widths.length - 1));
            RowHeights.fit(scopeRow, new String[] {scope}, new int[] {IntStream.of(widths).sum()}, 1);
            headerRow = 2;
            Row header = sheet.createRow(headerRow);
            for (int c = 0; c < headers.length; c++) {
                ReportStyles.cell(header, c, styles.header).setCellValue(headers[c]);
            }
            RowHeights.fit(header, headers, widths, 1);
            sheet.createFreezePane(0, headerRow + 1);
            r = headerRow + 1;
            room = PrintedPages.PAGE_POINTS - height(0, r);
        }

        private double height(int first, int end) {
            double height = 0;
            for (int row = first; row < end; row++) {
                height += sheet.getRow(row).getHeightInPoints();
            }
            return height;
        }

        /**
         * Rows {@code first} to the last written are one block (a question, a standard, a group's explanation): a block
         * that would run over the foot of a page starts the next one instead, unless it is longer than a page. Pages
         * are measured at full size; printed fitted to the width they hold a little more, so a block kept whole here
         * stays whole on paper.
         */
        void keepTogether(int first) {
            double block = height(first, r);
            if (used > 0 && used + block > room) {
                sheet.setRowBreak(first - 1);
                used = 0;
            }
            used = (used + block) % room;
        }

        /** A new body row {@code lines} lines of text tall, at most as tall as a spreadsheet row may be. */
        Row row(int lines) {
            Row row = sheet.createRow(r++);
            RowHeights.fit(row, new String[0], widths, Math.min(lines, MOST_LINES));
            return row;
        }

        /** How many lines each of {@code rows} rows needs so that {@code text}, merged down them in {@code column}, fits. */
        int linesEach(int rows, int column, String text) {
            return Math.max(1, (RowHeights.lines(text, widths[column]) + rows - 1) / Math.max(1, rows));
        }

        void text(Row row, int column, String value) {
            ReportStyles.cell(row, column, styles.body).setCellValue(CellText.fitted(value));
        }

        void number(Row row, int column, int value) {
            ReportStyles.cell(row, column, styles.body).setCellValue(value);
        }

        void decimal(Row row, int column, BigDecimal value) {
            ReportStyles.cell(row, column, styles.body).setCellValue(value.doubleValue());
        }

        /** A percent or points with two places, or "—" where there is none. */
        void percent(Row row, int column, BigDecimal value) {
            if (value == null) {
                ReportStyles.cell(row, column, styles.body).setCellValue("—");
            } else {
                ReportStyles.cell(row, column, styles.number).setCellValue(value.doubleValue());
            }
        }

        /** A target and its share reached in two cells from {@code column}, or the word why there is none and "—". */
        void target(Row row, int column, Target target, boolean total) {
            if (target.target() == null) {
                figure(row, column, target.absent(), total);
                figure(row, column + 1, "—", total);
                return;
            }
            styled(row, column, target.target(), total);
            if (target.percent() == null) {
                figure(row, column + 1, "—", total);
            } else {
                ReportStyles.cell(row, column + 1, total ? totalNumber() : styles.number).setCellValue(target.percent().doubleValue());
            }
        }

        /** Words in a column of figures ("—", 计划外, a duration) stand where the figures stand, on the right. */
        void figure(Row row, int column, String value, boolean total) {
            if (total) {
                styled(row, column, value, true);
                return;
            }
            if (right == null) {
                right = sheet.getWorkbook().createCellStyle();
                right.cloneStyleFrom(styles.body);
                right.setAlignment(HorizontalAlignment.RIGHT);
            }
            ReportStyles.cell(row, column, right).setCellValue(value);
        }

        private CellStyle totalNumber() {
            if (totalNumber == null) {
                totalNumber = styles.twoDecimals(styles.header);
            }
            return totalNumber;
        }

        /** A subtotal's cells are grey and bold like the headers. */
        void styled(Row row, int column, Object value, boolean total) {
            var cell = ReportStyles.cell(row, column, total ? styles.header : styles.body);
            if (value instanceof Integer n) {
                cell.setCellValue(n);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        }

        /** Merges each of {@code columns} from row {@code first} down to the last row written, where that spans two rows or more. */
        void mergeDown(int first, int... columns) {
            if (r - 1 > first) {
                for (int column : columns) {
                    sheet.addMergedRegion(new CellRangeAddress(first, r - 1, column, column));
                }
            }
        }

        /** A line of plain text under the table, across its width. */
        void note(String text) {
            Row row = sheet.createRow(++r);
            ReportStyles.cell(row, 0, styles.scope).setCellValue(text);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widths.length - 1));
            RowHeights.fit(row, new String[] {text}, new int[] {IntStream.of(widths).sum()}, 1);
            r++;
        }

        /** Filters on the header row, over the rows written (for a sheet without merged cells). */
        void filter() {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, headers.length - 1));
        }
    }
}
