package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.WorkbookBuilder;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 包联 of streets and communities: a problem is its site's own 包联's; at a site without one, its community's, else its
 * street's; at a free address, its street's; in no area with a 包联, nobody's. Worked out by hand below; today is
 * 2026-11-27 and every problem is due 11-29, so all six are due by the round's end 12-05.
 */
class PartnerAreasTest {

    private static final String NDRC = "市发改委";
    private static final String FINANCE = "市财政局";
    private static final String HOUSING = "市住建局";
    private static final String TRANSPORT = "市交通局";
    private static final LocalDate DUE = LocalDate.of(2026, 11, 29);

    @TempDir Path temp;
    private Services services;

    /**
     * The market names its own 包联 (市发改委, 张副市长); 人民路 names none and lies in 东湖社区, whose 包联 is 市财政局 and
     * 李副市长; 建设路 names none and lies in 南湖社区, which has none, so 东湖街道's (市住建局, 王副市长) is its 包联.
     * 西湖街道 has 市交通局 and 赵副市长; 北湖街道 has nobody.
     */
    @BeforeEach
    void sitesAndAreas() throws Exception {
        Messages.use("zh");
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        Path sites = new WorkbookBuilder().sheet("点位清单")
                .row("区县", "街道", "社区", "点位名称", "点位类型", "地址", "责任单位", "包联单位", "包联领导")
                .row("城东区", "东湖街道", "东湖社区", "东湖农贸市场", "农贸市场", "东湖路 1 号", "城东区市场监管局", NDRC, "张副市长")
                .row("城东区", "东湖街道", "东湖社区", "人民路", "主次干道", "", "城东区城管局", "", "")
                .row("城东区", "东湖街道", "南湖社区", "建设路", "主次干道", "", "城东区城管局", "", "")
                .save(temp, "点位.xlsx");
        assertEquals(3, services.importSiteWorkbook().run(sites, Progress.NONE).added());
        Path areas = new WorkbookBuilder().sheet("片区包联")
                .row("区县", "街道", "社区", "包保单位", "包保领导")
                .row("城东区", "东湖街道", "", HOUSING, "王副市长")
                .row("城东区", "东湖街道", "东湖社区", FINANCE, "李副市长")
                .row("城东区", "西湖街道", "", TRANSPORT, "赵副市长")
                .save(temp, "片区包联.xlsx");
        assertEquals(3, services.importPartnerAreas().run(areas).added());
    }

    private Problem atSite(String site) {
        return services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.CITIZENS, site, null, null, null, null, "垃圾堆放", null, DUE),
                List.of(), "王芳");
    }

    private Problem atAddress(String address, String street) {
        return services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.CITIZENS, null, address, "城东区", street, null, "路面破损",
                "城东区城管局", DUE), List.of(), "王芳");
    }

    private void close(Problem problem) {
        TestWorkspaces.signInSupervisor(services, "陈主任");
        services.updateProblem().move(List.of(problem.id()), ProblemStatus.FIXING, "已通知", List.of(), null);
        services.updateProblem().move(List.of(problem.id()), ProblemStatus.TO_RECHECK, "已整改", List.of(), null);
        services.updateProblem().move(List.of(problem.id()), ProblemStatus.CLOSED, "现场核实已整改", List.of(), null);
    }

    /** The market one (closed), 人民路 two (one closed), 建设路 one, 西湖路 8 号 one (closed), 北湖路 3 号 one. */
    private Round sixProblemsAndARound() {
        close(atSite("东湖农贸市场"));
        close(atSite("人民路"));
        atSite("人民路");
        atSite("建设路");
        close(atAddress("西湖路 8 号", "西湖街道"));
        atAddress("北湖路 3 号", "北湖街道");
        return services.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), "");
    }

    @Test
    void eachProblemIsItsSitesOwn包联sElseItsCommunitysElseItsStreets() {
        sixProblemsAndARound();

        Map<String, String> byUnit = services.listPartnerProblems().run(ListPartnerProblems.By.UNIT, null).stream()
                .collect(Collectors.toMap(ListPartnerProblems.Partner::name, p -> p.sites() + " sites, " + p.problems().size() + " problems, " + p.open() + " open"));
        assertEquals(Map.of(
                NDRC, "1 sites, 1 problems, 0 open",
                FINANCE, "1 sites, 2 problems, 1 open",
                HOUSING, "1 sites, 1 problems, 1 open",
                TRANSPORT, "0 sites, 1 problems, 0 open"), byUnit, "北湖路 3 号 is nobody's");

        List<ListPartnerProblems.Partner> wang = services.listPartnerProblems().run(ListPartnerProblems.By.LEADER, "王副市长");
        assertEquals(List.of("建设路"), wang.get(0).problems().stream().map(l -> l.place().name()).toList());
        List<ListPartnerProblems.Partner> zhao = services.listPartnerProblems().run(ListPartnerProblems.By.LEADER, "赵副市长");
        assertEquals(List.of("西湖路 8 号"), zhao.get(0).problems().stream().map(l -> l.place().name()).toList());
    }

    @Test
    void theRankingCountsEachProblemForThe包联TheSameRuleGivesIt() {
        Round round = sixProblemsAndARound();

        RankPartnerRectification.Ranking ranking = services.rankPartnerRectification().of(round.id(), 5);

        // Fixed of due: 市发改委 1/1, 市交通局 1/1, 市财政局 1/2, 市住建局 0/1; 北湖路 3 号 counts for nobody.
        assertEquals(Map.of(NDRC, "1/1", TRANSPORT, "1/1", FINANCE, "1/2", HOUSING, "0/1"), rates(ranking.units()));
        assertEquals(Map.of("张副市长", "1/1", "赵副市长", "1/1", "李副市长", "1/2", "王副市长", "0/1"), rates(ranking.leaders()));
        assertEquals(HOUSING, ranking.units().bestFirst().get(3).unit(), "worst last");
        // Four 包联单位, so each list takes at most two: the two that did not fix all, worst first.
        assertEquals(List.of(HOUSING, FINANCE), ranking.units().blackList().stream().map(ShowRectificationStanding.UnitStanding::unit).toList());
    }

    private static Map<String, String> rates(RankPartnerRectification.Ranked ranked) {
        return ranked.bestFirst().stream().collect(Collectors.toMap(ShowRectificationStanding.UnitStanding::unit, u -> u.fixed() + "/" + u.due()));
    }
}
