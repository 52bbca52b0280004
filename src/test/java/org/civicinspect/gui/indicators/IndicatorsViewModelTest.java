package org.civicinspect.gui.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.gui.CurrentThreadTaskExecutor;
import org.civicinspect.gui.ScriptedDialogs;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.library.IndicatorImportResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 指标体系 screen's behaviour, without a stage. */
class IndicatorsViewModelTest {

    @TempDir Path temp;
    private Services services;
    private ScriptedDialogs dialogs;
    private IndicatorsViewModel viewModel;

    @BeforeEach
    void openWithTheSample() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        dialogs = new ScriptedDialogs();
        viewModel = new IndicatorsViewModel(services.listIndicatorSets(), services.loadIndicatorSet(), services.importIndicatorWorkbook(),
                services.exportIndicatorWorkbook(), new CurrentThreadTaskExecutor(), dialogs);
        viewModel.refresh(null);
    }

    private IndicatorTree shown() {
        return viewModel.shownTreeProperty().get();
    }

    @Test
    void showsTheNewestSetWithItsCounts() {
        assertEquals(1, viewModel.sets().size());
        assertTrue(shown().standardCount() >= 120);
        assertTrue(viewModel.summaryProperty().get().contains("条测评标准"));
        assertEquals(17, viewModel.siteTypes().size());
    }

    @Test
    void searchFiltersAsYouTypeByTextCodeOrBranchName() {
        viewModel.searchProperty().set("公平秤");
        assertEquals(1, shown().standardCount());
        viewModel.searchProperty().set("02-01-01");
        assertEquals(1, shown().standardCount());
        viewModel.searchProperty().set("交通秩序");
        int wholeIndicator = shown().categories().stream().filter(c -> c.name().equals("公共秩序"))
                .flatMap(c -> c.indicators().stream()).filter(i -> i.name().equals("交通秩序"))
                .mapToInt(i -> i.standards().size()).sum();
        assertEquals(7, wholeIndicator);
        viewModel.searchProperty().set("完全不存在的内容");
        assertEquals(0, shown().standardCount());
        viewModel.searchProperty().set("");
        assertTrue(shown().standardCount() >= 120);
    }

    @Test
    void siteTypeFilterShowsThatTypesChecklistAndPoints() {
        viewModel.siteTypeProperty().set("农贸市场");
        assertTrue(shown().standards().allMatch(s -> s.appliesTo("农贸市场")));
        IndicatorTree full = services.loadIndicatorSet().run("latest").orElseThrow().tree();
        assertEquals(full.pointsFor("农贸市场"), shown().totalPoints());
        assertTrue(viewModel.summaryProperty().get().startsWith("农贸市场："), viewModel.summaryProperty().get());
    }

    @Test
    void importSelectsTheNewSetAndReportsTheResult() throws Exception {
        dialogs.nextOpen = new WorkbookBuilder().sheet("Sheet1").row("小测评体系").row("测评项目", "测评内容", "测评标准", "分值", "适用点位")
                .row("公共环境", "环境卫生", "路面干净", 2, "公园").save(temp, "small.xlsx");
        viewModel.chooseAndImport();
        assertEquals(IndicatorImportResult.Outcome.IMPORTED, dialogs.importResults.get(0).outcome());
        assertEquals(2, viewModel.sets().size());
        assertEquals("小测评体系", viewModel.selectedSetProperty().get().name());
        assertEquals(1, shown().standardCount());
        assertEquals("导入完成", viewModel.statusProperty().get());
    }

    @Test
    void aRejectedImportShowsEveryErrorAndKeepsTheSelection() throws Exception {
        String before = viewModel.selectedSetProperty().get().id();
        dialogs.nextOpen = Files.writeString(temp.resolve("bad.xlsx"), "nope");
        viewModel.chooseAndImport();
        assertEquals(IndicatorImportResult.Outcome.REJECTED, dialogs.importResults.get(0).outcome());
        assertEquals(before, viewModel.selectedSetProperty().get().id());
        assertEquals(1, viewModel.sets().size());
    }

    @Test
    void exportWritesTheChosenFile() throws Exception {
        dialogs.nextSave = temp.resolve("export.xlsx");
        viewModel.chooseAndExport();
        assertTrue(Files.size(dialogs.nextSave) > 0);
        assertEquals(1, dialogs.informations.size());
    }

    @Test
    void narrowingKeepsWholeBranchesWhenTheirNameMatches() {
        IndicatorTree tree = services.loadIndicatorSet().run("latest").orElseThrow().tree();
        IndicatorTree narrowed = IndicatorsViewModel.narrow(tree, "", "市场管理");
        assertEquals(tree.categories().stream().filter(c -> c.name().equals("市场管理")).findFirst().orElseThrow()
                .indicators().stream().mapToInt(i -> i.standards().size()).sum(), narrowed.standardCount());
        assertNull(narrowed.standards().filter(Standard::negativeList).findFirst().orElse(null));
    }
}
