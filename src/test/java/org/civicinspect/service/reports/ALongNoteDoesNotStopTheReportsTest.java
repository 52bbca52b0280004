package org.civicinspect.service.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.ScoringMode;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note longer than a spreadsheet cell holds (32,767 characters), as a workspace from before the 2,000-character limit
 * may keep, is cut with a visible mark in every report cell it goes into, instead of stopping every report of the round.
 */
class ALongNoteDoesNotStopTheReportsTest {

    private static final int CELL_LIMIT = 32_767;
    private static final String NOTE = "摊位占道".repeat(10_000); // 40,000 characters

    @TempDir Path temp;
    private Services services;
    private Round round;

    @BeforeEach
    void anApprovedRoundWhoseOneProblemHasAFortyThousandCharacterNote() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        round = services.createRound().run("甲轮", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        List<DrawnSite> drawn = services.assignTeams().run(round.id(), List.of()).drawn();
        DrawnSite first = drawn.get(0);
        for (DrawnSite site : drawn) {
            boolean failed = false;
            for (Standard s : services.openInspection().run(round.id(), site.site().id()).standards()) {
                boolean fail = !failed && s.scoring().mode() == ScoringMode.BINARY;
                failed |= fail;
                Finding f = services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(),
                        fail ? Answer.notMet() : Answer.notApplicable(), fail ? "问题" : "", List.of(), "张伟"));
                if (fail && site == first) {
                    services.workspace().write(tx -> {
                        tx.findings().save(new Finding(f.id(), f.roundId(), f.siteId(), f.standardCode(), f.answer(), NOTE, f.photos(),
                                f.answeredBy(), f.answeredAt(), f.version() + 1));
                        return null;
                    });
                }
            }
            services.completeInspection().run(round.id(), site.site().id());
            TestWorkspaces.signInSupervisor(services, "陈主任");
            services.reviewInspection().approve(round.id(), site.site().id());
        }
    }

    @Test
    void theProblemListSiteReportsAndSupervisionCutTheNoteWithAMark() throws Exception {
        Path problems = temp.resolve("problems.xlsx");
        Path sites = temp.resolve("sites.xlsx");
        Path supervision = temp.resolve("supervision.xlsx");
        services.exportProblemList().run(round.id(), ReportScope.Counted.APPROVED, problems, Progress.NONE);
        services.exportSiteReport().run(round.id(), ReportScope.Counted.APPROVED, sites, Progress.NONE);
        services.exportSupervision().run(round.id(), supervision);

        for (Path report : List.of(problems, sites, supervision)) {
            List<String> cut = cellsHoldingTheNote(report);
            assertTrue(!cut.isEmpty(), report.getFileName() + " shows the note");
            for (String text : cut) {
                assertTrue(text.length() <= CELL_LIMIT, report.getFileName() + ": " + text.length() + " characters");
                assertTrue(text.contains("从略"), report.getFileName() + " marks the cut: " + text.substring(text.length() - 40));
            }
        }
    }

    @Test
    void theRankingStandardAnalysisAndBulletinAreWritten() throws Exception {
        services.exportRanking().run(round.id(), ReportScope.Counted.APPROVED, 10, temp.resolve("ranking.xlsx"));
        services.exportStandardAnalysis().run(round.id(), ReportScope.Counted.APPROVED, temp.resolve("standards.xlsx"));
        services.exportBulletin().run(round.id(), ReportScope.Counted.APPROVED, 10, temp.resolve("bulletin.xlsx"));

        for (String name : List.of("ranking.xlsx", "standards.xlsx", "bulletin.xlsx")) {
            for (String text : cellsHoldingTheNote(temp.resolve(name))) {
                assertTrue(text.length() <= CELL_LIMIT && text.contains("从略"), name + ": " + text.length() + " characters");
            }
        }
    }

    private static List<String> cellsHoldingTheNote(Path file) throws Exception {
        List<String> found = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("摊位占道摊位占道")) {
                            found.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return found;
    }
}
