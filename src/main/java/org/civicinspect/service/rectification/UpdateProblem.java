package org.civicinspect.service.rectification;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * A step of rectification by hand: 待整改 → 整改中 → 待复查 → 已销号, or 复查未通过 back to 整改中, each with who,
 * when, a note and evidence photos; or a new deadline, which needs a reason. Several problems may take the same step
 * at once, all or none. Every step goes into the problem's history and the audit log. Closing by hand needs a photo
 * after the fix or a note when the city's rules say so. A refusal names the problem by its site and standard. A step
 * taken on a problem as a screen showed it (its version) is refused, naming who changed it last and when, if it
 * changed since.
 */
public final class UpdateProblem {

    private final Workspace workspace;
    private final Clock clock;
    private final ChangeRectificationRules rules;
    private final SignedIn signedIn;

    public UpdateProblem(Workspace workspace, Clock clock, ChangeRectificationRules rules, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.rules = rules;
    }

    /**
     * Moves each problem (by id or a unique start of one) as it is now to {@code next}; the photos are SHA-256 of stored
     * photos.
     */
    public List<Problem> move(List<String> references, ProblemStatus next, String note, List<String> photos, String actor) {
        Map<String, Integer> asNow = new LinkedHashMap<>();
        references.forEach(reference -> asNow.put(reference, null));
        return move(asNow, next, note, photos, actor);
    }

    /**
     * Moves each problem as the person saw it to {@code next}: {@code seen} gives, for each problem's id (or a unique
     * start of one), the version shown, or null to take it as it is now.
     */
    public List<Problem> move(Map<String, Integer> seen, ProblemStatus next, String note, List<String> photos, String actor) {
        String who = signedIn.nameOr(actor);
        boolean closingNeedsEvidence = rules.current().closingNeedsEvidence();
        boolean noNote = note == null || note.isBlank();
        return workspace.write(tx -> {
            Instant now = Audit.now(clock);
            List<Problem> moved = new ArrayList<>();
            for (Map.Entry<String, Integer> shown : seen.entrySet()) {
                Problem before = find(tx, shown.getKey(), shown.getValue());
                if (!before.status().mayMoveTo(next)) {
                    throw cannotMove(tx, before, next);
                }
                if (next == ProblemStatus.FIXING && before.status() == ProblemStatus.TO_RECHECK && noNote) {
                    throw refusal(tx, "problem.recheckNeedsNote", before);
                }
                if (next == ProblemStatus.CLOSED && closingNeedsEvidence && noNote && (photos == null || photos.isEmpty())
                        && !submittedWithPhotos(tx, before)) {
                    throw refusal(tx, "problem.closeNeedsEvidence", before);
                }
                Problem after = before.withStatus(next, now, null);
                moved.add(record(tx, after, new ProblemStep(after.id(), now, who, "MOVE", before.status(), next, note, photos, null, null)));
            }
            return moved;
        });
    }

    /** Gives the problem as it is now a new deadline; the reason is required and kept. */
    public Problem changeDeadline(String reference, LocalDate deadline, String reason, String actor) {
        return changeDeadline(reference, deadline, reason, actor, null);
    }

    /** Gives the problem as the person saw it ({@code seenVersion}; null: as it is now) a new deadline; the reason is required and kept. */
    public Problem changeDeadline(String reference, LocalDate deadline, String reason, String actor, Integer seenVersion) {
        if (reason == null || reason.isBlank()) {
            throw new RequestRefused("problem.deadlineNeedsReason");
        }
        String who = signedIn.nameOr(actor);
        return workspace.write(tx -> {
            Problem before = find(tx, reference, seenVersion);
            if (!before.status().open()) {
                throw refusal(tx, "problem.closed", before);
            }
            Instant now = Audit.now(clock);
            return record(tx, before.withDeadline(deadline), new ProblemStep(before.id(), now, who, "DEADLINE", before.status(), before.status(),
                    reason.strip(), List.of(), before.deadline(), deadline));
        });
    }

