package org.civicinspect.excel;

import org.civicinspect.model.ReportScope;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.model.Escalation;

/**
 * 通报: the workbook an office forwards after a round, read as a city's 双周督查测评通报. Its first sheet is the summary
 * as it is read out: the round, the city's figures and total after the negative list; 得分率 by site type and by
 * 测评项目; the red and black lists of districts, streets and units, then of sites, each with its change of rank;
 * the standards that lost points, weakest first; rectification (整改率 by unit, overdue and 红, 白/黄/红 totals, the
 * 流动黑牌 and the units criticised); 典型问题曝光 with photos; the negative list. Then the full rankings, the standards analysis
 * and the negative-list events.
 */
public final class BulletinWriter {

    /** A labelled figure of the summary: a number (stored as a number) with its unit, or a text. */
    public record Fact(String label, Object value, String unit) {
    }

    /** One negative-list event as it is listed. */
    public record Event(LocalDate date, String standardCode, String standardText, String description, BigDecimal deduction) {
    }

    /**
     * A group's figures (a site type, a 测评项目): rates in percent, null when nothing was scored (shown "—");
     * {@code change} of 得分率 against the previous round in points, null when there is nothing to compare;
     * {@code awaitingReview} of its sites are counted while their inspection still waits for review.
     */
    public record Share(String group, int sites, int awaitingReview, int findings, BigDecimal scoreRate, BigDecimal complianceRate,
                        int problems, BigDecimal change) {

        /** The group's name as the table prints it: built partly from sites awaiting review, it says how many. */
        public String shownGroup() {
            return CellText.groupName(group, awaitingReview);
        }
    }

    /**
     * A site on the red or black list ({@code mark} 红榜 or 黑榜), with where it is and who answers for it; one counted
     * while its inspection still waits for review is marked 待审核.
     */
    public record ListedSite(String mark, int rank, String site, String siteType, String place, String unit, BigDecimal scoreRate,
                             String rankChange, boolean awaitingReview) {

        /** The site's name as the list prints it. */
        public String shownName() {
            return awaitingReview ? site + "（待审核）" : site;
        }
    }

    /** A unit's rectification: problems due, fixed, 整改率 (percent), overdue, 红, failed rechecks, and its list (整改红榜, 整改黑榜 or none). */
    public record UnitRectification(String list, String unit, int due, int fixed, BigDecimal rate, int overdue, int red, int failedRechecks) {
    }

    /**
     * The rectification section: judged on the problems due by {@code asOf}; the city's totals ({@code rate} null when
     * nothing was due), the open problems' 白/黄/红 counts, each unit, who holds the 流动黑牌 (null: nobody) and whom it
     * passed from (null: it did not change hands), the units criticised by name, and the 包联单位 ranked by 整改率, best
     * first (none where no site names a 包联单位 with a problem due).
     */
    public record Rectification(LocalDate asOf, int due, int fixed, BigDecimal rate, int overdue, int red, int white, int yellow, int redOpen,
                                List<UnitRectification> units, String placardHolder, String placardFrom, List<String> criticised,
                                List<UnitRectification> partners) {
        public Rectification {
            units = List.copyOf(units);
            criticised = List.copyOf(criticised);
            partners = List.copyOf(partners);
        }

        /** Without a 包联 ranking. */
        public Rectification(LocalDate asOf, int due, int fixed, BigDecimal rate, int overdue, int red, int white, int yellow, int redOpen,
                             List<UnitRectification> units, String placardHolder, String placardFrom, List<String> criticised) {
            this(asOf, due, fixed, rate, overdue, red, white, yellow, redOpen, units, placardHolder, placardFrom, criticised, List.of());
        }
    }

