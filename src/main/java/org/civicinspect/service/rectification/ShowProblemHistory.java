package org.civicinspect.service.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Problem;
import org.civicinspect.model.ProblemSource;
import org.civicinspect.model.ProblemStep;
import org.civicinspect.store.Workspace;

/**
 * A problem's history (raised, steps along the way, deadline changes, rechecks), oldest step first, each step also in
 * words: what happened and the status it led to, the note with a recheck's answer as the inspector gave it (不符合,
 * 2 处…), and the deadline change (a new problem's from 未设期限).
 */
public final class ShowProblemHistory {

    /** One step, and the same step in words. */
    public record Entry(ProblemStep step, String what, String note, String deadline) {

        /** The step on one line: when, who, what, note, deadline, photos. */
        public String line(String at) {
            return String.join("  ", at, step.actor(), what, note, deadline,
                    step.photos().isEmpty() ? "" : Messages.get("review.photos", step.photos().size())).replaceAll(" {3,}", "  ").strip();
        }
    }

    private static final Pattern RECHECK_NOTE = Pattern.compile("(.*) (\\S+)");
    private static final Pattern OCCURRENCES = Pattern.compile("(\\d+)x");
    private static final Pattern GRADE_WITH_COUNT = Pattern.compile("([A-Z]#?)\\((\\d+)\\)");

    private final Workspace workspace;

    public ShowProblemHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The problem by id or a unique start of one. */
    public List<Entry> run(String reference) {
        return workspace.read(tx -> {
            Problem problem = UpdateProblem.find(tx, reference);
            return tx.problems().steps(problem.id()).stream().map(step -> inWords(step, problem.source())).toList();
        });
    }

    /** A problem from another source was raised by a person (登记立案), not by an inspection's review. */
    private static Entry inWords(ProblemStep step, ProblemSource source) {
        String kind = "RAISED".equals(step.kind()) && source != ProblemSource.INSPECTION
                ? Messages.get("problem.step.RAISED_BY_HAND", Messages.get("problem.source." + source.name()))
                : Messages.get("problem.step." + step.kind());
        String what = kind
                + (step.to() == null || step.to() == step.from() ? "" : " → " + Messages.get("problem.status." + step.to().name()));
        String deadline = step.deadlineAfter() == null ? ""
                : Messages.get("problem.history.deadline", date(step.deadlineBefore()), date(step.deadlineAfter()));
        return new Entry(step, what, step.kind().startsWith("RECHECK_") ? recheckNote(step.note()) : step.note(), deadline);
    }

    private static String date(LocalDate day) {
        return day == null ? Messages.get("problem.history.noDeadline") : day.toString();
    }

    /** A recheck's note is the round's name and the answer as recorded (NOT_MET, 2x, B(1)…): the answer goes into words. */
    private static String recheckNote(String note) {
        Matcher m = RECHECK_NOTE.matcher(note);
        return m.matches() ? m.group(1) + " " + answer(m.group(2)) : answer(note);
    }

    private static String answer(String recorded) {
        Matcher count = OCCURRENCES.matcher(recorded);
        Matcher grade = GRADE_WITH_COUNT.matcher(recorded);
        return switch (recorded) {
            case "MET" -> Messages.get("answer.met");
            case "NOT_MET" -> Messages.get("answer.notMet");
            case "NOT_APPLICABLE" -> Messages.get("answer.na");
            default -> count.matches() ? Messages.get("answer.occurrences", count.group(1))
                    : grade.matches() ? grade.group(1) + "（" + Messages.get("answer.occurrences", grade.group(2)) + "）" : recorded;
        };
    }
}
