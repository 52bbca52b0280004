package org.civicinspect.gui.rounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round wizard: create → quotas → draw → assign → move → print, without a stage. */
class RoundsViewModelTest {

    @TempDir Path temp;
    private ScriptedDialogs dialogs;
    private RoundsViewModel viewModel;

    @BeforeEach
    void workspaceWithSetSitesAndTeams() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        services.addPerson().run("王强", "", Role.INSPECTOR, "第二组");
        dialogs = new ScriptedDialogs();
        viewModel = new RoundsViewModel(RoundsView.useCases(services),
                new CurrentThreadTaskExecutor(), dialogs);
        viewModel.reload(null);
    }

    @Test
    void walksFromCreationToPrintedChecklists() throws Exception {
        assertTrue(viewModel.rounds().isEmpty());
        viewModel.nameProperty().set("2026年第12期双周督查");
        viewModel.startProperty().set(LocalDate.of(2026, 11, 30));
        viewModel.endProperty().set(LocalDate.of(2026, 12, 4));
        viewModel.create();
        assertEquals(1, viewModel.rounds().size());
        assertEquals("2026年第12期双周督查", viewModel.selectedProperty().get().name());

        viewModel.quotaTypeProperty().set("公园");
        viewModel.quotaCountProperty().set(1);
        viewModel.addQuota();
        viewModel.quotaTypeProperty().set("小区");
        viewModel.addQuota();
        viewModel.quotaTypeProperty().set("公园");
        viewModel.addQuota();
        assertEquals(2, viewModel.quotas().size());
        viewModel.seedProperty().set("42");
        viewModel.draw();
        assertEquals(5, viewModel.drawn().size());

        viewModel.assign();
        assertTrue(viewModel.drawn().stream().allMatch(d -> d.team() != null));
        assertTrue(viewModel.loadsProperty().get().contains("第一组"));
        DrawnSite first = viewModel.drawn().get(0);
        String other = first.team().equals("第一组") ? "第二组" : "第一组";
        viewModel.move(first, other);
        assertEquals(other, viewModel.drawn().stream().filter(d -> d.site().id().equals(first.site().id())).findFirst().orElseThrow().team());

        dialogs.nextSave = temp.resolve("blank.xlsx");
        viewModel.chooseAndExportBlank();
        assertTrue(Files.size(dialogs.nextSave) > 0);
        assertTrue(viewModel.statusProperty().get().contains("5 张"), viewModel.statusProperty().get());
    }

    @Test
    void aRefusedRequestSaysWhyInTheStatusLine() {
        viewModel.nameProperty().set("甲");
        viewModel.startProperty().set(LocalDate.of(2026, 12, 5));
        viewModel.endProperty().set(LocalDate.of(2026, 12, 1));
        viewModel.create();
        assertTrue(viewModel.statusProperty().get().contains("早于"), viewModel.statusProperty().get());
        assertTrue(viewModel.rounds().isEmpty());
    }
}
