package org.civicinspect.service.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.model.Progress;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Site;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every layout of docs/workbook-formats.md (the site workbook), each with its own small workbook. */
class ImportSiteWorkbookTest {

    @TempDir Path temp;
    private Services services;

    @BeforeEach
    void workspaceWithTheSampleSet() {
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
    }

    private SiteImportResult importFile(Path file) {
        return services.importSiteWorkbook().run(file, Progress.NONE);
    }

    private List<Site> imported(WorkbookBuilder workbook) throws Exception {
        SiteImportResult result = importFile(workbook.save(temp, "sites" + System.nanoTime() + ".xlsx"));
        assertEquals(List.of(), result.errors().stream().map(SheetProblem::toString).toList());
        return services.listSites().run(SiteFilter.ALL);
    }

    private Map<String, Long> counts() {
        return services.workspace().read(c -> c.sites().tableCounts());
    }

    @Test
    void sharedSampleImportsAsTenSitesInTwoDistrictsThreeMustCheck() {
        SiteImportResult result = importFile(TestWorkspaces.sharedSample("sites-sample.xlsx"));
        assertTrue(result.imported(), result.errors().toString());
        assertEquals(10, result.added());
        List<Site> sites = services.listSites().run(SiteFilter.ALL);
        assertEquals(10, sites.size());
        assertEquals(2L, sites.stream().map(Site::district).distinct().count());
        assertEquals(3L, sites.stream().filter(Site::mustCheck).count());
        Site market = sites.stream().filter(s -> s.name().equals("东湖农贸市场")).findFirst().orElseThrow();
        assertEquals("城东区", market.district());
        assertEquals("东湖街道", market.street());
        assertEquals("东湖社区", market.community());
        assertEquals("城东区市场监管局", market.responsibleUnit());
        assertEquals("市商务局", market.partnerUnit());
    }

    @Test
    void reImportReportsAddedUpdatedAndUnchanged() throws Exception {
        importFile(TestWorkspaces.sharedSample("sites-sample.xlsx"));
        SiteImportResult again = importFile(TestWorkspaces.sharedSample("sites-sample.xlsx"));
        assertEquals(List.of(0, 0, 10), List.of(again.added(), again.updated(), again.unchanged()));
        Path changed = new WorkbookBuilder().sheet("Sheet1")
                .row("区县", "街道", "点位名称", "点位类型", "地址", "必查点")
                .row("城东区", "东湖街道", "东湖农贸市场", "农贸市场", "东湖路14号", "是")
                .row("城东区", "东湖街道", "东湖小学周边", "中小学校周边", "东湖路30号", "")
                .save(temp, "changed.xlsx");
        SiteImportResult third = importFile(changed);
        assertEquals(List.of(1, 1, 0), List.of(third.added(), third.updated(), third.unchanged()));
        assertEquals(11, services.listSites().run(SiteFilter.ALL).size());
        assertEquals("东湖路14号", services.listSites().run(new SiteFilter("", "", "", false, true, "东湖农贸")).get(0).address());
    }

    @Test
    void readsAliasesTitlesNotesAndFlags() throws Exception {
        List<Site> sites = imported(new WorkbookBuilder().sheet("Sheet1")
                .row("XX市点位清单（2026年第二批）")
                .row("说明：必查点每期必测")
                .blankRow()
                .row("序号", "区", "镇街", "村（社区）", "名称", "类型", "详细地址", "主管单位", "包保单位", "经度", "纬度", "必查")
                .row(1, "城东区", "东湖街道", "东湖社区", "东湖公园", "公园", "湖滨路1号", "园林局", "文旅局", 120.123456, 30.5, "√")
                .row("注：坐标为WGS84")
                .row(2, "城东区", "东湖街道", "东湖社区", "东湖路", "主次干道", "", "城管局", "", "", "", "否"));
        assertEquals(2, sites.size());
        Site park = sites.stream().filter(s -> s.name().equals("东湖公园")).findFirst().orElseThrow();
        assertTrue(park.mustCheck());
        assertEquals(new BigDecimal("120.123456"), park.longitude());
        assertEquals(new BigDecimal("30.5"), park.latitude());
        assertEquals("文旅局", park.partnerUnit());
    }

    @Test
    void readsTheOtherAliasesToo() throws Exception {
        List<Site> sites = imported(new WorkbookBuilder().sheet("Sheet1")
                .row("县（市、区）", "乡镇（街道）", "社区", "点位名称", "点位类型", "地址", "责任单位", "包联单位", "必查点")
                .row("城西区", "西山镇", "西山村", "西山小学周边", "中小学校周边", "西山路2号", "教育局", "团市委", "是"));
        Site school = sites.get(0);
        assertEquals(List.of("城西区", "西山镇", "西山村", "教育局", "团市委"),
                List.of(school.district(), school.street(), school.community(), school.responsibleUnit(), school.partnerUnit()));
    }

