package org.civicinspect.service.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civicinspect.MovingClock;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Answer;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.Grade;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.Progress;
import org.civicinspect.model.Role;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Standard;
import org.civicinspect.service.Services;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.service.rectification.ShowRectificationStanding.Exposed;
import org.civicinspect.service.rectification.ShowRectificationStanding.Standing;
import org.civicinspect.service.rectification.ShowRectificationStanding.UnitStanding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rectification standing the bulletin publishes: judged on the problems due by the round's end date, whichever
 * round raised them, as they stood when the round's review was done.
 */
class ShowRectificationStandingTest {

    private static final String MARKET = "东湖农贸市场";
    private static final String HOSPITAL = "市第一人民医院";
    private static final String SQUARE = "市民广场";
    private static final String MARKET_UNIT = "城东区市场监管局";
    private static final String HOSPITAL_UNIT = "市卫健委";
    private static final String SQUARE_UNIT = "城西区城管局";

    @TempDir Path temp;
    private final MovingClock clock = new MovingClock(TestWorkspaces.CLOCK.instant());
    private Services services;

    @BeforeEach
    void aCityWithThreeMustCheckSites() {
        services = new Services(TestWorkspaces.workspace(temp.resolve("ws")), clock);
        services.importSampleIndicatorSet().run(Progress.NONE);
        services.importSiteWorkbook().run(TestWorkspaces.sharedSample("sites-sample.xlsx"), Progress.NONE);
        services.addPerson().run("张伟", "", Role.INSPECTOR, "第一组");
    }

    /** A round of the three must-check sites; the sites named fail their first standard, the others pass everything. */
    private Round round(String name, LocalDate start, Set<String> failing) {
        return round(name, start, failing, Set.of());
    }

    /** As {@link #round(String, LocalDate, Set)}, the sites in {@code notApplicable} answering their first standard 不适用. */
    private Round round(String name, LocalDate start, Set<String> failing, Set<String> notApplicable) {
        Round round = services.createRound().run(name, "latest", start, start.plusDays(4), "");
        services.drawRoundSample().run(round.id(), new SamplingPlan(List.of(), 0, 1));
        for (DrawnSite site : services.assignTeams().run(round.id(), List.of()).drawn()) {
            List<Standard> checklist = services.openInspection().run(round.id(), site.site().id()).standards();
            for (Standard s : checklist) {
                boolean fail = s == checklist.get(0) && failing.contains(site.site().name());
                boolean left = s == checklist.get(0) && notApplicable.contains(site.site().name());
                services.recordFinding().run(new RecordFinding.Request(round.id(), site.site().id(), s.code(),
                        fail ? failing(s) : left ? Answer.notApplicable() : passing(s), fail ? "问题" : "", List.of(), "张伟"));
            }
            services.completeInspection().run(round.id(), site.site().id());
            TestWorkspaces.signInSupervisor(services, "陈主任");
            services.reviewInspection().approve(round.id(), site.site().id());
        }
        return round;
    }

