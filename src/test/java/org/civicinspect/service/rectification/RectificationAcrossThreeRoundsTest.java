package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.rectification.ShowRectificationStanding.Standing;
import org.civicinspect.service.rectification.ShowRectificationStanding.UnitStanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three rounds at four sites of four units, every figure worked out by hand. Rounds end 9 January, 30 January and
 * 20 February 2026; a problem is due 7 days after the round that raised it ends; 红 is more than 7 days overdue or 2
 * failed rechecks; 黄 is at most 3 days left. The clock (for the problem list's colours) stands at 27 November 2026.
 *
 * <pre>
 * problem   site (unit)                    round 1                  between          round 2                 between      round 3
 * A1        market s0 (城东区市场监管局)     raised, due 01-16        整改中 → 待复查   recheck passes: 销号
 * A3        market s0                                                                                                      recurs (复发), due 02-27
 * B1        hospital s0 (市卫健委)           raised, due 01-16                         recheck fails (1)                    recheck fails (2)
 * B1b       hospital s1                    raised, due 01-16                         recheck passes: 销号
 * C1        square s0 (城西区城管局)         raised, due 01-16        deadline → 02-06  不适用: left open      整改中       不适用: left open
 * D2        park s0 (城西区园林局)                                                     raised, due 02-06                    recheck passes: 销号
 * </pre>
 * After round 3, B1 is closed by hand: the rounds already published keep their standing.
 */
class RectificationAcrossThreeRoundsTest {

    private static final String MARKET = "东湖农贸市场";
    private static final String HOSPITAL = "市第一人民医院";
    private static final String SQUARE = "市民广场";
    private static final String PARK = "西山公园";
    private static final String A = "城东区市场监管局";
    private static final String B = "市卫健委";
    private static final String C = "城西区城管局";
    private static final String D = "城西区园林局";

    @TempDir Path temp;
    private Services services;

    private enum Says { FAILS, PASSES, NOT_APPLICABLE }

    /** A round of the four sites, approved: each site's first two standards answer as given, the rest pass. */
    private Round round(String name, LocalDate start, Map<String, List<Says>> answers) {
        Round round = services.createRound().run(name, "latest", start, start.plusDays(4), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 1));
        List<DrawnSite> drawn = services.assignTeams().run(round.id(), List.of()).drawn();
        assertEquals(4, drawn.size(), "three must-check sites and the park");
        for (DrawnSite site : drawn) {
            List<Standard> checklist = services.openInspection().run(round.id(), site.site().id()).standards();
            List<Says> says = answers.getOrDefault(site.site().name(), List.of());
            for (int i = 0; i < checklist.size(); i++) {
                Standard s = checklist.get(i);
                Says answer = i < says.size() ? says.get(i) : Says.PASSES;
                services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(), switch (answer) {
                    case FAILS -> ShowRectificationStandingTest.failing(s);
                    case PASSES -> ShowRectificationStandingTest.passing(s);
                    case NOT_APPLICABLE -> Answer.notApplicable();
                }, answer == Says.FAILS ? name + "：" + site.site().name() + "仍有问题" : "", List.of(), "张伟"));
            }
            services.completeInspection().run(round.id(), site.site().id());
            TestWorkspaces.signInSupervisor(services, "陈主任");
            services.reviewInspection().approve(round.id(), site.site().id());
        }
        return round;
    }

    private String code(String site, int index) {
        Round round = services.showRound().list().get(0);
        String siteId = services.showRound().run(round.id()).drawn().stream().filter(d -> d.site().name().equals(site)).findFirst().orElseThrow()
                .site().id();
        return services.openInspection().run(round.id(), siteId).standards().get(index).code();
    }

    /** The problem raised at the site and standard in the round. */
    private Problem problem(String site, int index, String round) {
        String code = code(site, index);
        return services.listProblems().run(round, ListProblems.Filter.ALL).problems().stream()
                .filter(l -> l.place().name().equals(site) && l.problem().standardCode().equals(code)).map(ListProblems.Listed::problem)
                .filter(p -> p.roundId().equals(services.showRound().run(round).round().id())).findFirst().orElseThrow();
    }

    private static List<String> names(List<UnitStanding> units) {
        return units.stream().map(UnitStanding::unit).toList();
    }

    @Test
    void statusesDeadlinesRatesListsAndThePlacardFollowTheRounds() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");

        round("第1期", LocalDate.of(2026, 1, 5), Map.of(MARKET, List.of(Says.FAILS), HOSPITAL, List.of(Says.FAILS, Says.FAILS),
                SQUARE, List.of(Says.FAILS)));
        Problem a1 = problem(MARKET, 0, "第1期");
        Problem b1 = problem(HOSPITAL, 0, "第1期");
        Problem c1 = problem(SQUARE, 0, "第1期");
        services.updateProblem().move(List.of(a1.id()), ProblemStatus.FIXING, "已安排", List.of(), "城东区市场监管局");
        services.updateProblem().move(List.of(a1.id()), ProblemStatus.TO_RECHECK, "已整改", List.of(), "城东区市场监管局");
        services.updateProblem().changeDeadline(c1.id(), LocalDate.of(2026, 2, 6), "春节期间施工队停工", "陈主任");

        round("第2期", LocalDate.of(2026, 1, 26), Map.of(MARKET, List.of(Says.PASSES), HOSPITAL, List.of(Says.FAILS, Says.PASSES),
                SQUARE, List.of(Says.NOT_APPLICABLE), PARK, List.of(Says.FAILS)));
        Problem d2 = problem(PARK, 0, "第2期");
        services.updateProblem().move(List.of(c1.id()), ProblemStatus.FIXING, "正在施工", List.of(), "城西区城管局");

        round("第3期", LocalDate.of(2026, 2, 16), Map.of(MARKET, List.of(Says.FAILS), HOSPITAL, List.of(Says.FAILS),
                SQUARE, List.of(Says.NOT_APPLICABLE), PARK, List.of(Says.PASSES)));
        Problem a3 = problem(MARKET, 0, "第3期");

        // Round 1, as of 9 January: every deadline (16 January) is still ahead, 7 days left: 白.
        Standing first = services.showRectificationStanding().of("第1期", 3);
        assertEquals(List.of(), first.units(), "nothing was due");
        assertEquals(List.of(), first.redList());
        assertEquals(List.of(), first.blackList());
        assertNull(first.placardHolder());
        assertEquals(List.of(4, 0, 0), List.of(first.white(), first.yellow(), first.red()), "A1, B1, B1b, C1");

        // Round 2, as of 30 January. Due: A1, B1, B1b (16 January); C1 moved to 6 February, D2 due 6 February: not due.
        // A: A1 fixed: 1 of 1. B: B1b fixed, B1 failed its recheck, 30 - 16 = 14 days overdue (> 7: 红): 1 of 2.
        Standing second = services.showRectificationStanding().of("第2期", 3);
        assertEquals(LocalDate.of(2026, 1, 30), second.asOf());
        assertEquals(List.of(new UnitStanding(B, 2, 1, 1, 14, 1, 1), new UnitStanding(A, 1, 1, 0, 0, 0, 0)), second.units());
        assertEquals(new java.math.BigDecimal("0.5"), second.units().get(0).rate());
        assertEquals(List.of(B), names(second.blackList()), "2 units, fewer than 2 × 3: each list takes 2 / 2 = 1");
        assertEquals(List.of(A), names(second.redList()));
        assertEquals(List.of(B), names(second.criticised()));
        assertEquals(B, second.placardHolder());
        assertNull(second.placardFrom(), "nobody held it before");
        // open then: B1 红; C1 and D2 due 6 February, 7 days left: 白
        assertEquals(List.of(2, 0, 1), List.of(second.white(), second.yellow(), second.red()));
        assertEquals(List.of(HOSPITAL, PARK), second.worst().stream().map(ShowRectificationStanding.Exposed::site).toList(),
                "the round's problems: B1 (its recheck failed, 红) before D2 (new)");

        // Round 3, as of 20 February. Due: A1, B1, B1b, C1 (6 February), D2 (6 February); A3 is due 27 February.
        // A 1/1; B 1/2, B1 35 days overdue (16 January to 20 February), 红, failed recheck; C 0/1, C1 14 days overdue, 红; D 1/1.
        Standing third = services.showRectificationStanding().of("第3期", 3);
        assertEquals(List.of(new UnitStanding(C, 1, 0, 1, 14, 1, 0), new UnitStanding(B, 2, 1, 1, 35, 1, 1),
                new UnitStanding(A, 1, 1, 0, 0, 0, 0), new UnitStanding(D, 1, 1, 0, 0, 0, 0)), third.units(),
                "worst first: C (0%) before B (50%); A and D (100%) by name");
        assertEquals(List.of(C, B), names(third.blackList()), "4 units: each list takes 4 / 2 = 2");
        assertEquals(List.of(A, D), names(third.redList()));
        assertEquals(C, third.placardHolder());
        assertEquals(B, third.placardFrom(), "the placard passed from 市卫健委");
        // open then: A3 (7 days left) 白; B1 and C1 红
        assertEquals(List.of(1, 0, 2), List.of(third.white(), third.yellow(), third.red()));
        assertEquals(List.of(HOSPITAL, MARKET), third.worst().stream().map(ShowRectificationStanding.Exposed::site).toList());
        assertTrue(third.worst().get(1).recurred());

        Path thirdSupervision = temp.resolve("督办-3.xlsx");
        assertEquals(3, services.exportSupervision().run("第3期", thirdSupervision), "A, B and C have problems open on 20 February");
        Path secondSupervision = temp.resolve("督办-2.xlsx");
        assertEquals(3, services.exportSupervision().run("第2期", secondSupervision), "B, C and D have problems open on 30 January");

        // The bulletins' 整改情况: each unit worst first with its list, the placard, the units criticised; then the 包联单位 best
        // first (the sample's sites each have their own: market 市商务局, hospital 市卫健委, square 市城管局, park 市园林局, so
        // each has its unit's figures), each on its list; then the problems exposed.
        List<String> secondBulletin = List.of("整改黑榜|" + B + "|2|1|50.00|1|1|1", "整改红榜|" + A + "|1|1|100.00|0|0|0",
                "流动黑牌：" + B + "。", "通报批评：" + B + "。",
                "包联 整改红榜|市商务局|1|1|100.00|0|0|0", "包联 整改黑榜|市卫健委|2|1|50.00|1|1|1",
                HOSPITAL + "|2026-01-16|红|复查未通过", PARK + "|2026-02-06|白|");
        assertEquals(secondBulletin, bulletinRectification("第2期"));
        List<String> thirdBulletin = List.of("整改黑榜|" + C + "|1|0|0.00|1|1|0", "整改黑榜|" + B + "|2|1|50.00|1|1|1",
                "整改红榜|" + A + "|1|1|100.00|0|0|0", "整改红榜|" + D + "|1|1|100.00|0|0|0",
                "流动黑牌：" + C + "（由 " + B + " 移交）。", "通报批评：" + C + "、" + B + "。",
                "包联 整改红榜|市商务局|1|1|100.00|0|0|0", "包联 整改红榜|市园林局|1|1|100.00|0|0|0",
                "包联 整改黑榜|市卫健委|2|1|50.00|1|1|1", "包联 整改黑榜|市城管局|1|0|0.00|1|1|0",
                HOSPITAL + "|2026-01-16|红|复查未通过", MARKET + "|2026-02-27|白|复发");
        assertEquals(thirdBulletin, bulletinRectification("第3期"));

        // B1 is fixed after round 3: it is closed by hand. What rounds 2 and 3 published stays.
        services.updateProblem().move(List.of(b1.id()), ProblemStatus.TO_RECHECK, "已整改", List.of(), "市卫健委");
        services.updateProblem().move(List.of(b1.id()), ProblemStatus.CLOSED, "现场核实已整改", List.of(), "陈主任");
        assertEquals(second.units(), services.showRectificationStanding().of("第2期", 3).units());
        assertEquals(third.units(), services.showRectificationStanding().of("第3期", 3).units());
        assertEquals(List.of("第2期 " + B, "第3期 " + C), services.showBlackPlacard().history().stream()
                .map(h -> h.round().name() + " " + h.unit().unit()).toList());
        assertEquals(secondBulletin, bulletinRectification("第2期"));
        assertEquals(thirdBulletin, bulletinRectification("第3期"));

        // 督办单 as of each round: the problems then open, whichever round raised them.
        assertEquals(Map.of(
                B, List.of(List.of(HOSPITAL, code(HOSPITAL, 0), "第2期：" + HOSPITAL + "仍有问题（复查未通过 1 次；第1期立案）", "2026-01-16", "红", "整改中")),
                C, List.of(List.of(SQUARE, code(SQUARE, 0), "第1期：" + SQUARE + "仍有问题（第1期立案）", "2026-02-06", "白", "待整改")),
                D, List.of(List.of(PARK, code(PARK, 0), "第2期：" + PARK + "仍有问题", "2026-02-06", "白", "待整改"))),
                unitSheets(secondSupervision));
        assertEquals(List.of(List.of(B, HOSPITAL, "2026-01-16", "14", "红", "整改中")), overdue(secondSupervision));
        assertEquals(Map.of(
                A, List.of(List.of(MARKET, code(MARKET, 0), "第3期：" + MARKET + "仍有问题（复发）", "2026-02-27", "白", "待整改")),
                B, List.of(List.of(HOSPITAL, code(HOSPITAL, 0), "第3期：" + HOSPITAL + "仍有问题（复查未通过 2 次；第1期立案）", "2026-01-16", "红", "整改中")),
                C, List.of(List.of(SQUARE, code(SQUARE, 0), "第1期：" + SQUARE + "仍有问题（第1期立案）", "2026-02-06", "红", "整改中"))),
                unitSheets(thirdSupervision));
        assertEquals(List.of(List.of(B, HOSPITAL, "2026-01-16", "35", "红", "整改中"), List.of(C, SQUARE, "2026-02-06", "14", "红", "整改中")),
                overdue(thirdSupervision), "longest overdue first");

        // 问题清单 and the problem list: each problem as it is now; colours as of 27 November 2026 (every open one long overdue: 红).
        assertEquals(Map.of(
                MARKET + " " + code(MARKET, 0), List.of("2026-01-16", "", "已销号", ""),
                HOSPITAL + " " + code(HOSPITAL, 0), List.of("2026-01-16", "", "已销号", "复查未通过 2 次"),
                HOSPITAL + " " + code(HOSPITAL, 1), List.of("2026-01-16", "", "已销号", ""),
                SQUARE + " " + code(SQUARE, 0), List.of("2026-02-06", "红", "整改中", "期限由 2026-01-16 改为 2026-02-06")),
                problemList("第1期"));
        assertEquals(Map.of(
                HOSPITAL + " " + code(HOSPITAL, 0), List.of("2026-01-16", "", "已销号", "复查未通过 2 次"),
                PARK + " " + code(PARK, 0), List.of("2026-02-06", "", "已销号", "")),
                problemList("第2期"), "round 2 raised D2; B1 failed its recheck in it");
        assertEquals(Map.of(
                MARKET + " " + code(MARKET, 0), List.of("2026-02-27", "红", "待整改", "复发"),
                HOSPITAL + " " + code(HOSPITAL, 0), List.of("2026-01-16", "", "已销号", "复查未通过 2 次")),
                problemList("第3期"));
        assertEquals(Map.of(
                MARKET + " " + code(MARKET, 0), List.of("2026-02-27", "RED", "TO_FIX"),
                HOSPITAL + " " + code(HOSPITAL, 0), List.of("2026-01-16", "NONE", "CLOSED")),
                listed("第3期"), "problems list agrees with the 问题清单");
        assertEquals(Map.of(
                SQUARE + " " + code(SQUARE, 0), List.of("2026-02-06", "RED", "FIXING"),
                MARKET + " " + code(MARKET, 0), List.of("2026-01-16", "NONE", "CLOSED"),
                HOSPITAL + " " + code(HOSPITAL, 0), List.of("2026-01-16", "NONE", "CLOSED"),
                HOSPITAL + " " + code(HOSPITAL, 1), List.of("2026-01-16", "NONE", "CLOSED")),
                listed("第1期"));
        assertEquals(a1.id(), a3.recurredFrom());
        assertEquals(2, services.listProblems().run(null, ListProblems.Filter.ALL).problems().stream().filter(l -> l.problem().id().equals(b1.id()))
                .findFirst().orElseThrow().problem().reopened());
        assertEquals(ProblemStatus.CLOSED, services.listProblems().run("第2期", ListProblems.Filter.ALL).problems().stream()
                .filter(l -> l.problem().id().equals(d2.id())).findFirst().orElseThrow().problem().status());

        // The history reads in words: the hospital's first standard counts occurrences, so its rechecks found 2 处.
        List<String> history = services.showProblemHistory().run(b1.id()).stream().map(e -> e.line("")).toList();
        assertEquals(List.of("陈主任  审核通过后立案 → 待整改  第1期：" + HOSPITAL + "仍有问题  整改期限 未设期限 → 2026-01-16",
                "陈主任  复查未通过 → 整改中  第2期 2 处", "陈主任  复查未通过  第3期 2 处", "市卫健委  状态变更 → 待复查  已整改",
                "陈主任  状态变更 → 已销号  现场核实已整改"), history);
        assertTrue(services.showProblemHistory().run(c1.id()).stream().anyMatch(e -> e.deadline().equals("整改期限 2026-01-16 → 2026-02-06")));
        for (ListProblems.Listed l : services.listProblems().run(null, ListProblems.Filter.ALL).problems()) {
            String all = String.join("\n", services.showProblemHistory().run(l.problem().id()).stream().map(e -> e.line("")).toList());
            assertFalse(all.matches("(?s).*(MET|NOT_APPLICABLE|RECHECK|RAISED|RECURRED|TO_FIX|FIXING|CLOSED|null|\\dx).*"), all);
        }
    }

    /**
     * The bulletin's 整改情况 as shown: each unit's row (list, unit, due, fixed, 整改率, overdue, 红, failed rechecks), the
     * placard and criticised lines, then the 包联单位 ranking's rows (marked 包联, same columns), then 典型问题曝光 (site,
     * deadline, 督办等级, remark).
     */
    private List<String> bulletinRectification(String round) throws Exception {
        Path file = temp.resolve(round + "-通报.xlsx");
        services.exportBulletin().run(round, ReportScope.Counted.APPROVED, 3, file);
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        String part = "";
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Row row : workbook.getSheet("通报")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
                }
                if (cells.get(0).equals("榜单") && cells.get(1).equals("责任单位")) {
                    part = "units";
                } else if (cells.get(0).endsWith("、包联单位整改红黑榜")) {
                    part = "partners";
                } else if (cells.get(0).equals("照片") && !part.isEmpty()) {
                    part = "exposed";
                } else if (cells.get(0).endsWith("、负面清单")) {
                    part = "";
                } else if (part.equals("units") && (cells.get(0).startsWith("流动黑牌") || cells.get(0).startsWith("通报批评"))) {
                    lines.add(cells.get(0));
                } else if (part.equals("units") && !cells.get(1).isEmpty()) {
                    lines.add(String.join("|", cells));
                } else if (part.equals("partners") && !cells.get(1).isEmpty() && !cells.get(0).equals("榜单")) {
                    lines.add("包联 " + String.join("|", cells));
                } else if (part.equals("exposed") && !cells.get(2).isEmpty()) {
                    lines.add(String.join("|", cells.get(2), cells.get(5), cells.get(6), cells.get(7)));
                }
            }
        }
        return lines;
    }

    /** Each unit's 督办单 rows: site, standard code, description, deadline, 督办等级, status. */
    private static Map<String, List<List<String>>> unitSheets(Path file) throws Exception {
        Map<String, List<List<String>>> sheets = new TreeMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (Sheet sheet : workbook) {
                if (!sheet.getSheetName().equals("逾期清单")) {
                    sheets.put(sheet.getSheetName(), rowsAfterHeader(sheet).stream()
                            .map(r -> List.of(r.get(2), r.get(3).split(" ")[0], r.get(4), r.get(5), r.get(6), r.get(7))).toList());
                }
            }
        }
        return sheets;
    }

    /** The 逾期清单 rows: unit, site, deadline, days overdue, 督办等级, status. */
    private static List<List<String>> overdue(Path file) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            return rowsAfterHeader(workbook.getSheet("逾期清单")).stream().map(r -> List.of(r.get(1), r.get(3), r.get(5), r.get(6), r.get(7), r.get(8)))
                    .toList();
        }
    }

    /** The rows below the row that starts 序号 whose first cell is a number, as shown. */
    private static List<List<String>> rowsAfterHeader(Sheet sheet) {
        DataFormatter shown = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        boolean body = false;
        for (Row row : sheet) {
            String first = row.getCell(0) == null ? "" : shown.formatCellValue(row.getCell(0));
            if (first.equals("序号")) {
                body = true;
            } else if (body && first.matches("\\d+")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : shown.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The round's 问题清单 (approved inspections): by site and standard code, deadline, 督办等级, status, 整改情况. */
    private Map<String, List<String>> problemList(String round) throws Exception {
        Path file = temp.resolve(round + "-问题清单.xlsx");
        services.exportProblemList().run(round, ReportScope.Counted.APPROVED, file, Progress.NONE);
        Map<String, List<String>> rows = new TreeMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            for (List<String> r : rowsAfterHeader(workbook.getSheetAt(0))) {
                rows.put(r.get(3) + " " + r.get(5).split(" ")[0], List.of(r.get(7), r.get(8), r.get(9), r.get(10)));
            }
        }
        return rows;
    }

    /** {@code problems list --round}: by site and standard code, deadline, 督办等级, status. */
    private Map<String, List<String>> listed(String round) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (ListProblems.Listed l : services.listProblems().run(round, ListProblems.Filter.ALL).problems()) {
            rows.put(l.place().name() + " " + l.problem().standardCode(), List.of(l.problem().deadline().toString(), l.escalation().name(),
                    l.problem().status().name()));
        }
        return rows;
    }
}
