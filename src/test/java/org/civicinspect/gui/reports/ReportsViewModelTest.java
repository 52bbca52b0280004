package org.civicinspect.gui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 报表 screen writes every workbook of the chosen round. */
class ReportsViewModelTest {

    @TempDir Path temp;

    @Test
    void writesEveryReportOfTheNewestRound() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(3, 120, 2, 4, 5), Progress.NONE);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ReportsViewModel viewModel = viewModel(services, dialogs);
        viewModel.reload();
        assertEquals(2, viewModel.rounds().size());
        assertTrue(viewModel.summaryProperty().get().contains("得分率"), viewModel.summaryProperty().get());
        // The demo city has no questionnaire survey: its report is written by the test below.
        List<ReportsViewModel.Report> fieldReports = Stream.of(ReportsViewModel.Report.values()).filter(r -> r != ReportsViewModel.Report.SURVEY).toList();
        for (ReportsViewModel.Report report : fieldReports) {
            dialogs.nextSave = temp.resolve(report.name() + ".xlsx");
            viewModel.chooseAndWrite(report);
            assertTrue(Files.size(dialogs.nextSave) > 0, report.name());
        }
        assertEquals(fieldReports.size(), dialogs.offeredToOpen.size(), "each written file is offered to open");
    }

    @Test
    void writesTheSurveyReportOfARoundWithInterviewsAndSaysWhyNotForARoundWithout() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 60, 1, 2, 5), Progress.NONE);
        String questionnaire = services.importQuestionnaire().run(Path.of("assets", "sample-questionnaire.xlsx"), null, Progress.NONE)
                .questionnaire().id();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ReportsViewModel viewModel = viewModel(services, dialogs);
        viewModel.reload();
        Round newest = viewModel.roundProperty().get();
        services.pinQuestionnaire().run(newest.name(), questionnaire);
        Path csv = Files.writeString(temp.resolve("纸质问卷.csv"), "访问编号,访问员,区,方式,开始,结束,中途放弃,S1,S2,Q1\n"
                + "A01,王芳,城东区,入户,2026-11-20 09:00,2026-11-20 09:12,否,2,1,1\n"
                + "A02,王芳,城东区,街访,2026-11-20 10:00,2026-11-20 10:10,否,1,1,1\n", StandardCharsets.UTF_8);
        assertTrue(services.importPaperInterviews().run(newest.name(), csv).ok());

        dialogs.nextSave = temp.resolve("问卷调查.xlsx");
        viewModel.chooseAndWrite(ReportsViewModel.Report.SURVEY);
        try (XSSFWorkbook workbook = new XSSFWorkbook(dialogs.nextSave.toFile())) {
            assertEquals(List.of("题目得分率", "指数", "测评标准", "样本", "样本结构", "访问员", "访问明细", "计算说明"),
                    StreamSupport.stream(workbook.spliterator(), false).map(Sheet::getSheetName).toList());
        }
        assertEquals(List.of(dialogs.nextSave), dialogs.offeredToOpen);
        assertTrue(viewModel.job().statusProperty().get().contains("问卷调查报告"), viewModel.job().statusProperty().get());

        Round older = services.createRound().run("无问卷期", "latest", LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 6), "");
        viewModel.roundProperty().set(older);
        dialogs.nextSave = temp.resolve("无问卷.xlsx");
        viewModel.chooseAndWrite(ReportsViewModel.Report.SURVEY);
        assertFalse(Files.exists(dialogs.nextSave));
        assertEquals(1, dialogs.offeredToOpen.size(), "nothing written, nothing offered");
        assertTrue(viewModel.job().statusProperty().get().startsWith("轮次“" + older.name() + "”还没有指定问卷"), viewModel.job().statusProperty().get());
    }

    @Test
    void countsApprovedSitesUnlessTheCompletedUnreviewedOnesAreAskedForAndSaysWhichItCounts() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(3, 120, 2, 4, 5), Progress.NONE);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ReportsViewModel viewModel = viewModel(services, dialogs);
        viewModel.reload();
        ReportScope scope = services.scoreRound().scope(viewModel.roundProperty().get().id(), ReportScope.Counted.APPROVED);
        int approved = scope.count(InspectionStatus.APPROVED);
        int completed = scope.count(InspectionStatus.COMPLETED);
        assertTrue(approved > 0 && completed > 0, "the demo's newest round has sites at both stages");

        assertFalse(viewModel.includeUnreviewedProperty().get(), "含待审核点位 is off by default");
        assertTrue(viewModel.scopeProperty().get().startsWith("统计范围：计入已审核通过点位 " + approved + " 个（未计入：待审核 " + completed + " 个"),
                viewModel.scopeProperty().get());

        viewModel.includeUnreviewedProperty().set(true);
        String counted = "统计范围：计入已审核通过点位 " + approved + " 个及待审核点位 " + completed + " 个";
        assertTrue(viewModel.scopeProperty().get().startsWith(counted), viewModel.scopeProperty().get());
        dialogs.nextSave = temp.resolve("ranking.xlsx");
        viewModel.chooseAndWrite(ReportsViewModel.Report.RANKING);
        try (XSSFWorkbook workbook = new XSSFWorkbook(dialogs.nextSave.toFile())) {
            String heading = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertTrue(heading.startsWith(counted), heading);
        }
    }

    @Test
    void recordsAndWithdrawsNegativeListEventsOfTheChosenRound() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        new CreateDemoCity(services).run(new CreateDemoCity.Size(2, 60, 1, 2, 5), Progress.NONE);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ReportsViewModel viewModel = viewModel(services, dialogs);
        viewModel.reload();
        assertEquals(4, viewModel.negativeStandards().size(), "the sample set's negative-list standards");
        Standard standard = viewModel.negativeStandards().get(0);
        LocalDate date = viewModel.roundProperty().get().start();

        viewModel.addEvent(date, standard, "abc", "食品安全事件");
        assertEquals(1, dialogs.errors.size(), "a deduction that is not a number is refused");
        assertTrue(viewModel.events().isEmpty());

        viewModel.addEvent(date, standard, "2.5", "食品安全事件");
        assertEquals(1, viewModel.events().size());
        assertTrue(viewModel.summaryProperty().get().contains("− 2.5 ="), viewModel.summaryProperty().get());

        dialogs.confirmAnswer = false;
        viewModel.removeEvent(viewModel.events().get(0));
        assertEquals(1, viewModel.events().size(), "withdrawing asks first");
        dialogs.confirmAnswer = true;
        viewModel.removeEvent(viewModel.events().get(0));
        assertTrue(viewModel.events().isEmpty());
    }

    private static ReportsViewModel viewModel(Services services, ScriptedDialogs dialogs) {
        return new ReportsViewModel(ReportsView.useCases(services),
                new CurrentThreadTaskExecutor(), dialogs);
    }
}
