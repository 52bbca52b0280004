package org.civicinspect.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 问题, followed until it is fixed: one failing (round, site, standard) after review (实地测评), or one raised from
 * another source ({@link ProblemOrigin}), which has no round nor finding, perhaps no site (a free address) and no
 * standard. {@code reopened} counts the rechecks that failed; {@code recurredFrom} names the closed problem of the same
 * site and standard that this one repeats (复发), or is null. {@code version} grows with every change, so that a step
 * is taken on the problem as it was shown.
 */
public record Problem(String id, String roundId, String siteId, String standardCode, String findingId, ProblemStatus status,
                      LocalDate deadline, int reopened, String recurredFrom, Instant raisedAt, Instant closedAt, String closedInRound,
                      int version, ProblemOrigin origin) {

    public Problem {
        origin = origin == null ? ProblemOrigin.inspection(null) : origin;
    }

    /** An inspection's problem (实地测评). */
    public Problem(String id, String roundId, String siteId, String standardCode, String findingId, ProblemStatus status,
                   LocalDate deadline, int reopened, String recurredFrom, Instant raisedAt, Instant closedAt, String closedInRound,
                   int version) {
        this(id, roundId, siteId, standardCode, findingId, status, deadline, reopened, recurredFrom, raisedAt, closedAt, closedInRound,
                version, null);
    }

    public ProblemSource source() {
        return origin.source();
    }

    /** Whether a later round's recheck (复查) and recurrence (复发) apply: only to a problem of a site and a standard. */
    public boolean rechecked() {
        return siteId != null && standardCode != null;
    }

    public boolean recurred() {
        return recurredFrom != null;
    }

    /** Moved to {@code next}; closing records when and in which round (or null for a closing by hand). */
    public Problem withStatus(ProblemStatus next, Instant at, String round) {
        boolean closing = next == ProblemStatus.CLOSED;
        int count = reopened + (status == ProblemStatus.TO_RECHECK && next == ProblemStatus.FIXING ? 1 : 0);
        return new Problem(id, roundId, siteId, standardCode, findingId, next, deadline, count, recurredFrom, raisedAt,
                closing ? at : null, closing ? round : null, version, origin);
    }

    /** 复查未通过: a recheck found the problem still there; it is worked on again and counts one more reopening. */
    public Problem failedRecheck() {
        return new Problem(id, roundId, siteId, standardCode, findingId, ProblemStatus.FIXING, deadline, reopened + 1, recurredFrom, raisedAt,
                null, null, version, origin);
    }

    public Problem withDeadline(LocalDate date) {
        return new Problem(id, roundId, siteId, standardCode, findingId, status, date, reopened, recurredFrom, raisedAt, closedAt, closedInRound, version, origin);
    }
}