    /** A problem of 典型问题曝光: its photo (null when none), what, where, whose, by when, its 督办等级 and remarks (复发 …). */
    public record ExposedProblem(Path photo, String standard, String description, String site, String place, String unit, LocalDate deadline,
                                 Escalation escalation, String remark) {

        /** The 督办等级 as the table prints it; a problem closed since has none and is said to be 已销号. */
        String shownEscalation() {
            return escalation == Escalation.NONE ? "已销号" : EscalationStyles.name(escalation);
        }
    }

    /**
     * An index of the survey: the city's percent and the district or districts lowest on it, each named with its valid
     * interviews (null percent: "—").
     */
    public record SurveyIndexLine(String index, BigDecimal city, String lowest, BigDecimal lowestPercent) {
    }

    /** The 问卷调查 section: what it counts, in one sentence, and each index of the questionnaire. */
    public record SurveySection(String scope, List<SurveyIndexLine> indices) {
        public SurveySection {
            indices = List.copyOf(indices);
        }
    }

    /**
     * Everything the bulletin shows. {@code rankings} are the full rankings, of which the summary repeats the lines marked
     * 红榜 or 黑榜; {@code unrankedSites} were visited but answered entirely 不适用; {@code weakest} are the standards
     * below full marks to name in the summary, {@code standards} every standard for the analysis sheet.
     */
    public record Bulletin(String title, List<Fact> facts, List<Share> bySiteType, List<Share> byCategory, List<RankingSheet> rankings,
                           List<ListedSite> sites, List<String> unrankedSites, List<StandardAnalysisWriter.Line> weakest,
                           List<StandardAnalysisWriter.Line> standards, Rectification rectification, List<ExposedProblem> exposed,
                           List<Event> events, SurveySection survey) {

        /** A bulletin of a round without interviews: it has no 问卷调查 section. */
        public Bulletin(String title, List<Fact> facts, List<Share> bySiteType, List<Share> byCategory, List<RankingSheet> rankings,
                        List<ListedSite> sites, List<String> unrankedSites, List<StandardAnalysisWriter.Line> weakest,
                        List<StandardAnalysisWriter.Line> standards, Rectification rectification, List<ExposedProblem> exposed, List<Event> events) {
            this(title, facts, bySiteType, byCategory, rankings, sites, unrankedSites, weakest, standards, rectification, exposed, events, null);
        }

        public Bulletin {
            exposed = List.copyOf(exposed);
            facts = List.copyOf(facts);
            bySiteType = List.copyOf(bySiteType);
            byCategory = List.copyOf(byCategory);
            rankings = List.copyOf(rankings);
            sites = List.copyOf(sites);
            unrankedSites = List.copyOf(unrankedSites);
            weakest = List.copyOf(weakest);
            standards = List.copyOf(standards);
            events = List.copyOf(events);
        }
    }

