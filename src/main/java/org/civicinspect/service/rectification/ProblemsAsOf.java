package org.civicinspect.service.rectification;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemStatus;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Round;
import org.civicinspect.store.ProblemRepository.Recorded;
import org.civicinspect.store.Tx;

/**
 * The problems as they stood when a round's review was done, replayed from their history: every step up to the last
 * one that round's review recorded (立案, 复发, 复查). Steps taken later, by hand or by a later round's review, are
 * left out, so a round's standing, once published, stays as it was. A round whose review recorded no step stands as
 * things were when its last inspection was approved; one not reviewed yet stands where the next reviewed round began,
 * or, if none has, as things are now. Beside each problem: the newest photo a
 * step brought after the fix, and the round whose finding last found it (立案 or a failed recheck); and the problems
 * whose recheck failed in this round's review.
 */
record ProblemsAsOf(Round round, Map<String, Problem> problems, Set<String> failedRechecks, Map<String, String> photosAfter,
                    Map<String, String> lastFoundIn) {

    static ProblemsAsOf of(Tx tx, Round round) throws SQLException {
        List<Round> order = new ArrayList<>(tx.rounds().list());
        order.sort(Comparator.comparing(Round::start).thenComparing(Round::end).thenComparing(Round::id));
        int at = order.stream().map(Round::id).toList().indexOf(round.id());
        List<String> later = order.subList(at + 1, order.size()).stream().map(Round::id).toList();
        List<Recorded> steps = tx.problems().allSteps();
        long own = steps.stream().filter(s -> round.id().equals(s.roundId())).mapToLong(Recorded::seq).max().orElse(-1);
        long beforeLater = steps.stream().filter(s -> later.contains(s.roundId())).mapToLong(Recorded::seq).min().orElse(Long.MAX_VALUE) - 1;
        Optional<Instant> reviewed = lastApproval(tx, round);
        long cut = own >= 0 ? own
                : reviewed.map(done -> Math.min(beforeLater, steps.stream().filter(s -> !s.step().at().isAfter(done)).mapToLong(Recorded::seq)
                        .max().orElse(-1))).orElse(beforeLater);
        Map<String, Problem> now = new HashMap<>();
        for (Problem p : tx.problems().all()) {
            now.put(p.id(), p);
        }
        Map<String, Problem> then = new LinkedHashMap<>();
        Set<String> failedRechecks = new HashSet<>();
        Map<String, String> photosAfter = new HashMap<>();
        Map<String, String> lastFoundIn = new HashMap<>();
        for (Recorded r : steps) {
            if (r.seq() > cut) {
                break;
            }
            Problem current = now.get(r.step().problemId());
            if (current != null) {
                Problem before = then.get(current.id());
                Problem after = apply(before, current, r.step(), r.roundId());
                if (after != null) {
                    then.put(current.id(), after);
                }
            }
            if (round.id().equals(r.roundId()) && "RECHECK_FAILED".equals(r.step().kind())) {
                failedRechecks.add(r.step().problemId());
            }
            boolean found = Set.of("RAISED", "RECURRED", "RECHECK_FAILED").contains(r.step().kind());
            if (found && r.roundId() != null) {
                lastFoundIn.put(r.step().problemId(), r.roundId());
            } else if (!found && !r.step().photos().isEmpty()) {
                photosAfter.put(r.step().problemId(), r.step().photos().get(0));
            }
        }
        return new ProblemsAsOf(round, then, failedRechecks, photosAfter, lastFoundIn);
    }

    /** When the round's review was done: the latest change of its approved inspections, none while none is approved. */
    private static Optional<Instant> lastApproval(Tx tx, Round round) throws SQLException {
        Map<String, InspectionStatus> statuses = tx.inspections().statuses(round.id());
        return tx.inspections().updatedAt(round.id()).entrySet().stream().filter(e -> statuses.get(e.getKey()) == InspectionStatus.APPROVED)
                .map(Map.Entry::getValue).max(Comparator.naturalOrder());
    }

    /** The problem after one more step; {@code current} gives what never changes (place, round, finding, recurrence). */
    private static Problem apply(Problem before, Problem current, ProblemStep step, String roundId) {
        return switch (step.kind()) {
            case "RAISED", "RECURRED" -> new Problem(current.id(), current.roundId(), current.siteId(), current.standardCode(),
                    current.findingId(), ProblemStatus.TO_FIX, step.deadlineAfter() == null ? current.deadline() : step.deadlineAfter(), 0,
                    current.recurredFrom(), current.raisedAt(), null, null, current.version(), current.origin());
            case "RECHECK_FAILED" -> before == null ? null : before.failedRecheck();
            case "RECHECK_PASSED" -> before == null ? null : before.withStatus(ProblemStatus.CLOSED, step.at(), roundId);
            case "DEADLINE" -> before == null ? null : before.withDeadline(step.deadlineAfter());
            default -> before == null || step.to() == null ? before : before.withStatus(step.to(), step.at(), null);
        };
    }

    /** Whether this round's review found the problem still there (复查未通过). */
    boolean failedRecheckIn(String problemId) {
        return failedRechecks.contains(problemId);
    }

    /**
     * The problems this round's 问题清单 lists: those it raised, and earlier ones whose recheck in it failed; a problem
     * from another source is in a round's list only when its recheck there failed (it counts in the standing when due,
     * as any problem does).
     */
    List<Problem> listed() {
        return problems.values().stream().filter(p -> round.id().equals(p.roundId()) || failedRecheckIn(p.id())).toList();
    }
}
