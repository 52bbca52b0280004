package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.excel.ProblemListWriter;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.rectification.ListProblems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 问题清单 lists the problem records, as {@code problems list} shows them: their deadline from the city's rules and
 * any change since, their status. A failing finding becomes a problem only once its inspection is approved; asked to
 * include unreviewed inspections, the list adds the completed ones' failing findings, marked and with no deadline.
 */
class ExportProblemListTest {

    @TempDir Path temp;
    private Services services;
    private Round round;
    private List<DrawnSite> drawn;
    private String photo;

    @BeforeEach
    void aRoundOfThreeMustCheckSitesEachFailingOneStandard() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        drawn = services.assignTeams().run(round.id(), List.of()).drawn();
        Path png = temp.resolve("p.png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        photo = services.addPhoto().run(png);
        int n = 0;
        for (DrawnSite site : drawn) {
            boolean failed = false;
            for (Standard s : services.openInspection().run(round.id(), site.site().id()).standards()) {
                boolean fail = !failed && s.scoring().mode() == ScoringMode.BINARY;
                failed |= fail;
                services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(),
                        fail ? Answer.notMet() : Answer.notApplicable(), fail ? "问题" + n : "", fail && n == 0 ? List.of(photo) : List.of(), "张伟"));
            }
            n++;
        }
    }

    private void approve(int site) {
        services.completeInspection().run(round.id(), drawn.get(site).site().id());
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.reviewInspection().approve(round.id(), drawn.get(site).site().id());
    }

    /** The problem rows of the list's first sheet: deadline (blank when none), 督办等级, status, 整改情况. */
    private static List<List<String>> rows(Path out) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 1 && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    rows.add(List.of(row.getCell(3).getStringCellValue(), row.getCell(7).getCellType() == CellType.BLANK ? ""
                            : row.getCell(7).getLocalDateTimeCellValue().toLocalDate().toString(), row.getCell(8).getStringCellValue(),
                            row.getCell(9).getStringCellValue(), row.getCell(10).getStringCellValue()));
                }
            }
        }
        return rows;
    }

    @Test
    void approvedProblemsAreRowsGroupedByUnitWithTheirPhotoEmbedded() throws Exception {
        approve(0);
        approve(1);
        approve(2);
        List<ProblemListWriter.Problem> problems = services.exportProblemList().problems(round.id(), ReportScope.Counted.APPROVED);
        assertEquals(3, problems.size());
        Path out = temp.resolve("problems.xlsx");
        assertEquals(3, services.exportProblemList().run(round.id(), ReportScope.Counted.APPROVED, out, Progress.NONE));
        assertTrue(Files.size(out) < 200_000, "thumbnails, not full photos");
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            long units = problems.stream().map(ProblemListWriter.Problem::unit).distinct().count();
            assertEquals(2 + 3 + 2 * units, sheet.getLastRowNum(), "title, scope, header, and per unit a heading, its problems and a count");
            assertEquals(1, sheet.getDrawingPatriarch().getShapes().size());
            assertTrue(sheet.getRow(3).getCell(0).getStringCellValue().startsWith("责任单位："));
            assertTrue(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue().startsWith("小计："));
            assertEquals(1, workbook.getAllPictures().size());
        }
    }

    @Test
    void theListPrintsTheDeadlineOfTheProblemRecordsAsTheProblemListShowsIt() throws Exception {
        services.changeRectificationRules().save(15, 7, 2);
        approve(0);
        approve(1);
        approve(2);
        List<ListProblems.Listed> listed = services.listProblems().run(round.id(), ListProblems.Filter.ALL).problems();
        listed.forEach(l -> assertEquals(LocalDate.of(2026, 12, 17), l.problem().deadline(), "2 December + 15 days"));
        ListProblems.Listed moved = listed.get(0);
        services.updateProblem().changeDeadline(moved.problem().id(), LocalDate.of(2026, 12, 31), "冬季施工", "陈主任");

        Path out = temp.resolve("problems.xlsx");
        services.exportProblemList().run(round.id(), ReportScope.Counted.APPROVED, out, Progress.NONE);
        List<List<String>> rows = rows(out);
        assertEquals(3, rows.size());
        for (List<String> row : rows) {
            boolean isMoved = row.get(0).equals(moved.place().name());
            // the clock stands at 2026-11-27: 20 and 34 days left, more than the 3 warning days
            assertEquals(List.of(row.get(0), isMoved ? "2026-12-31" : "2026-12-17", "白", "待整改",
                    isMoved ? "期限由 2026-12-17 改为 2026-12-31" : ""), row);
        }
    }

    @Test
    void unreviewedFindingsAreListedOnlyWhenAskedForAndMarkedWithNoDeadline() throws Exception {
        approve(0);
        services.completeInspection().run(round.id(), drawn.get(1).site().id());
        String approved = drawn.get(0).site().name();
        String waiting = drawn.get(1).site().name();

        Path published = temp.resolve("approved.xlsx");
        assertEquals(1, services.exportProblemList().run(round.id(), ReportScope.Counted.APPROVED, published, Progress.NONE));
        assertEquals(List.of(List.of(approved, "2026-12-09", "白", "待整改", "")), rows(published), "2 December + 7 days");

        Path withUnreviewed = temp.resolve("unreviewed.xlsx");
        assertEquals(2, services.exportProblemList().run(round.id(), ReportScope.Counted.WITH_UNREVIEWED, withUnreviewed, Progress.NONE),
                "the third site is still in progress: never listed");
        assertTrue(rows(withUnreviewed).contains(List.of(waiting, "", "", "待审核（未立案）", "")), rows(withUnreviewed).toString());
    }
}
