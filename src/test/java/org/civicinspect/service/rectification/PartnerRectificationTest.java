package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.sites.SiteFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 包联: each site's 包联单位 and 包联领导 come in from the site workbook and go out with it; each 包联 sees the problems at
 * its sites; and the 包联 ranking by 整改率, worked out by hand below, counts as the units' 整改率 does. Today is 2026-11-27.
 */
class PartnerRectificationTest {

    private static final String NDRC = "市发改委";
    private static final String FINANCE = "市财政局";
    private static final String ZHANG = "张副市长";
    private static final String LI = "李副市长";

    @TempDir Path temp;
    private Services services;
    private Map<String, Site> sites;

    /**
     * Four sites: the market and 人民路 are 市发改委's, 解放路 市财政局's, 建设路 names no 包联; the market's leader is
     * 张副市长, 人民路's and 解放路's 李副市长 (written under the alias 包保领导 for 解放路's sheet row is the same column).
     */
    @BeforeEach
    void fourSitesWithTheir包联() throws Exception {
        Messages.use("zh");
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        Path workbook = new WorkbookBuilder().sheet("点位清单")
                .row("区县", "街道", "社区", "点位名称", "点位类型", "地址", "责任单位", "包保单位", "包保领导")
                .row("城东区", "东湖街道", "", "东湖农贸市场", "农贸市场", "东湖路 1 号", "城东区市场监管局", NDRC, ZHANG)
                .row("城东区", "东湖街道", "", "人民路", "主次干道", "", "城东区城管局", NDRC, LI)
                .row("城东区", "东湖街道", "", "解放路", "主次干道", "", "城东区城管局", FINANCE, LI)
                .row("城东区", "东湖街道", "", "建设路", "主次干道", "", "城东区城管局", "", "")
                .save(temp, "点位.xlsx");
        assertEquals(4, services.importSiteWorkbook().run(workbook, Progress.NONE).added());
        sites = services.listSites().run(SiteFilter.ALL).stream().collect(Collectors.toMap(Site::name, Function.identity()));
    }

