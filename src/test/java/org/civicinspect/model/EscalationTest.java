package org.civicinspect.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 督办等级 from the clock, and which steps a person may take by hand. */
class EscalationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 13);
    private static final Escalation.Rules RULES = new Escalation.Rules(3, 7, 2);

    private static Problem problem(ProblemStatus status, int reopened) {
        return new Problem("p", "r", "s", "01-01-01", "f", status, DUE, reopened, null, Instant.EPOCH, null, null, 1);
    }

    @Test
    void whiteWhileMoreThanTheWarningDaysAreLeft() {
        assertEquals(Escalation.WHITE, Escalation.of(problem(ProblemStatus.TO_FIX, 0), DUE.minusDays(4), RULES));
    }

    @Test
    void yellowFromTheWarningDaysBeforeTheDeadlineUntilItIsMoreThanTheRedDaysPast() {
        assertEquals(Escalation.YELLOW, Escalation.of(problem(ProblemStatus.TO_FIX, 0), DUE.minusDays(3), RULES));
        assertEquals(Escalation.YELLOW, Escalation.of(problem(ProblemStatus.FIXING, 0), DUE, RULES));
        assertEquals(Escalation.YELLOW, Escalation.of(problem(ProblemStatus.FIXING, 0), DUE.plusDays(7), RULES), "just overdue");
    }

    @Test
    void redWhenOverdueLongerThanTheRedDays() {
        assertEquals(Escalation.RED, Escalation.of(problem(ProblemStatus.TO_RECHECK, 0), DUE.plusDays(8), RULES));
        assertEquals(8, Escalation.overdueDays(problem(ProblemStatus.TO_RECHECK, 0), DUE.plusDays(8)));
    }

    @Test
    void redWhenReopenedTwiceEvenInTime() {
        assertEquals(Escalation.WHITE, Escalation.of(problem(ProblemStatus.FIXING, 1), DUE.minusDays(10), RULES));
        assertEquals(Escalation.RED, Escalation.of(problem(ProblemStatus.FIXING, 2), DUE.minusDays(10), RULES));
    }

    @Test
    void aClosedProblemHasNoColourAndIsNeverOverdue() {
        assertEquals(Escalation.NONE, Escalation.of(problem(ProblemStatus.CLOSED, 3), DUE.plusDays(30), RULES));
        assertEquals(0, Escalation.overdueDays(problem(ProblemStatus.CLOSED, 0), DUE.plusDays(30)));
    }

    @Test
    void theColourComesFromTheThresholdsGiven() {
        Escalation.Rules strict = new Escalation.Rules(10, 0, 1);
        assertEquals(Escalation.YELLOW, Escalation.of(problem(ProblemStatus.TO_FIX, 0), DUE.minusDays(10), strict));
        assertEquals(Escalation.RED, Escalation.of(problem(ProblemStatus.TO_FIX, 0), DUE.plusDays(1), strict));
        assertEquals(Escalation.RED, Escalation.of(problem(ProblemStatus.TO_FIX, 1), DUE.minusDays(30), strict));
    }

    @Test
    void byHandAProblemMovesOnlyAlongItsLifecycle() {
        assertEquals(Set.of(ProblemStatus.FIXING), allowedFrom(ProblemStatus.TO_FIX));
        assertEquals(Set.of(ProblemStatus.TO_RECHECK), allowedFrom(ProblemStatus.FIXING));
        assertEquals(Set.of(ProblemStatus.CLOSED, ProblemStatus.FIXING), allowedFrom(ProblemStatus.TO_RECHECK));
        assertEquals(Set.of(), allowedFrom(ProblemStatus.CLOSED));
    }

    @Test
    void aFailedRecheckCountsAReopeningAndAClosingRecordsWhen() {
        Problem fixing = problem(ProblemStatus.TO_RECHECK, 0).withStatus(ProblemStatus.FIXING, Instant.EPOCH, null);
        assertEquals(1, fixing.reopened());
        assertEquals(2, fixing.failedRecheck().reopened());
        Problem closed = fixing.withStatus(ProblemStatus.TO_RECHECK, Instant.EPOCH, null).withStatus(ProblemStatus.CLOSED,
                Instant.parse("2026-03-20T08:00:00Z"), "r3");
        assertEquals("r3", closed.closedInRound());
        assertEquals(Instant.parse("2026-03-20T08:00:00Z"), closed.closedAt());
    }

    private static Set<ProblemStatus> allowedFrom(ProblemStatus from) {
        Set<ProblemStatus> allowed = EnumSet.noneOf(ProblemStatus.class);
        for (ProblemStatus to : ProblemStatus.values()) {
            if (from.mayMoveTo(to)) {
                allowed.add(to);
            }
        }
        return allowed;
    }
}
