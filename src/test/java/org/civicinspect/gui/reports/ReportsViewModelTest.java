package org.civicinspect.gui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.demo.CreateDemoCity;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Progress;
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
        for (ReportsViewModel.Report report : ReportsViewModel.Report.values()) {
            dialogs.nextSave = temp.resolve(report.name() + ".xlsx");
            viewModel.chooseAndWrite(report);
            assertTrue(Files.size(dialogs.nextSave) > 0, report.name());
        }
        assertEquals(ReportsViewModel.Report.values().length, dialogs.offeredToOpen.size(), "each written file is offered to open");
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