    @Test
    void mergedAndBlankDistrictAndStreetCellsMeanSameAsAbove() throws Exception {
        List<Site> sites = imported(new WorkbookBuilder().sheet("Sheet1")
                .row("区县", "街道", "点位名称", "点位类型")
                .row("城东区", "东湖街道", "东湖路", "主次干道")
                .row(null, null, "东湖公园", "公园")
                .row(null, "新桥街道", "新桥公交站", "公交站点")
                .row("", "", "新桥路", "主次干道")
                .row("城西区", "", "西山公园", "公园")
                .merge("A2:A5").merge("B2:B3"));
        Map<String, Site> byName = sites.stream().collect(java.util.stream.Collectors.toMap(Site::name, s -> s));
        assertEquals("东湖街道", byName.get("东湖公园").street());
        assertEquals("城东区", byName.get("新桥路").district());
        assertEquals("新桥街道", byName.get("新桥路").street());
        assertEquals("城西区", byName.get("西山公园").district());
        assertEquals("", byName.get("西山公园").street());
    }

    @Test
    void oneSheetPerDistrictTakesTheDistrictFromTheSheetName() throws Exception {
        List<Site> sites = imported(new WorkbookBuilder()
                .sheet("城东区").row("城东区点位").row("街道", "点位名称", "点位类型").row("东湖街道", "东湖路", "主次干道")
                .sheet("城西区").row("街道", "点位名称", "点位类型").row("西山街道", "西山公园", "公园"));
        assertEquals(List.of("城东区", "城西区"), sites.stream().map(Site::district).sorted().toList());
    }

    @Test
    void oneSheetPerTypeTakesTheTypeFromTheSheetName() throws Exception {
        List<Site> sites = imported(new WorkbookBuilder()
                .sheet("农贸市场").row("区县", "点位名称", "地址").row("城东区", "东湖农贸市场", "东湖路12号")
                .sheet("公园").row("区县", "点位名称", "地址").row("城东区", "东湖公园", "湖滨路1号"));
        assertEquals(List.of("公园", "农贸市场"), sites.stream().map(Site::siteType).sorted().toList());
    }

    @Test
    void anUnknownSiteTypeIsAnErrorThatListsTheKnownOnesAndChangesNothing() throws Exception {
        importFile(TestWorkspaces.sharedSample("sites-sample.xlsx"));
        Map<String, Long> before = counts();
        Path file = new WorkbookBuilder().sheet("Sheet1")
                .row("区县", "点位名称", "点位类型", "必查点", "经度", "纬度")
                .row("", "无名点位", "公园", "", "", "")
                .row("城东区", "东湖菜场", "菜市场", "", "", "")
                .row("城东区", "", "公园", "可能", "", "")
                .row("城东区", "坐标点", "公园", "", "东经120度", "30")
                .save(temp, "bad.xlsx");
        SiteImportResult result = importFile(file);
        assertFalse(result.imported());
        assertEquals(List.of("Sheet1!A2", "Sheet1!C3", "Sheet1!B4", "Sheet1!D4", "Sheet1!E5"),
                result.errors().stream().map(SheetProblem::location).toList());
        SheetProblem unknown = result.errors().get(1);
        assertEquals("sites.unknownType", unknown.messageKey());
        assertTrue(unknown.args().get(1).toString().contains("农贸市场"));
        assertEquals(before, counts());
    }

    @Test
    void theSameSiteTwiceInOneFileIsAnError() throws Exception {
        Path file = new WorkbookBuilder().sheet("Sheet1").row("区县", "点位名称", "点位类型")
                .row("城东区", "东湖路", "主次干道").row("城东区", "东湖路", "主次干道").save(temp, "twice.xlsx");
        assertEquals("sites.duplicate", importFile(file).errors().get(0).messageKey());
    }

    @Test
    void aFileThatIsNoWorkbookOrHasNoSiteTableIsRefused() throws Exception {
        assertEquals("import.notWorkbook", importFile(Files.writeString(temp.resolve("x.xlsx"), "hello")).errors().get(0).messageKey());
        assertEquals("sites.noHeader", importFile(TestWorkspaces.sharedSample("indicators-sample.xlsx")).errors().get(0).messageKey());
    }

    @Test
    void exportRoundTrips() throws Exception {
        importFile(TestWorkspaces.sharedSample("sites-sample.xlsx"));
        imported(new WorkbookBuilder().sheet("Sheet1").row("区县", "点位名称", "点位类型", "经度", "纬度", "状态")
                .row("城南区", "南门广场", "公共广场", "118.5", "-24.25", "停用"));
        List<Site> before = services.listSites().run(SiteFilter.ALL);
        Path out = temp.resolve("export.xlsx");
        services.exportSiteWorkbook().run(before, "点位清单", out, Progress.NONE);
        SiteImportResult back = importFile(out);
        assertEquals(List.of(0, 0, 11), List.of(back.added(), back.updated(), back.unchanged()));
        assertEquals(before, services.listSites().run(SiteFilter.ALL));
    }
}