    static Answer passing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.met();
            case GRADED -> Answer.grade(Grade.A);
            case DEDUCTION -> Answer.occurrences(0);
        };
    }

    static Answer failing(Standard s) {
        return switch (s.scoring().mode()) {
            case BINARY -> Answer.notMet();
            case GRADED -> Answer.grade(Grade.C);
            case DEDUCTION -> Answer.occurrences(2);
        };
    }

    private static List<String> names(List<UnitStanding> units) {
        return units.stream().map(UnitStanding::unit).toList();
    }

    @Test
    void problemsNotYetDueAreOnNoListAndTheRecheckRoundJudgesWhatFellDue() {
        round("第1期", LocalDate.of(2026, 1, 5), Set.of(MARKET, HOSPITAL, SQUARE));
        round("第2期", LocalDate.of(2026, 1, 19), Set.of(HOSPITAL));

        Standing first = services.showRectificationStanding().of("第1期", 3);
        assertEquals(LocalDate.of(2026, 1, 9), first.asOf());
        assertEquals(List.of(), first.units(), "due 2026-01-16 (9 January + 7 days): nothing was due on 9 January");
        assertEquals(List.of(), first.redList());
        assertEquals(List.of(), first.blackList());
        assertNull(first.placardHolder(), "nobody holds the placard while nothing is due");
        assertEquals(3, first.white(), "7 days left on 9 January, more than the 3 warning days: 白");
        assertEquals(3, first.worst().size(), "the round's three new problems");

        Standing second = services.showRectificationStanding().of("第2期", 3);
        assertEquals(LocalDate.of(2026, 1, 23), second.asOf());
        // market and square fixed (recheck passed); hospital failed its recheck, 23 - 16 = 7 days overdue, not yet 红 (more than 7)
        assertEquals(List.of(new UnitStanding(HOSPITAL_UNIT, 1, 0, 1, 7, 0, 1), new UnitStanding(MARKET_UNIT, 1, 1, 0, 0, 0, 0),
                new UnitStanding(SQUARE_UNIT, 1, 1, 0, 0, 0, 0)), second.units(), "worst first; equal units by name");
        assertEquals(List.of(HOSPITAL_UNIT), names(second.blackList()), "3 units: each list takes 3 / 2 = 1, the middle one neither");
        assertEquals(List.of(MARKET_UNIT), names(second.redList()));
        assertEquals(second.blackList(), second.criticised());
        assertEquals(HOSPITAL_UNIT, second.placardHolder());
        assertNull(second.placardFrom(), "nobody held it after the first round");
        assertEquals(0, second.white());
        assertEquals(1, second.yellow(), "7 days overdue: 黄 until more than 7");
        assertEquals(1, second.worst().size(), "the failed recheck is the round's one problem");
        assertEquals(HOSPITAL, second.worst().get(0).site());
    }

    @Test
    void aUnitThatFixedNothingDueIsNeverPraised() {
        round("第1期", LocalDate.of(2026, 1, 5), Set.of(MARKET, HOSPITAL, SQUARE));
        round("第2期", LocalDate.of(2026, 1, 19), Set.of(MARKET, HOSPITAL, SQUARE));

        Standing second = services.showRectificationStanding().of("第2期", 3);
        // every recheck failed: each unit fixed 0 of 1 due, 整改率 0.00%
        assertEquals(List.of(0, 0, 0), second.units().stream().map(UnitStanding::fixed).toList());
        assertEquals(List.of(), second.redList(), "a 整改红榜 of units that fixed nothing would praise failure");
        assertEquals(1, second.blackList().size(), "3 units: the list takes 3 / 2 = 1");
    }

    @Test
    void aRoundWhoseReviewRecheckedNothingKeepsItsPublishedStandingWhenAProblemIsClosedAfterIt() {
        clock.set(LocalDate.of(2026, 1, 10));
        round("第1期", LocalDate.of(2026, 1, 5), Set.of(MARKET, HOSPITAL));
        clock.set(LocalDate.of(2026, 1, 24));
        // the market and the hospital answer their open problem's standard 不适用: round 2's review records no step
        round("第2期", LocalDate.of(2026, 1, 19), Set.of(), Set.of(MARKET, HOSPITAL));
        Standing published = services.showRectificationStanding().of("第2期", 3);
        // both due 16 January, neither fixed, 7 days overdue on 23 January
        assertEquals(List.of(new UnitStanding(MARKET_UNIT, 1, 0, 1, 7, 0, 0), new UnitStanding(HOSPITAL_UNIT, 1, 0, 1, 7, 0, 0)),
                published.units());
        assertNotNull(published.placardHolder());

        clock.set(LocalDate.of(2026, 1, 26));
        String fixed = services.listProblems().run("第1期", ListProblems.Filter.ALL).problems().stream()
                .filter(l -> l.place().unit().equals(published.placardHolder())).findFirst().orElseThrow().problem().id();
        services.updateProblem().move(List.of(fixed), ProblemStatus.FIXING, "已安排", List.of(), published.placardHolder());
        services.updateProblem().move(List.of(fixed), ProblemStatus.TO_RECHECK, "已整改", List.of(), published.placardHolder());
        services.updateProblem().move(List.of(fixed), ProblemStatus.CLOSED, "现场核实已整改", List.of(), "陈主任");

        Standing again = services.showRectificationStanding().of("第2期", 3);
        assertEquals(published.units(), again.units(), "closed on 26 January, after round 2's review was done");
        assertEquals(published.placardHolder(), again.placardHolder());
        assertEquals(published.placardHolder(), services.showBlackPlacard().history().get(0).unit().unit());
    }

    @Test
    void theRoundsProblemsAreExposedWorstFirstAFailedRecheckOnYellowBeforeNewOnesOnWhite() {
        round("第1期", LocalDate.of(2026, 1, 5), Set.of(HOSPITAL));
        round("第2期", LocalDate.of(2026, 1, 19), Set.of(MARKET, HOSPITAL, SQUARE));

        List<Exposed> worst = services.showRectificationStanding().of("第2期", 3).worst();
        // the hospital's problem fell due 16 January and failed its recheck: 7 days overdue on 23 January, 黄; the market's
        // and the square's are new, due 30 January, 7 days left: 白
        assertEquals(List.of(Escalation.YELLOW, Escalation.WHITE, Escalation.WHITE), worst.stream().map(Exposed::escalation).toList());
        assertEquals(HOSPITAL, worst.get(0).site());
        assertTrue(worst.get(0).failedRecheck());
        assertEquals(7, worst.get(0).overdueDays());
    }

    @Test
    void aRoundNotYetReviewedHasPassedNoPlacard() {
        round("第1期", LocalDate.of(2026, 1, 5), Set.of(MARKET));
        Round second = services.createRound().run("第2期", "latest", LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 23), "");
        services.drawRoundSample().run(second.id(), new SamplingPlan(List.of(), 0, 1));
        assertEquals(List.of(), services.showBlackPlacard().history(),
                "nothing was due by 9 January; the market's problem fell due before 23 January, but nobody has reviewed round 2");
    }
}
