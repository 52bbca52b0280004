package org.civicinspect.service.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.model.Sha256;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** How use cases name what they record in the audit log: times, subjects and details. Who did it is {@link SignedIn}. */
public final class Audit {

    private Audit() {
    }

    /** The time a change is recorded at: the clock's instant to the millisecond, as the workspace stores times. */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public static String finding(String findingId) {
        return "finding:" + findingId;
    }

    public static String inspection(String roundId, String siteId) {
        return "inspection:" + roundId + "/" + siteId;
    }

    public static String round(String roundId) {
        return "round:" + roundId;
    }

    public static String describe(Finding f) {
        return "v" + f.version() + " round=" + f.roundId() + " site=" + f.siteId() + " standard=" + f.standardCode() + " answer="
                + answer(f.answer()) + " photos=" + String.join(",", f.photos()) + " note=" + f.note();
    }

    /**
     * Whether an entry's detail records the finding as it stands: its description, alone or followed by a
     * correction's reason or the conflict it resolved. A withdrawal records a finding that no longer stands.
     */
    public static boolean records(String detail, Finding f) {
        String described = describe(f);
        return detail.equals(described) || detail.startsWith(described + " reason=") || detail.startsWith(described + " resolution of conflict ");
    }

    public static String problem(String problemId) {
        return "problem:" + problemId;
    }

    /**
     * A problem's step as its entry records it: {@code KIND FROM->TO}, then {@code deadline BEFORE->AFTER} when the
     * step sets a deadline, the photos and the note. {@code verify} replays the status and deadline from it.
     */
    public static String describe(ProblemStep step) {
        return step.kind() + " " + step.from() + "->" + step.to() + (step.deadlineAfter() == null ? ""
                : " deadline " + step.deadlineBefore() + "->" + step.deadlineAfter()) + " photos=" + String.join(",", step.photos())
                + " note=" + step.note();
    }

    public static String answer(Answer a) {
        return switch (a.kind()) {
            case GRADE -> a.grade().label() + (a.count() == null ? "" : "(" + a.count() + ")");
            case OCCURRENCES -> a.count() + "x";
            default -> a.kind().name();
        };
    }

    /** Records a written file: which report, how much it holds, and the SHA-256 of what was written. */
    public static void exported(Workspace workspace, String actor, String report, Path file, int count) throws IOException {
        String sha256 = Sha256.of(file);
        workspace.write(tx -> tx.audit().append(now(Clock.systemUTC()), actor, AuditLog.Action.EXPORT, "file:" + file.getFileName(),
                "report=" + report + " count=" + count + " sha256=" + sha256 + " path=" + file.toAbsolutePath()));
    }
}