    private Problem raise(String site, LocalDate deadline) {
        return services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.CITIZENS, sites.get(site).id(), null, null, null, null,
                "垃圾堆放", null, deadline), List.of(), "王芳");
    }

    private void close(Problem problem) {
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.updateProblem().move(List.of(problem.id()), ProblemStatus.FIXING, "已通知", List.of(), null);
        services.updateProblem().move(List.of(problem.id()), ProblemStatus.TO_RECHECK, "已清理", List.of(), null);
        services.updateProblem().move(List.of(problem.id()), ProblemStatus.CLOSED, "现场核实已整改", List.of(), null);
    }

    /**
     * Due 11-29: the market two (one closed), 人民路 one (closed), 解放路 two (none closed), 建设路 one (open); due 12-20,
     * not yet due at the round's end 12-05: one more at 解放路.
     */
    private Round problemsAndARound() {
        LocalDate due = LocalDate.of(2026, 11, 29);
        close(raise("东湖农贸市场", due));
        raise("东湖农贸市场", due);
        close(raise("人民路", due));
        raise("解放路", due);
        raise("解放路", due);
        raise("建设路", due);
        raise("解放路", LocalDate.of(2026, 12, 20));
        return services.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), "");
    }

    private static void standing(ShowRectificationStanding.UnitStanding u, String name, int due, int fixed, int overdue, long overdueDays) {
        assertEquals(name, u.unit());
        assertEquals(due, u.due(), name + " due");
        assertEquals(fixed, u.fixed(), name + " fixed");
        assertEquals(overdue, u.overdue(), name + " overdue");
        assertEquals(overdueDays, u.overdueDays(), name + " days overdue in all");
        assertEquals(0, BigDecimal.valueOf(fixed).divide(BigDecimal.valueOf(due), MathContext.DECIMAL64).compareTo(u.rate()), name + " 整改率");
    }

    @Test
    void sitesKeepTheir包联FromTheWorkbookAndExportItUnderItsOwnHeader() throws Exception {
        assertEquals(NDRC, sites.get("东湖农贸市场").partnerUnit());
        assertEquals(ZHANG, sites.get("东湖农贸市场").partnerLeader());
        assertEquals("", sites.get("建设路").partnerLeader());

        Path out = temp.resolve("导出.xlsx");
        services.exportSiteWorkbook().run(services.listSites().run(SiteFilter.ALL), "点位清单", out, Progress.NONE);
        try (Workbook wb = WorkbookFactory.create(out.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(1);
            int leader = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                leader = "包联领导".equals(header.getCell(c).getStringCellValue()) ? c : leader;
            }
            assertEquals(8, leader, "after 包联单位");
            List<String> leaders = new java.util.ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                leaders.add(row.getCell(leader) == null ? "" : row.getCell(leader).getStringCellValue());
            }
            assertEquals(List.of("", ZHANG, LI, LI), leaders.stream().sorted().toList());
        }
        Services again = TestWorkspaces.open(temp.resolve("ws2"));
        again.importSampleIndicatorSet().run(Progress.NONE);
        again.importSiteWorkbook().run(out, Progress.NONE);
        assertEquals(services.listSites().run(SiteFilter.ALL).stream().map(s -> s.name() + s.partnerUnit() + s.partnerLeader()).sorted().toList(),
                again.listSites().run(SiteFilter.ALL).stream().map(s -> s.name() + s.partnerUnit() + s.partnerLeader()).sorted().toList(),
                "read back as written");
    }

    @Test
    void the包联RankingCountsTheProblemsDueAtEach包联sSitesAsTheUnitsRateDoes() {
        Round round = problemsAndARound();

        RankPartnerRectification.Ranking ranking = services.rankPartnerRectification().of(round.id(), 5);

        // 市发改委: market 2 + 人民路 1 due, 2 fixed → 2/3; the open one 6 days overdue (11-29 → 12-05).
        // 市财政局: 解放路 2 due (the one due 12-20 is not), none fixed → 0/2, both 6 days overdue. 建设路 counts for nobody.
        assertEquals(2, ranking.units().bestFirst().size());
        standing(ranking.units().bestFirst().get(0), NDRC, 3, 2, 1, 6);
        standing(ranking.units().bestFirst().get(1), FINANCE, 2, 0, 2, 12);
        // Two 包联单位: each list takes at most one (half); 市发改委 fixed some, 市财政局 did not fix all.
        assertEquals(List.of(NDRC), ranking.units().redList().stream().map(ShowRectificationStanding.UnitStanding::unit).toList());
        assertEquals(List.of(FINANCE), ranking.units().blackList().stream().map(ShowRectificationStanding.UnitStanding::unit).toList());

        // 张副市长: the market, 1 of 2 → 1/2. 李副市长: 人民路 1 + 解放路 2 due, 1 fixed → 1/3.
        standing(ranking.leaders().bestFirst().get(0), ZHANG, 2, 1, 1, 6);
        standing(ranking.leaders().bestFirst().get(1), LI, 3, 1, 2, 12);
        assertEquals(List.of(ZHANG), ranking.leaders().redList().stream().map(ShowRectificationStanding.UnitStanding::unit).toList());
        assertEquals(List.of(LI), ranking.leaders().blackList().stream().map(ShowRectificationStanding.UnitStanding::unit).toList());

        // The units' standing over the same problems: all six due ones (建设路's too), 2 of them fixed.
        ShowRectificationStanding.Standing units = services.showRectificationStanding().of(round.id(), 5);
        assertEquals(6, units.units().stream().mapToInt(ShowRectificationStanding.UnitStanding::due).sum());
        assertEquals(2, units.units().stream().mapToInt(ShowRectificationStanding.UnitStanding::fixed).sum());
    }

    @Test
    void each包联SeesTheProblemsAtItsSitesWithTheirStatusAndColour() {
        problemsAndARound();

        List<ListPartnerProblems.Partner> byUnit = services.listPartnerProblems().run(ListPartnerProblems.By.UNIT, null);
        assertEquals(java.util.Set.of(FINANCE, NDRC), byUnit.stream().map(ListPartnerProblems.Partner::name).collect(Collectors.toSet()));
        ListPartnerProblems.Partner ndrc = byUnit.stream().filter(p -> p.name().equals(NDRC)).findFirst().orElseThrow();
        assertEquals(2, ndrc.sites());
        assertEquals(3, ndrc.problems().size());
        assertEquals(1, ndrc.open());

        List<ListPartnerProblems.Partner> li = services.listPartnerProblems().run(ListPartnerProblems.By.LEADER, " " + LI + " ");
        assertEquals(1, li.size());
        assertEquals(2, li.get(0).sites(), "人民路 and 解放路");
        assertEquals(4, li.get(0).problems().size(), "人民路's one and 解放路's three, due or not");
        ListProblems.Listed first = li.get(0).problems().get(0);
        assertEquals(org.civicinspect.model.Escalation.YELLOW, first.escalation(), "due 11-29, two days left today: 黄, worst first");
        assertEquals(ProblemStatus.TO_FIX, first.problem().status());

        RequestRefused unknown = assertThrows(RequestRefused.class,
                () -> services.listPartnerProblems().run(ListPartnerProblems.By.LEADER, "王副市长"));
        assertEquals("没有点位或片区的包联领导是“王副市长”", Messages.get(unknown.messageKey(), unknown.args()));
    }
}
