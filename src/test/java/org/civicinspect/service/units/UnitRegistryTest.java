package org.civicinspect.service.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Progress;
import org.civicinspect.model.ResponsibleUnit;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unit registry (单位名录): units named on sites are known from sites until an office registers them with contacts,
 * by hand or from a workbook; a workbook with any error changes nothing; the export reads back the same.
 */
class UnitRegistryTest {

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void workspaceWithSites() throws Exception {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        String type = services.listIndicatorSets().siteTypes().get(0);
        Path sites = new WorkbookBuilder().sheet("点位清单")
                .row("区县", "点位名称", "点位类型", "责任单位", "包联单位")
                .row("城东区", "东湖路", type, "城管局", "东湖街道办事处")
                .row("城东区", "新桥路", type, "城管局", "")
                .row("城西区", "西山路", type, "交通局", "")
                .save(temp, "点位.xlsx");
        services.importSiteWorkbook().run(sites, Progress.NONE);
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private static List<String> english(List<SheetProblem> problems) {
        Messages.use("en");
        try {
            return problems.stream().map(Messages::describe).toList();
        } finally {
            Messages.use("zh");
        }
    }

    @Test
    void unitsNamedOnSitesAreKnownFromSitesUntilRegisteredWithTheirContacts() {
        assertEquals(List.of(), services.listUnits().registered());
        assertEquals(List.of(new UnitFromSites("东湖街道办事处", 1), new UnitFromSites("交通局", 1), new UnitFromSites("城管局", 2)),
                services.listUnits().knownFromSites(), "by name, with how many sites name each (as 责任单位 or 包联单位)");

        ResponsibleUnit cityManagement = new ResponsibleUnit("城管局", "部门", "王局长", "13800000001", "李联络", "13900000002", "");
        assertEquals(cityManagement, services.saveUnit().run(new ResponsibleUnit(" 城管局 ", "部门 ", "王局长", "13800000001", "李联络",
                "13900000002", "")));
        services.saveUnit().run(new ResponsibleUnit("市场监管局", "部门", "", "", "赵敏", "0571-1234", "未在点位上出现"));

        assertEquals(List.of(cityManagement, new ResponsibleUnit("市场监管局", "部门", "", "", "赵敏", "0571-1234", "未在点位上出现")),
                services.listUnits().registered(), "by name, as the database sorts it on either engine");
        assertEquals(List.of(new UnitFromSites("东湖街道办事处", 1), new UnitFromSites("交通局", 1)), services.listUnits().knownFromSites());
        assertEquals("城管局", services.listSites().run(SiteFilter.ALL).get(0).responsibleUnit(),
                "the sites still name the unit they named");
    }

    @Test
    void aUnitNeedsAName() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> services.saveUnit().run(ResponsibleUnit.named("  ")));
        assertEquals("units.form.nameRequired", refused.messageKey());
    }

    @Test
    void aDirectoryWithAliasHeadersRegistersAndUpdatesByNameAndTheExportReadsBackTheSame() throws Exception {
        services.saveUnit().run(new ResponsibleUnit("城管局", "部门", "旧局长", "", "", "", ""));
        Path directory = new WorkbookBuilder().sheet("名录")
                .row("2026年责任单位名录")
                .row("单位", "类别", "负责人", "负责人电话", "联系人", "联系电话", "备注")
                .row("城管局", "部门", "王局长", 13800000001L, "李联络", "13900000002", "")
                .row("交通局", "部门", "孙局长", "", "周联络", "", "道路")
                .row("注：电话写手机号")
                .save(temp, "名录.xlsx");

        ListImport result = services.importUnitWorkbook().run(directory);
        assertEquals(List.of(), english(result.errors()));
        assertEquals(List.of(1, 1, 0), List.of(result.added(), result.updated(), result.unchanged()));
        List<ResponsibleUnit> imported = services.listUnits().registered();
        assertEquals(List.of(new ResponsibleUnit("交通局", "部门", "孙局长", "", "周联络", "", "道路"),
                new ResponsibleUnit("城管局", "部门", "王局长", "13800000001", "李联络", "13900000002", "")), imported,
                "a phone typed as a number reads as its digits");

        Path out = temp.resolve("导出.xlsx");
        assertEquals(imported, services.exportUnitWorkbook().run("单位名录", out, false));
        ListImport again = services.importUnitWorkbook().run(out);
        assertEquals(List.of(0, 0, 2), List.of(again.added(), again.updated(), again.unchanged()));
        assertEquals(imported, services.listUnits().registered());
    }

    @Test
    void theExportCanCarryTheUnitsKnownFromSitesForTheOfficeToFillIn() throws Exception {
        services.saveUnit().run(new ResponsibleUnit("城管局", "部门", "王局长", "", "", "", ""));
        List<ResponsibleUnit> written = services.exportUnitWorkbook().run("单位名录", temp.resolve("待补.xlsx"), true);
        assertEquals(List.of(ResponsibleUnit.named("东湖街道办事处"), ResponsibleUnit.named("交通局"),
                new ResponsibleUnit("城管局", "部门", "王局长", "", "", "", "")), written);
    }

    @Test
    void aDirectoryWithErrorsIsRefusedWholeWithEveryErrorNamed() throws Exception {
        List<UnitFromSites> before = services.listUnits().knownFromSites();
        Path directory = new WorkbookBuilder().sheet("名录")
                .row("单位名称", "单位类型", "联络员")
                .row("城管局", "部门", "李联络")
                .row("", "部门", "无名")
                .row("城管局", "部门", "又一个")
                .save(temp, "坏名录.xlsx");

        ListImport result = services.importUnitWorkbook().run(directory);
        assertFalse(result.ok());
        assertEquals(List.of("名录!A3: 单位名称 is empty", "名录!A4: the same unit as 名录!A2 (same name)"), english(result.errors()));
        assertEquals(List.of(), services.listUnits().registered());
        assertEquals(before, services.listUnits().knownFromSites());
    }
}