    static final String SUMMARY = "通报";
    private static final int COLUMNS = 8;
    // The first column also holds the photos of 典型问题曝光: wide enough for a 4:3 thumbnail in a photo row.
    private static final int[] WIDTHS = {16, 22, 10, 10, 10, 10, 10, 10};
    /** A fact's label, value and its unit merged across the remaining columns. */
    private static final int[] FACT_WIDTHS = {WIDTHS[0], WIDTHS[1], java.util.stream.IntStream.of(WIDTHS).skip(2).sum()};
    private static final String[] SECTIONS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    public void write(Bulletin bulletin, ReportScope scope, String subtitle, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook);
            new Summary(workbook.createSheet(SUMMARY), styles).write(bulletin, scope);
            RankingWorkbookWriter.addSheets(workbook, styles, bulletin.title(), scope, subtitle, bulletin.rankings());
            StandardAnalysisWriter.addSheet(workbook, styles, "指标达标分析", bulletin.title() + " 指标达标分析", scope, subtitle, bulletin.standards());
            events(workbook.createSheet("负面清单"), styles, bulletin, scope);
            ReportFile.write(workbook, scope, out);
        }
    }

    /** The summary sheet, written top to bottom; its sections are numbered as they come. */
    private static final class Summary {
        private static final float LINE_OF_TEXT = RowHeights.LINE_POINTS + 4;
        private final Sheet sheet;
        private final ReportStyles styles;
        private final CellStyle red;
        private final CellStyle black;
        private final CellStyle redNumber;
        private final CellStyle blackNumber;
        private final CellStyle wrapped;
        private final CellStyle date;
        private final Thumbnails thumbnails;
        private int r;
        private int sections;
        /** The first row of each part that prints on one page where it can: a section, or a table's heading within one. */
        private final List<Integer> parts = new ArrayList<>();
        private int afterSectionHeading;

        Summary(Sheet sheet, ReportStyles styles) {
            this.sheet = sheet;
            this.styles = styles;
            red = styles.red;
            black = styles.black;
            redNumber = styles.twoDecimals(red);
            blackNumber = styles.twoDecimals(black);
            wrapped = sheet.getWorkbook().createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            date = sheet.getWorkbook().createCellStyle();
            date.cloneStyleFrom(styles.body);
            date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
            thumbnails = new Thumbnails(sheet.getWorkbook());
        }

        void write(Bulletin bulletin, ReportScope scope) {
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            r = title(sheet, styles, bulletin.title() + " 测评情况通报", scope, WIDTHS);
            facts(bulletin.facts());
            shares(bulletin.bySiteType(), bulletin.byCategory());
            groupLists(bulletin.rankings());
            siteLists(bulletin.sites(), bulletin.unrankedSites());
            weakest(bulletin.weakest());
            rectification(bulletin.rectification());
            if (!bulletin.rectification().partners().isEmpty()) {
                partners(bulletin.rectification());
            }
            exposed(bulletin.exposed());
            if (bulletin.survey() != null) {
                survey(bulletin.survey());
            }
            section("负面清单");
            note(bulletin.events().isEmpty() ? "本期未发生负面清单事件。"
                    : "本期发生负面清单事件 " + bulletin.events().size() + " 件，详见“负面清单”表。");
            breakPages();
        }

        /**
         * Print titles head every page of a sheet alike, so a table of the summary that ran over the foot of a page would go on
         * without its column headers: a part that would cross the foot starts a new page instead. Pages are measured at
         * full size; fitted to the width a page prints smaller (how much depends on the fonts at hand) and holds more, so
         * a part kept on one page here stays on one there. Only a part longer than a page runs on over a foot (so it
         * starts where it comes), and there the measure and the print part ways: the page after it starts anew.
         */
        private void breakPages() {
            parts.add(r);
            double used = height(0, parts.get(0));
            for (int p = 0; p + 1 < parts.size(); p++) {
                int first = parts.get(p);
                int next = parts.get(p + 1);
                double part = height(first, next);
                if (used > 0 && used + part > PrintedPages.PAGE_POINTS && part <= PrintedPages.PAGE_POINTS) {
                    sheet.setRowBreak(first - 1);
                    used = 0;
                }
                used += part;
                if (used > PrintedPages.PAGE_POINTS && next < r) {
                    sheet.setRowBreak(next - 1);
                    used = 0;
                }
            }
        }

        /** The printed height of rows {@code first} to {@code end}, that one not included. */
        private double height(int first, int end) {
            double height = 0;
            for (int row = first; row < end; row++) {
                height += height(row);
            }
            return height;
        }

        /** A row's printed height: one without a height of its own holds a line of Chinese text, as tall as RowHeights makes it. */
        private float height(int row) {
            Row written = sheet.getRow(row);
            return written == null ? LINE_OF_TEXT : Math.max(LINE_OF_TEXT, written.getHeightInPoints());
        }

        private void facts(List<Fact> facts) {
            section("总体情况");
            for (Fact fact : facts) {
                Row row = sheet.createRow(r++);
                ReportStyles.cell(row, 0, styles.header).setCellValue(fact.label());
                Cell value = ReportStyles.cell(row, 1, styles.body);
                if (fact.value() instanceof BigDecimal d) {
                    value.setCellValue(d.doubleValue());
                    value.setCellStyle(styles.number);
                } else if (fact.value() instanceof Integer n) {
                    value.setCellValue(n);
                } else {
                    value.setCellValue(String.valueOf(fact.value()));
                }
                ReportStyles.cell(row, 2, styles.body).setCellValue(fact.unit());
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, COLUMNS - 1));
                RowHeights.fit(row, new String[] {fact.label(), "", fact.unit()}, FACT_WIDTHS, 1);
            }
        }

        private void shares(List<Share> bySiteType, List<Share> byCategory) {
            section("分类得分情况");
            subheading("（一）按点位类型");
            shareTable("点位类型", bySiteType);
            subheading("（二）按测评项目");
            shareTable("测评项目", byCategory);
        }

        private void shareTable(String heading, List<Share> shares) {
            tableHeader("序号", heading, "测评点位数", "测评结果数", "得分率(%)", "达标率(%)", "问题数", "较上期\n(百分点)");
            int n = 1;
            for (Share share : shares) {
                Row row = sheet.createRow(r++);
                ReportStyles.cell(row, 0, styles.body).setCellValue(n++);
                ReportStyles.cell(row, 1, styles.body).setCellValue(share.shownGroup());
                ReportStyles.cell(row, 2, styles.body).setCellValue(share.sites());
                ReportStyles.cell(row, 3, styles.body).setCellValue(share.findings());
                rate(row, 4, share.scoreRate(), styles.number, styles.body);
                rate(row, 5, share.complianceRate(), styles.number, styles.body);
                ReportStyles.cell(row, 6, styles.body).setCellValue(share.problems());
                rate(row, 7, share.change(), styles.number, styles.body);
                RowHeights.fit(row, new String[] {"", share.shownGroup()}, WIDTHS, 1);
            }
        }

        private void groupLists(List<RankingSheet> rankings) {
            section("区县、街道、责任单位红黑榜");
            tableHeader("类别", "名称", "得分率(%)", "排名", "较上期\n(百分点)", "名次变化", "榜单");
            for (RankingSheet ranking : rankings) {
                for (RankingSheet.Line line : ranking.lines()) {
                    if (line.mark().isEmpty()) {
                        continue;
                    }
                    Row row = sheet.createRow(r++);
                    boolean onRed = "红榜".equals(line.mark());
                    CellStyle style = onRed ? red : black;
                    CellStyle number = onRed ? redNumber : blackNumber;
                    ReportStyles.cell(row, 0, style).setCellValue(ranking.groupHeading());
                    ReportStyles.cell(row, 1, style).setCellValue(line.shownGroup());
                    ReportStyles.cell(row, 2, number).setCellValue(line.scoreRate().doubleValue());
                    ReportStyles.cell(row, 3, style).setCellValue(line.rank());
                    rate(row, 4, line.change(), number, style);
                    ReportStyles.cell(row, 5, style).setCellValue(line.rankChange());
                    ReportStyles.cell(row, 6, style).setCellValue(line.mark());
                    RowHeights.fit(row, new String[] {"", line.shownGroup()}, WIDTHS, 1);
                }
            }
        }

        private void siteLists(List<ListedSite> sites, List<String> unranked) {
            section("点位红黑榜");
            tableHeader("榜单", "点位名称", "排名", "得分率(%)", "名次变化", "点位类型", "所在区县街道", "责任单位");
            for (ListedSite site : sites) {
                Row row = sheet.createRow(r++);
                boolean onRed = "红榜".equals(site.mark());
                CellStyle style = onRed ? red : black;
                ReportStyles.cell(row, 0, style).setCellValue(site.mark());
                ReportStyles.cell(row, 1, style).setCellValue(site.shownName());
                ReportStyles.cell(row, 2, style).setCellValue(site.rank());
                ReportStyles.cell(row, 3, onRed ? redNumber : blackNumber).setCellValue(site.scoreRate().doubleValue());
                ReportStyles.cell(row, 4, style).setCellValue(site.rankChange());
                ReportStyles.cell(row, 5, style).setCellValue(site.siteType());
                ReportStyles.cell(row, 6, style).setCellValue(site.place());
                ReportStyles.cell(row, 7, style).setCellValue(site.unit());
                RowHeights.fit(row, new String[] {"", site.shownName(), "", "", "", site.siteType(), site.place(), site.unit()}, WIDTHS, 1);
            }
            if (!unranked.isEmpty()) {
                note("未参与排名（全部不适用，无得分率）：" + String.join("、", unranked));
            }
        }

        private void weakest(List<StandardAnalysisWriter.Line> weakest) {
            section("失分较多的测评标准");
            if (weakest.isEmpty()) {
                note("本期测评的标准均得满分。");
                return;
            }
            tableHeader("编码", "测评标准", "测评项目", "得分率(%)", "达标率(%)", "问题数", "测评点位数");
            for (StandardAnalysisWriter.Line line : weakest) {
                Row row = sheet.createRow(r++);
                ReportStyles.cell(row, 0, styles.body).setCellValue(line.code());
                ReportStyles.cell(row, 1, styles.body).setCellValue(line.text());
                ReportStyles.cell(row, 2, styles.body).setCellValue(line.category());
                ReportStyles.cell(row, 3, styles.number).setCellValue(line.scoreRate().doubleValue());
                ReportStyles.cell(row, 4, styles.number).setCellValue(line.complianceRate().doubleValue());
                ReportStyles.cell(row, 5, styles.body).setCellValue(line.problems());
                ReportStyles.cell(row, 6, styles.body).setCellValue(line.sites());
                RowHeights.fit(row, new String[] {line.code(), line.text(), line.category()}, WIDTHS, 1);
            }
        }

        private void rectification(Rectification rectification) {
            section("整改情况");
            if (rectification.due() == 0) {
                note("截至 " + rectification.asOf() + "，没有到期的整改问题。");
            } else {
                note("截至 " + rectification.asOf() + "，到期问题 " + rectification.due() + " 个，已整改销号 " + rectification.fixed() + " 个，整改率 "
                        + rectification.rate().toPlainString() + "%；逾期未整改 " + rectification.overdue() + " 个，其中红牌 " + rectification.red() + " 个。");
            }
            note("在办问题督办等级：白牌 " + rectification.white() + " 个，黄牌 " + rectification.yellow() + " 个，红牌 " + rectification.redOpen() + " 个。");
            if (!rectification.units().isEmpty()) {
                // The table stays with the section's figures above it (no part of its own begins at its heading).
                r = heading(sheet, styles, r, "各责任单位整改情况（按整改率由低到高）");
                unitTable("责任单位", rectification.units());
            }
            note(rectification.placardHolder() == null ? "流动黑牌：本期无单位持有。"
                    : "流动黑牌：" + rectification.placardHolder()
                            + (rectification.placardFrom() == null ? "。" : "（由 " + rectification.placardFrom() + " 移交）。"));
            note(rectification.criticised().isEmpty() ? "通报批评：无。" : "通报批评：" + String.join("、", rectification.criticised()) + "。");
        }

        /** The 包联单位 ranked by 整改率 over the problems due at their sites, with their own red and black lists. */
        private void partners(Rectification rectification) {
            section("包联单位整改红黑榜");
            note("按包联点位上截至 " + rectification.asOf() + " 到期问题的整改率由高到低排列；计法与各责任单位整改率相同。");
            unitTable("包联单位", rectification.partners());
        }

        /**
         * A table of units' rectification, each on the list it is on. Every unit is listed, however many: the first page
         * holds as many lines as fit under what is above and the column headers, each further page starts with the column
         * headers again and holds as many as fit under them.
         */
        private void unitTable(String who, List<UnitRectification> units) {
            String[] headings = {"榜单", who, "到期问题", "已整改", "整改率(%)", "逾期", "红牌", "复查未通过"};
            tableHeader(headings);
            int room = (int) ((PrintedPages.PAGE_POINTS - height(parts.get(parts.size() - 1), r)) / LINE_OF_TEXT);
            for (UnitRectification unit : units) {
                if (room-- == 0) {
                    parts.add(r);
                    tableHeader(headings);
                    room = (int) ((PrintedPages.PAGE_POINTS - height(r - 1, r)) / LINE_OF_TEXT) - 1;
                }
                Row row = sheet.createRow(r++);
                boolean onRed = "整改红榜".equals(unit.list());
                CellStyle style = unit.list().isEmpty() ? styles.body : onRed ? red : black;
                ReportStyles.cell(row, 0, style).setCellValue(unit.list());
                ReportStyles.cell(row, 1, style).setCellValue(unit.unit());
                ReportStyles.cell(row, 2, style).setCellValue(unit.due());
                ReportStyles.cell(row, 3, style).setCellValue(unit.fixed());
                ReportStyles.cell(row, 4, unit.list().isEmpty() ? styles.number : onRed ? redNumber : blackNumber)
                        .setCellValue(unit.rate().doubleValue());
                ReportStyles.cell(row, 5, style).setCellValue(unit.overdue());
                ReportStyles.cell(row, 6, style).setCellValue(unit.red());
                ReportStyles.cell(row, 7, style).setCellValue(unit.failedRechecks());
            }
        }

        private void exposed(List<ExposedProblem> exposed) {
            section("典型问题曝光");
            if (exposed.isEmpty()) {
                note("本期尚无立案的整改问题。");
                return;
            }
            tableHeader("照片", "问题", "点位", "所在区县街道", "责任单位", "整改期限", "督办等级", "备注");
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            EscalationStyles colours = new EscalationStyles(styles);
            for (ExposedProblem problem : exposed) {
                Row row = sheet.createRow(r++);
                String what = problem.description().isBlank() ? problem.standard() : problem.standard() + "：" + problem.description();
                ReportStyles.cell(row, 0, styles.body).setCellValue(problem.photo() == null ? "无照片" : "");
                ReportStyles.cell(row, 1, styles.body).setCellValue(CellText.fitted(what));
                ReportStyles.cell(row, 2, styles.body).setCellValue(problem.site());
                ReportStyles.cell(row, 3, styles.body).setCellValue(problem.place());
                ReportStyles.cell(row, 4, styles.body).setCellValue(problem.unit());
                ReportStyles.cell(row, 5, date).setCellValue(problem.deadline());
                ReportStyles.cell(row, 6, colours.of(problem.escalation())).setCellValue(problem.shownEscalation());
                ReportStyles.cell(row, 7, styles.body).setCellValue(CellText.fitted(problem.remark()));
                RowHeights.fit(row, new String[] {"", what, problem.site(), problem.place(), problem.unit(), "", "", problem.remark()}, WIDTHS, 1);
                if (problem.photo() != null && thumbnails.place(drawing, problem.photo(), row.getRowNum(), 0)) {
                    row.setHeightInPoints(Math.max(row.getHeightInPoints(), ReportStyles.PHOTO_ROW_POINTS));
                } else if (problem.photo() != null) {
                    row.getCell(0).setCellValue("照片无法读取");
                }
            }
        }

        private void survey(SurveySection survey) {
            section("问卷调查");
            note(survey.scope());
            tableHeader("指数", "得分率最低的区县", "全市(%)", "该区县(%)");
            for (SurveyIndexLine line : survey.indices()) {
                Row row = sheet.createRow(r++);
                ReportStyles.cell(row, 0, styles.body).setCellValue(line.index());
                ReportStyles.cell(row, 1, styles.body).setCellValue(line.lowest());
                rate(row, 2, line.city(), styles.number, styles.body);
                rate(row, 3, line.lowestPercent(), styles.number, styles.body);
                RowHeights.fit(row, new String[] {line.index(), line.lowest()}, WIDTHS, 1);
            }
        }

        /** A numbered section heading, after one blank row, which stays with what it follows: a page starts at a heading. */
        private void section(String text) {
            parts.add(r + 1);
            r = heading(sheet, styles, r + 1, SECTIONS[sections++] + "、" + text);
            afterSectionHeading = r;
        }

        /** A heading within a section; unless the section's heading is just above it, a new part starts here. */
        private void subheading(String text) {
            if (r != afterSectionHeading) {
                parts.add(r);
            }
            r = heading(sheet, styles, r, text);
        }

        private void tableHeader(String... headings) {
            r = BulletinWriter.tableHeader(sheet, styles, r, headings);
            RowHeights.fit(sheet.getRow(r - 1), headings, WIDTHS, 1);
        }

        private void note(String text) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(wrapped);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
            RowHeights.fit(row, new String[] {text}, new int[] {IntStream.of(WIDTHS).sum()}, 1);
            r++;
        }

        /** A rate or change in percent, or "—" where there is none. */
        private static void rate(Row row, int column, BigDecimal value, CellStyle number, CellStyle text) {
            if (value == null) {
                ReportStyles.cell(row, column, text).setCellValue("—");
            } else {
                ReportStyles.cell(row, column, number).setCellValue(value.doubleValue());
            }
        }
    }

    private static void events(Sheet sheet, ReportStyles styles, Bulletin bulletin, ReportScope scope) {
        int[] widths = {12, 12, 34, 36, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = title(sheet, styles, bulletin.title() + " 负面清单事件", scope, widths);
        r = tableHeader(sheet, styles, r + 1, "日期", "编码", "测评标准", "事件描述", "扣分");
        sheet.createFreezePane(0, r);
        CellStyle date = sheet.getWorkbook().createCellStyle();
        date.cloneStyleFrom(styles.body);
        date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
        BigDecimal total = BigDecimal.ZERO;
        for (Event e : bulletin.events()) {
            Row row = sheet.createRow(r++);
            ReportStyles.cell(row, 0, date).setCellValue(e.date());
            ReportStyles.cell(row, 1, styles.body).setCellValue(e.standardCode());
            ReportStyles.cell(row, 2, styles.body).setCellValue(e.standardText());
            ReportStyles.cell(row, 3, styles.body).setCellValue(CellText.fitted(e.description()));
            ReportStyles.cell(row, 4, styles.number).setCellValue(e.deduction().doubleValue());
            RowHeights.fit(row, new String[] {"", "", e.standardText(), e.description(), ""}, widths, 1);
            total = total.add(e.deduction());
        }
        Row sum = sheet.createRow(r);
        ReportStyles.cell(sum, 0, styles.header).setCellValue("合计");
        for (int c = 1; c < 4; c++) {
            ReportStyles.cell(sum, c, styles.header);
        }
        ReportStyles.cell(sum, 4, styles.number).setCellValue(total.doubleValue());
    }

    /** The title and, under it, the scope; returns the next row. */
    private static int title(Sheet sheet, ReportStyles styles, String text, ReportScope scope, int[] widths) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(26);
        ReportStyles.cell(row, 0, styles.title).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
        return ScopeText.headingRow(sheet, styles, 1, widths, scope);
    }

    private static int heading(Sheet sheet, ReportStyles styles, int r, String text) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        CellStyle style = sheet.getWorkbook().createCellStyle();
        style.setFont(styles.bold);
        cell.setCellStyle(style);
        return r + 1;
    }

    private static int tableHeader(Sheet sheet, ReportStyles styles, int r, String... headings) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < headings.length; c++) {
            ReportStyles.cell(row, c, styles.header).setCellValue(headings[c]);
        }
        return r + 1;
    }

}
