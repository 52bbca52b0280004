package org.civicinspect.gui.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.Progress;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 点位 screen's behaviour, without a stage. */
class SitesViewModelTest {

    @TempDir Path temp;
    private ScriptedDialogs dialogs;
    private SitesViewModel viewModel;

    @BeforeEach
    void workspaceWithTheSampleSet() {
        Services services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        dialogs = new ScriptedDialogs();
        viewModel = new SitesViewModel(SitesView.useCases(services), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.reload();
    }

    @Test
    void importsThenFiltersAndCounts() {
        dialogs.nextOpen = TestWorkspaces.sharedSample("sites-sample.xlsx");
        viewModel.chooseAndImport();
        assertEquals(10, viewModel.visible().size());
        assertTrue(dialogs.reports.get(0).contains("新增 10 个"), dialogs.reports.toString());
        assertEquals(2, viewModel.countsByDistrict().size());
        viewModel.districtProperty().set("城东区");
        assertEquals(5, viewModel.visible().size());
        viewModel.mustCheckOnlyProperty().set(true);
        assertEquals(2, viewModel.visible().size());
        viewModel.mustCheckOnlyProperty().set(false);
        viewModel.searchProperty().set("新桥");
        assertEquals(2, viewModel.visible().size());
        assertTrue(viewModel.summaryProperty().get().startsWith("共 10 个点位，显示 2 个"), viewModel.summaryProperty().get());
    }

    @Test
    void theFormRefusesAnIncompleteSiteAndSavesAValidOne() {
        viewModel.startNew();
        SitesViewModel.SiteForm form = viewModel.form();
        form.name.set("南门公园");
        form.siteType.set("游乐场");
        viewModel.saveForm();
        assertFalse(viewModel.formProblemsProperty().get().isEmpty());
        assertEquals(0, viewModel.visible().size());

        form.siteType.set("公园");
        form.district.set("城南区");
        form.latitude.set("24.5");
        form.longitude.set("118.1");
        viewModel.saveForm();
        assertEquals("", viewModel.formProblemsProperty().get());
        assertEquals(1, viewModel.visible().size());
        assertEquals("南门公园", viewModel.visible().get(0).name());

        viewModel.editingProperty().set(viewModel.visible().get(0));
        form.address.set("南门路1号");
        viewModel.saveForm();
        assertEquals(1, viewModel.visible().size());
        assertEquals("南门路1号", viewModel.visible().get(0).address());
    }

    @Test
    void aBadSiteWorkbookShowsEveryErrorAndChangesNothing() {
        dialogs.nextOpen = TestWorkspaces.sharedSample("indicators-sample.xlsx");
        viewModel.chooseAndImport();
        assertEquals(0, viewModel.visible().size());
        assertTrue(dialogs.reports.size() >= 2, dialogs.reports.toString());
    }
}
