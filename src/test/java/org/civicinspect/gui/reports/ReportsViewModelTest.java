package org.civicinspect.gui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Progress;
import org.civicinspect.service.CreateDemoCity;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 报表 screen writes every workbook of the chosen round. */
class ReportsViewModelTest {

    @TempDir Path temp;

    @Test
    void writesEveryReportOfTheNewestRound() throws Exception {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.createDemoCity().run(new CreateDemoCity.Size(3, 120, 2, 4, 5), Progress.NONE);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ReportsViewModel viewModel = new ReportsViewModel(services, new CurrentThreadTaskExecutor(), dialogs);
        viewModel.reload();
        assertEquals(2, viewModel.rounds().size());
        assertTrue(viewModel.summaryProperty().get().contains("得分率"), viewModel.summaryProperty().get());
        for (ReportsViewModel.Report report : ReportsViewModel.Report.values()) {
            dialogs.nextSave = temp.resolve(report.name() + ".xlsx");
            viewModel.chooseAndWrite(report);
            assertTrue(Files.size(dialogs.nextSave) > 0, report.name());
        }
        assertEquals(4, dialogs.informations.size());
    }
}
