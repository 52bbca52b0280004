package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Quota;
import org.civicinspect.model.Recheck;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem from another source at a site and a standard is rechecked on site as an inspection's problem is: a citizen
 * reports two faults at 东湖农贸市场 on 2026-11-27 (today), the unit replies, the office leaves both for a recheck on
 * site (待复查), and the next round (from 12-01) finds the first put right (销号) and the second still there
 * (复查未通过). A problem at a free address has no place a round visits: its reply is closed or returned, never left for
 * a recheck.
 */
class RecheckOfProblemsFromOtherSourcesTest {

    private static final String MARKET = "东湖农贸市场";
    private static final String MARKET_UNIT = "城东区市场监管局";
    private static final String STREETS_UNIT = "城东区城管局";

    @TempDir Path temp;
    private Services services;
    private Round round;
    private DrawnSite market;
    private List<Standard> checklist;

    @BeforeEach
    void aRoundAfterToday() {
        Messages.use("zh");
        services = TestWorkspaces.open(temp.resolve("ws"));
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
        TestWorkspaces.signInSupervisor(services, "陈主任");
        round = services.createRound().run("第一期", "latest", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 5), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(new Quota("公园", null, 1)), 0, 1));
        market = services.assignTeams().run(round.id(), List.of()).drawn().stream().filter(d -> d.site().name().equals(MARKET)).findFirst()
                .orElseThrow();
        checklist = services.openInspection().run(round.id(), market.site().id()).standards();
    }

    @AfterEach
    void chineseAgain() {
        Messages.use("zh");
    }

    private Problem raise(String site, String address, String standardCode, String unit) {
        return services.raiseProblem().run(new RaiseProblem.Request(ProblemSource.CITIZENS, site, address, address == null ? null : "城东区",
                address == null ? null : "东湖街道", standardCode, "群众反映：地面脏乱", unit, LocalDate.of(2026, 12, 3)), List.of(), "王芳");
    }

    /** 派单 of the unit's problems by workbook, the unit's reply to each, and the replies taken in. */
    private void replied(String unit, Problem... problems) throws Exception {
        Path workbook = services.dispatchProblems().run(List.of(unit), temp.resolve("派单"), null).get(0).file();
        for (Problem p : problems) {
            DispatchAndRepliesTest.fill(workbook, p, "赵敏", "13900000002", "已清扫并安排专人保洁", LocalDate.of(2026, 11, 26), "");
        }
        assertEquals(problems.length, services.importReplyWorkbook().run(workbook, null).received().size());
    }

    @Test
    void aRecheckOnSiteClosesOrReopensAProblemRaisedByHandAtASiteAndStandard() throws Exception {
        Standard fixedOne = checklist.get(0);
        Standard stillThere = checklist.get(1);
        Problem fixed = raise(MARKET, null, fixedOne.code(), null);
        Problem notFixed = raise(MARKET, null, stillThere.code(), null);
        replied(MARKET_UNIT, fixed, notFixed);
        services.verifyReply().run(List.of(fixed.id(), notFixed.id()), VerifyReply.Decision.RECHECK, null);

        assertEquals(ProblemStatus.TO_RECHECK, status(fixed));
        assertEquals(ProblemStatus.TO_RECHECK, status(notFixed));
        assertEquals("0/2", rate(), "both due 12-03, by the round's end; 待复查 is still open");
        Map<String, Recheck> rechecks = services.openInspection().rechecks(round.id(), market.site().id());
        assertEquals(fixed.id(), rechecks.get(fixedOne.code()).problemId(), "the round rechecks it at the market");
        assertEquals(notFixed.id(), rechecks.get(stillThere.code()).problemId());
        assertEquals("群众反映：地面脏乱", rechecks.get(fixedOne.code()).note(), "with what the citizen reported");

        inspectMarket(stillThere);

        Problem closed = find(fixed);
        assertEquals(ProblemStatus.CLOSED, closed.status());
        assertEquals(round.id(), closed.closedInRound());
        Problem reopened = find(notFixed);
        assertEquals(ProblemStatus.FIXING, reopened.status());
        assertEquals(1, reopened.reopened());
        assertEquals(List.of("RAISED", "DISPATCHED", "REPLIED", "REPLY_RECHECK", "RECHECK_PASSED"), kinds(fixed));
        assertEquals(List.of("RAISED", "DISPATCHED", "REPLIED", "REPLY_RECHECK", "RECHECK_FAILED"), kinds(notFixed));
        assertEquals(List.of(notFixed.id()), services.listProblems().run(round.id(), ListProblems.Filter.ALL).problems().stream()
                .map(l -> l.problem().id()).toList(), "no second problem for the same fault: the round lists the one whose recheck failed");
        assertEquals(List.of("东湖农贸市场|群众反映|地面仍有积水垃圾"), services.exportProblemList().problems(round.id()).stream()
                .map(p -> p.site() + "|" + p.source() + "|" + p.description()).toList(), "the round's 问题清单 says what its recheck found");
        assertEquals(1, services.exportProblemList().problems(round.id(), ReportScope.Counted.APPROVED, ProblemSource.CITIZENS).size());
        assertEquals(List.of(), services.exportProblemList().problems(round.id(), ReportScope.Counted.APPROVED, ProblemSource.INSPECTION));
        ShowRectificationStanding.UnitStanding standing = services.showRectificationStanding().of(round.id(), 5).units().get(0);
        assertEquals("1/2", rate());
        assertEquals(1, standing.failedRechecks());
        assertTrue(services.verifyWorkspace().run().unexplained().isEmpty(), "every status the log records");
    }

    @Test
    void aProblemRaisedAfterTheRoundStartedWaitsForTheNextRound() throws Exception {
        Round earlier = services.createRound().run("第零期", "latest", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), "");
        raise(MARKET, null, checklist.get(0).code(), null);

        assertEquals(Map.of(), services.openInspection().rechecks(earlier.id(), market.site().id()), "raised on 11-27, after 11-20");
        assertEquals(1, services.openInspection().rechecks(round.id(), market.site().id()).size());
    }

    @Test
    void aReplyToAProblemAtAFreeAddressIsClosedOrReturnedNeverLeftForARecheck() throws Exception {
        Problem street = raise(null, "人民路 12 号", null, STREETS_UNIT);
        replied(STREETS_UNIT, street);

        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> services.verifyReply().run(List.of(street.id()), VerifyReply.Decision.RECHECK, null));

        assertEquals("问题 " + street.id().substring(0, 8) + " 不在点位上或没有测评标准，测评轮次无法到实地复查：请确认销号，或退回",
                Messages.get(refused.messageKey(), refused.args()));
        assertEquals(ProblemStatus.FIXING, status(street));
        assertEquals(1, services.listPendingReplies().run().size(), "the reply still waits for 核查");
        services.verifyReply().run(List.of(street.id()), VerifyReply.Decision.CLOSE, null);
        assertEquals(ProblemStatus.CLOSED, status(street));
    }

    /** The market inspected and approved: every standard passes but {@code failing}. */
    private void inspectMarket(Standard failing) {
        for (Standard s : checklist) {
            boolean fails = s.code().equals(failing.code());
            services.recordFinding().run(new RecordFinding.Request(round.id(), market.site().id(), s.code(),
                    fails ? ShowRectificationStandingTest.failing(s) : ShowRectificationStandingTest.passing(s), fails ? "地面仍有积水垃圾" : "",
                    List.of(), "张伟"));
        }
        services.completeInspection().run(round.id(), market.site().id());
        services.reviewInspection().approve(round.id(), market.site().id());
    }

    /** The market unit's 整改率 as the round's standing publishes it (what {@code report rectification} prints): fixed/due. */
    private String rate() {
        ShowRectificationStanding.UnitStanding unit = services.showRectificationStanding().of(round.id(), 5).units().stream()
                .filter(u -> u.unit().equals(MARKET_UNIT)).findFirst().orElseThrow();
        return unit.fixed() + "/" + unit.due();
    }

    private Problem find(Problem problem) {
        return services.workspace().read(tx -> tx.problems().find(problem.id()).orElseThrow());
    }

    private ProblemStatus status(Problem problem) {
        return find(problem).status();
    }

    private List<String> kinds(Problem problem) {
        return services.showProblemHistory().run(problem.id()).stream().map(e -> e.step().kind()).toList();
    }
}