    /** Writes the step; the problem comes back as stored, with its new version. */
    private static Problem record(Tx tx, Problem after, ProblemStep step) throws SQLException {
        tx.problems().update(after);
        tx.problems().step(step);
        tx.audit().append(step.at(), step.actor(), AuditLog.Action.PROBLEM, Audit.problem(after.id()), Audit.describe(step));
        return tx.problems().find(after.id()).orElseThrow();
    }

    /** Whether the step that sent the problem to 待复查 brought photos after the fix. */
    private static boolean submittedWithPhotos(Tx tx, Problem problem) throws SQLException {
        List<ProblemStep> steps = tx.problems().steps(problem.id());
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).to() == ProblemStatus.TO_RECHECK) {
                return !steps.get(i).photos().isEmpty();
            }
        }
        return false;
    }

    /**
     * The problem may not take that step from where it is. Someone else may have just moved it: the refusal says who
     * last changed its status and when, so that two staff working the same list see what happened.
     */
    private static RequestRefused cannotMove(Tx tx, Problem problem, ProblemStatus next) throws SQLException {
        List<ProblemStep> steps = tx.problems().steps(problem.id());
        for (int i = steps.size() - 1; i >= 0; i--) {
            ProblemStep step = steps.get(i);
            if (step.from() != null && step.from() != step.to()) {
                return changedMeanwhile(tx, "problem.cannotMoveAfter", problem, statusName(problem.status()), statusName(next), step.actor(),
                        ChangedMeanwhile.minute(step.at()));
            }
        }
        return refusal(tx, "problem.cannotMove", problem, statusName(problem.status()), statusName(next));
    }

    /** A refusal about one problem, named by its site and standard: the first two arguments of {@code key}. */
    private static RequestRefused refusal(Tx tx, String key, Problem problem, Object... more) throws SQLException {
        return new RequestRefused(key, about(tx, problem, more));
    }

    /** A refusal because someone changed the problem meanwhile, named by its site and standard as {@link #refusal} does. */
    private static ChangedMeanwhile changedMeanwhile(Tx tx, String key, Problem problem, Object... more) throws SQLException {
        return new ChangedMeanwhile(key, about(tx, problem, more));
    }

    private static Object[] about(Tx tx, Problem problem, Object... more) throws SQLException {
        String site = problem.siteId() == null ? problem.origin().address() : tx.sites().find(problem.siteId()).map(Site::name).orElseThrow();
        Object[] args = new Object[2 + more.length];
        args[0] = site;
        args[1] = problem.standardCode() == null ? "—" : problem.standardCode();
        System.arraycopy(more, 0, args, 2, more.length);
        return args;
    }

    /**
     * The problem a reference names, which must still be at the version the person saw (null: any). If it is not, the
     * refusal says who took its last step, when, and where it stands now.
     */
    private static Problem find(Tx tx, String reference, Integer seenVersion) throws SQLException {
        Problem problem = find(tx, reference);
        if (seenVersion != null && seenVersion != problem.version()) {
            List<ProblemStep> steps = tx.problems().steps(problem.id());
            ProblemStep last = steps.get(steps.size() - 1);
            throw changedMeanwhile(tx, "problem.changedMeanwhile", problem, last.actor(), ChangedMeanwhile.minute(last.at()),
                    statusName(problem.status()), problem.deadline().toString());
        }
        return problem;
    }

    static Problem find(Tx tx, String reference) throws SQLException {
        String ref = reference == null ? "" : reference.strip();
        return tx.problems().find(ref).or(() -> {
            try {
                List<Problem> found = tx.problems().byPrefix(ref);
                return found.size() == 1 ? java.util.Optional.of(found.get(0)) : java.util.Optional.empty();
            } catch (SQLException e) {
                throw new org.civicinspect.store.StoreException("reading the problems failed", e);
            }
        }).orElseThrow(() -> new RequestRefused("problem.unknown", reference));
    }

    private static String statusName(ProblemStatus status) {
        return Messages.get("problem.status." + status.name());
    }
}
