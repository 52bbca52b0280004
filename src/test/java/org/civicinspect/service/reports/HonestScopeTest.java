package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.MovingClock;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.excel.SiteReportWriter;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.Rounding;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.ImportScoreSheet;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small round worked by hand: 西山公园 typed in from paper and approved, 东湖路 half answered, 锦绣小区 answered
 * entirely 不适用 and approved. What the round's figures, site sheets and rankings count, and how they say so.
 */
class HonestScopeTest {

    @TempDir Path temp;
    private final MovingClock clock = new MovingClock(TestWorkspaces.CLOCK.instant());
    private Services services;
    private Round round;
    private DrawnSite park;
    private DrawnSite road;
    private DrawnSite estate;

    @BeforeEach
    void aRoundOfThreeSitesAtThreeStages() throws Exception {
        services = new Services(TestWorkspaces.workspace(temp.resolve("ws")), clock);
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), "");
        services.drawRoundSample().run("甲轮", new SamplingPlan(List.of(new Quota("公园", null, 1), new Quota("主次干道", null, 1),
                new Quota("小区", null, 1)), 0, 1));
        List<DrawnSite> drawn = services.assignTeams().run("甲轮", List.of()).drawn();
        park = drawn.stream().filter(d -> d.site().name().equals("西山公园")).findFirst().orElseThrow();
        road = drawn.stream().filter(d -> d.site().name().equals("东湖路")).findFirst().orElseThrow();
        estate = drawn.stream().filter(d -> d.site().name().equals("锦绣小区")).findFirst().orElseThrow();

        // 西山公园 from paper: three standards scored, the rest 不适用, answered from 09:30 to 10:05, marked done, approved.
        StringBuilder csv = new StringBuilder("round,site,standard,answer,note,photos,answered_at\n");
        for (Standard s : checklist(park)) {
            String answer = switch (s.code()) {
                case "01-01-01" -> "2";
                case "01-03-01" -> "1";
                case "01-01-03" -> "不符合";
                default -> "N/A";
            };
            String time = s.code().equals("01-01-03") ? "2026-11-20 10:05" : "2026-11-20 09:30";
            csv.append("甲轮,西山公园,").append(s.code()).append(',').append(answer).append(",现场记录,,").append(time).append('\n');
        }
        Path sheet = Files.writeString(temp.resolve("西山公园.csv"), csv);
        assertTrue(services.importScoreSheet().run(sheet, "张伟", true).errors().isEmpty());

        // 东湖路: one standard of its checklist answered so far.
        services.recordFinding().run(new RecordFinding.Request(round.id(), road.site().id(), "01-01-01", Answer.occurrences(2), "两处垃圾",
                List.of(), "张伟"));

        // 锦绣小区: visited, every standard 不适用, marked done.
        List<RecordFinding.Request> notApplicable = new ArrayList<>();
        for (Standard s : checklist(estate)) {
            notApplicable.add(new RecordFinding.Request(round.id(), estate.site().id(), s.code(), Answer.notApplicable(), "", List.of(), "张伟"));
        }
        services.recordFinding().runAll(notApplicable);
        services.completeInspection().run(round.id(), estate.site().id());
        TestWorkspaces.signInSupervisor(services, "督查组长");
        services.reviewInspection().approve(round.id(), estate.site().id());
    }

    private List<Standard> checklist(DrawnSite site) {
        return services.openInspection().run(round.id(), site.site().id()).standards();
    }

    private SiteReportWriter.SiteSheet sheetOf(DrawnSite site, ReportScope.Counted counted) {
        return services.exportSiteReport().sheets(round, counted).stream().filter(s -> s.site().equals(site.site().name())).findFirst()
                .orElseThrow();
    }

    @Test
    void theFiguresCountApprovedInspectionsUnlessCompletedOnesAreAskedForAndThenMarked() {
        RoundScores published = services.scoreRound().only(round.id(), ReportScope.Counted.APPROVED);
        assertEquals(1, published.city().sites(), "only 锦绣小区 is approved so far");
        assertFalse(published.city().rated(), "and it scored nothing");

        RoundScores withUnreviewed = services.scoreRound().only(round.id(), ReportScope.Counted.WITH_UNREVIEWED);
        // 西山公园: (4 − 2×1) + 3 × 0.66 + 0 = 3.98 of 4 + 3 + 2 = 9 points: 44.22%.
        assertEquals(0, new BigDecimal("3.98").compareTo(withUnreviewed.city().earned()));
        assertEquals(0, new BigDecimal("9").compareTo(withUnreviewed.city().possible()));
        assertEquals(new BigDecimal("44.22"), Rounding.percent(withUnreviewed.city().scoreRate()));
        assertEquals(2, withUnreviewed.city().sites(), "西山公园 and 锦绣小区; 东湖路 is still in progress");
        assertTrue(withUnreviewed.awaitingReview(park.site().id()));
        assertFalse(withUnreviewed.awaitingReview(estate.site().id()));

        ReportScope scope = services.scoreRound().scope(round.id(), ReportScope.Counted.APPROVED);
        assertEquals(Map.of(InspectionStatus.APPROVED, 1, InspectionStatus.COMPLETED, 1, InspectionStatus.IN_PROGRESS, 1),
                Map.of(InspectionStatus.APPROVED, scope.count(InspectionStatus.APPROVED), InspectionStatus.COMPLETED,
                        scope.count(InspectionStatus.COMPLETED), InspectionStatus.IN_PROGRESS, scope.count(InspectionStatus.IN_PROGRESS)));
        assertEquals(TestWorkspaces.CLOCK.instant(), scope.dataTime().orElseThrow(), "the approval is the latest change counted");
    }

    @Test
    void theStandardsAnalysisQuotesTheNotesOfTheCountedInspectionsOnly() {
        Map<String, String> frequent = new java.util.TreeMap<>();
        services.exportStandardAnalysis().lines(services.scoreRound().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED))
                .forEach(l -> frequent.put(l.code(), l.frequentProblems()));
        assertEquals("现场记录（1）", frequent.get("01-01-01"), "西山公园's note; 东湖路 is still in progress and its 两处垃圾 is not counted");
        assertEquals("现场记录（1）", frequent.get("01-01-03"));
        services.exportStandardAnalysis().lines(services.scoreRound().run(round.id(), ReportScope.Counted.APPROVED))
                .forEach(l -> assertEquals("", l.frequentProblems(), "only 锦绣小区 is approved, and it failed nothing: " + l));
    }

    @Test
    void theDataTimeIsTheLatestChangeAmongTheCountedInspectionsACorrectionAfterApprovalIncluded() {
        clock.set(Instant.parse("2026-11-28T02:00:00Z"));
        services.correctFinding().run(new RecordFinding.Request(round.id(), estate.site().id(), "01-04-03", Answer.met(), "", List.of(), "督查组长"),
                "复核：树木修剪一条适用且符合");
        assertEquals(Instant.parse("2026-11-28T02:00:00Z"),
                services.scoreRound().scope(round.id(), ReportScope.Counted.APPROVED).dataTime().orElseThrow());

        clock.set(Instant.parse("2026-11-28T03:00:00Z"));
        services.recordFinding().run(new RecordFinding.Request(round.id(), road.site().id(), "01-01-03", Answer.met(), "", List.of(), "张伟"));
        assertEquals(Instant.parse("2026-11-28T02:00:00Z"),
                services.scoreRound().scope(round.id(), ReportScope.Counted.APPROVED).dataTime().orElseThrow(), "东湖路 is not counted");

        TestWorkspaces.signInSupervisor(services, "督查组长");
        services.reviewInspection().approve(round.id(), park.site().id());
        assertEquals(Instant.parse("2026-11-28T03:00:00Z"),
                services.scoreRound().scope(round.id(), ReportScope.Counted.APPROVED).dataTime().orElseThrow(), "approving 西山公园 now");
    }

    @Test
    void aSiteSheetSaysWhereItsInspectionStandsAndMarksOneAwaitingReview() {
        assertEquals("已完成，待审核；未计入本轮统计", sheetOf(park, ReportScope.Counted.APPROVED).standing());
        SiteReportWriter.SiteSheet counted = sheetOf(park, ReportScope.Counted.WITH_UNREVIEWED);
        assertEquals("已完成，待审核；计入本轮统计，审核后结果可能变化", counted.standing());
        assertTrue(counted.awaitingReview());

        TestWorkspaces.signInSupervisor(services, "督查组长");
        services.reviewInspection().approve(round.id(), park.site().id());
        SiteReportWriter.SiteSheet approved = sheetOf(park, ReportScope.Counted.APPROVED);
        assertEquals("已审核通过；计入本轮统计", approved.standing());
        assertFalse(approved.awaitingReview());
        assertEquals(new BigDecimal("44.22"), approved.scoreRate(), "3.98 / 9");
        assertEquals(new BigDecimal("0.00"), approved.complianceRate(), "none of the three scored standards fully met");
        assertEquals(0, approved.unanswered());
    }

    @Test
    void theVisitTimeRunsFromTheFirstToTheLastAnswerAsWrittenOnPaper() {
        assertEquals("2026-11-20 09:30–10:05", sheetOf(park, ReportScope.Counted.APPROVED).time());
        assertEquals(LocalDateTime.of(2026, 11, 20, 10, 5).atZone(ZoneId.systemDefault()).toInstant(),
                services.openInspection().run(round.id(), park.site().id()).findings().get("01-01-03").answeredAt());
    }

    @Test
    void aGradedAnswerIsPrintedAsItsGradeWithTheViolationsCountedApart() {
        List<SiteReportWriter.Line> lines = sheetOf(park, ReportScope.Counted.APPROVED).lines();
        SiteReportWriter.Line toilets = lines.stream().filter(l -> l.code().equals("01-03-01")).findFirst().orElseThrow();
        assertEquals(List.of("B", 1), List.of(toilets.result(), toilets.count()));
        assertEquals(0, new BigDecimal("1.98").compareTo(toilets.earned()), "3 × 0.66");
        SiteReportWriter.Line litter = lines.stream().filter(l -> l.code().equals("01-01-01")).findFirst().orElseThrow();
        assertEquals(List.of("不符合", 2), List.of(litter.result(), litter.count()));
        assertEquals(0, new BigDecimal("2").compareTo(litter.earned()), "4 − 2 × 1");
    }

    @Test
    void anUnfinishedSiteSheetCountsItsUnansweredStandardsAndIsLeftOutOfTheFigures() {
        SiteReportWriter.SiteSheet unfinished = sheetOf(road, ReportScope.Counted.WITH_UNREVIEWED);
        assertEquals("进行中；未计入本轮统计", unfinished.standing());
        assertEquals(checklist(road).size() - 1, unfinished.unanswered());
        assertEquals(new BigDecimal("50.00"), unfinished.scoreRate(), "暂计: 4 − 2 = 2 of 4 so far");
    }

    @Test
    void aSiteAwaitingReviewOnTheBulletinsRedOrBlackListIsMarkedWhenCounted() throws Exception {
        completeRoadWithTheRestNotApplicable();
        Path out = temp.resolve("bulletin.xlsx");
        services.exportBulletin().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, 3, out);
        List<String> listed = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            for (Row row : workbook.getSheet("通报")) {
                if (row.getCell(0) != null && List.of("红榜", "黑榜").contains(row.getCell(0).toString())) {
                    listed.add(row.getCell(0) + " " + row.getCell(1));
                }
            }
        }
        // 东湖路 4 − 2 = 2 of 4 (50.00%), the rest 不适用; 西山公园 3.98 of 9 (44.22%): two sites rated, one on each list.
        assertEquals(List.of("红榜 东湖路（待审核）", "黑榜 西山公园（待审核）"), listed);
    }

    @Test
    void aDistrictStreetOrUnitBuiltPartlyFromSitesAwaitingReviewIsMarkedWithHowManyWhenTheyAreCounted() throws Exception {
        completeRoadWithTheRestNotApplicable();
        // Counted with those awaiting review: 东湖路 (城东区 东湖街道, 城东区城管局) and 西山公园 (城西区 西山街道, 城西区园林局)
        // await review; 锦绣小区 (城西区 西山街道, 锦绣物业公司) is approved.
        Path ranking = temp.resolve("ranking.xlsx");
        services.exportRanking().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, 3, ranking);
        try (XSSFWorkbook workbook = new XSSFWorkbook(ranking.toFile())) {
            assertEquals(List.of("城东区\n（含待审核 1 个点位）", "城西区\n（含待审核 1 个点位）"), groups(workbook.getSheet("区县排名")));
            assertEquals(List.of("城东区 东湖街道\n（含待审核 1 个点位）", "城西区 西山街道\n（含待审核 1 个点位）"), groups(workbook.getSheet("街道排名")));
            assertEquals(List.of("城东区城管局\n（含待审核 1 个点位）", "城西区园林局\n（含待审核 1 个点位）", "锦绣物业公司"),
                    groups(workbook.getSheet("责任单位排名")), "锦绣物业公司's one site is approved");
        }

        Path bulletin = temp.resolve("bulletin.xlsx");
        services.exportBulletin().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, 3, bulletin);
        try (XSSFWorkbook workbook = new XSSFWorkbook(bulletin.toFile())) {
            List<String> listed = new ArrayList<>();
            for (Row row : workbook.getSheet("通报")) {
                if (row.getCell(6) != null && List.of("红榜", "黑榜").contains(row.getCell(6).toString())) {
                    listed.add(row.getCell(0) + " " + row.getCell(1) + " " + row.getCell(6));
                }
            }
            // 城东区 2 of 4 (50.00%) above 城西区 3.98 of 9 (44.22%); two of each grouping rated, one on each list.
            assertEquals(List.of("区县 城东区\n（含待审核 1 个点位） 红榜", "区县 城西区\n（含待审核 1 个点位） 黑榜",
                    "街道 城东区 东湖街道\n（含待审核 1 个点位） 红榜", "街道 城西区 西山街道\n（含待审核 1 个点位） 黑榜",
                    "责任单位 城东区城管局\n（含待审核 1 个点位） 红榜", "责任单位 城西区园林局\n（含待审核 1 个点位） 黑榜"), listed);
            assertEquals(List.of("城东区城管局\n（含待审核 1 个点位）", "城西区园林局\n（含待审核 1 个点位）", "锦绣物业公司"),
                    groups(workbook.getSheet("责任单位排名")));
            List<String> siteTypes = new ArrayList<>();
            boolean inTable = false;
            for (Row row : workbook.getSheet("通报")) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
                inTable = first.equals("（一）按点位类型") || inTable && !first.equals("（二）按测评项目");
                if (inTable && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    siteTypes.add(row.getCell(1).getStringCellValue());
                }
            }
            assertEquals(List.of("主次干道\n（含待审核 1 个点位）", "公园\n（含待审核 1 个点位）", "小区"), siteTypes, "锦绣小区 is approved");
        }

        services.exportRanking().run(round.id(), ReportScope.Counted.APPROVED, 3, ranking);
        try (XSSFWorkbook workbook = new XSSFWorkbook(ranking.toFile())) {
            assertEquals(List.of("锦绣物业公司"), groups(workbook.getSheet("责任单位排名")), "only what is approved is counted, and nothing marked");
            assertEquals(List.of("城西区"), groups(workbook.getSheet("区县排名")));
        }
    }

    private void completeRoadWithTheRestNotApplicable() {
        services.recordFinding().runAll(checklist(road).stream().filter(s -> !s.code().equals("01-01-01"))
                .map(s -> new RecordFinding.Request(round.id(), road.site().id(), s.code(), Answer.notApplicable(), "", List.of(), "张伟")).toList());
        services.completeInspection().run(round.id(), road.site().id());
    }

    /** The groups a ranking sheet lists, under its column headings, as printed. */
    private static List<String> groups(Sheet sheet) {
        List<String> groups = new ArrayList<>();
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            groups.add(sheet.getRow(r).getCell(1).getStringCellValue());
        }
        return groups;
    }

    @Test
    void aSiteAnsweredEntirelyNotApplicableIsVisitedWithoutRateOrRank() throws Exception {
        TestWorkspaces.signInSupervisor(services, "督查组长");
        services.reviewInspection().approve(round.id(), park.site().id());
        SiteReportWriter.SiteSheet sheet = sheetOf(estate, ReportScope.Counted.APPROVED);
        assertNull(sheet.scoreRate());
        assertNull(sheet.complianceRate());

        RoundScores scores = services.scoreRound().only(round.id(), ReportScope.Counted.APPROVED);
        assertEquals(2, scores.byDistrict().get("城西区").sites(), "西山公园 and 锦绣小区 are both 城西区's sites");
        assertEquals(new BigDecimal("44.22"), Rounding.percent(scores.byDistrict().get("城西区").scoreRate()), "锦绣小区 adds nothing");

        Path out = temp.resolve("ranking.xlsx");
        services.exportRanking().run(round.id(), ReportScope.Counted.APPROVED, 3, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet units = workbook.getSheet("责任单位排名");
            // three problems: two pieces of litter, toilets at B, a full bin
            assertEquals(List.of("1", "城西区园林局", "44.22", "0.00", "3", "1", "—"), shown(row(units, "城西区园林局")).subList(0, 7));
            assertEquals(List.of("—", "锦绣物业公司", "—", "—", "0", "1", "—", "—", ""), shown(row(units, "锦绣物业公司")));
            assertEquals("1", shown(row(workbook.getSheet("区县排名"), "城西区")).get(0));
            assertEquals("2", shown(row(workbook.getSheet("区县排名"), "城西区")).get(5));
        }
    }

    private static Row row(Sheet sheet, String group) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && group.equals(row.getCell(1).toString())) {
                return row;
            }
        }
        throw new AssertionError(group + " not on " + sheet.getSheetName());
    }

    private static List<String> shown(Row row) {
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(format.formatCellValue(row.getCell(c)));
        }
        return cells;
    }
}
