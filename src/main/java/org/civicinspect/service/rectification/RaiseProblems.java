package org.civicinspect.service.rectification;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.civicinspect.model.AnswerKind;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;

/**
 * What an approved inspection means for rectification. Each failing finding becomes a problem, due the standard's
 * days to fix (see {@link ChangeRectificationRules}) after the round ends, unless the same site and standard has open
 * problems raised before the round started (in an earlier round, or from another source on an earlier day): then it is
 * their recheck, which failed (复查未通过, back to 整改中). A passing finding is the recheck that closes them (已销号).
 * A problem raised where an earlier one was closed is marked 复发.
 */
public final class RaiseProblems {

    private RaiseProblems() {
    }

    public static void onApproved(Tx tx, Round round, String siteId, Instant now, String actor, ToIntFunction<String> daysToFix)
            throws SQLException {
        for (Finding f : tx.findings().ofInspection(round.id(), siteId)) {
            if (f.answer().kind() == AnswerKind.NOT_APPLICABLE) {
                continue;
            }
            List<Problem> earlier = tx.problems().earlier(siteId, f.standardCode(), round.start());
            List<Problem> open = earlier.stream().filter(p -> p.status().open()).toList();
            for (Problem before : open) {
                Problem after = f.answer().failing() ? before.failedRecheck() : before.withStatus(ProblemStatus.CLOSED, now, round.id());
                tx.problems().update(after);
                record(tx, new ProblemStep(before.id(), now, actor, f.answer().failing() ? "RECHECK_FAILED" : "RECHECK_PASSED",
                        before.status(), after.status(), round.name() + " " + Audit.answer(f.answer()), f.photos(), null, null), round);
            }
            if (open.isEmpty() && f.answer().failing()) {
                String recurredFrom = earlier.stream().filter(p -> !p.status().open()).map(Problem::id).findFirst().orElse(null);
                Problem raised = new Problem(UUID.randomUUID().toString(), round.id(), siteId, f.standardCode(), f.id(), ProblemStatus.TO_FIX,
                        round.end().plusDays(daysToFix.applyAsInt(f.standardCode())), 0, recurredFrom, now, null, null, 1);
                tx.problems().insert(raised);
                record(tx, new ProblemStep(raised.id(), now, actor, recurredFrom == null ? "RAISED" : "RECURRED", null,
                        ProblemStatus.TO_FIX, f.note(), f.photos(), null, raised.deadline()), round);
            }
        }
    }

    /** The step in the problem's history and in the audit log, whose entries {@code verify} replays into the problem. */
    private static void record(Tx tx, ProblemStep step, Round round) throws SQLException {
        tx.problems().step(step, round.id());
        tx.audit().append(step.at(), step.actor(), AuditLog.Action.PROBLEM, Audit.problem(step.problemId()), Audit.describe(step));
    }
}
