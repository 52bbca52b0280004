package org.civicinspect.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 督办等级, worked out from the clock whenever it is asked, never stored: 白 in time; 黄 when at most
 * {@link Rules#warnDays} days are left or the deadline passed at most {@link Rules#redAfterDays} days ago; 红 when it
 * passed longer ago, or the problem was reopened {@link Rules#redReopened} times. A closed problem has none.
 */
public enum Escalation {
    NONE, WHITE, YELLOW, RED;

    /** The thresholds, in days and reopenings. */
    public record Rules(int warnDays, int redAfterDays, int redReopened) {
        public static final Rules DEFAULT = new Rules(3, 7, 2);
    }

    public static Escalation of(Problem problem, LocalDate today, Rules rules) {
        return of(problem.status(), problem.deadline(), problem.reopened(), today, rules);
    }

    /** That of a problem with this status, deadline and number of reopenings. */
    public static Escalation of(ProblemStatus status, LocalDate deadline, int reopened, LocalDate today, Rules rules) {
        if (!status.open()) {
            return NONE;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (reopened >= rules.redReopened() || daysLeft < -rules.redAfterDays()) {
            return RED;
        }
        return daysLeft <= rules.warnDays() ? YELLOW : WHITE;
    }

    /** Days past the deadline (0 when not overdue or closed). */
    public static long overdueDays(Problem problem, LocalDate today) {
        return problem.status().open() ? Math.max(0, ChronoUnit.DAYS.between(problem.deadline(), today)) : 0;
    }
}
