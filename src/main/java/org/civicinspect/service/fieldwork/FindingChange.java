package org.civicinspect.service.fieldwork;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.AnswerKind;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.Grade;
import org.civicinspect.store.AuditLog;

/**
 * One step in a finding's history, read back from its audit entry so it can be told in words: who, when, what kind of
 * change, and the answer, note and photos it left (a correction also its reason). {@code answer} is null for a step
 * the log does not describe as an answer (a merge, say), with {@code detail} the log's own text.
 */
public record FindingChange(Instant at, String by, Kind kind, Answer answer, String note, List<String> photos, String reason,
                            String detail) {

    public enum Kind { ANSWERED, CORRECTED, WITHDRAWN, OTHER }

    static FindingChange of(AuditEntry entry) {
        String detail = entry.detail();
        boolean withdrawn = detail.startsWith("withdrawn ");
        String described = withdrawn ? detail.substring("withdrawn ".length()) : detail;
        Kind kind = withdrawn ? Kind.WITHDRAWN : entry.action().equals(AuditLog.Action.CORRECTION.name()) ? Kind.CORRECTED
                : entry.action().equals(AuditLog.Action.ANSWER.name()) ? Kind.ANSWERED : Kind.OTHER;
        String reason = "";
        if (kind == Kind.CORRECTED && described.lastIndexOf(" reason=") >= 0) {
            reason = described.substring(described.lastIndexOf(" reason=") + " reason=".length());
            described = described.substring(0, described.lastIndexOf(" reason="));
        }
        Optional<Answer> answer = answer(field(described, "answer=", " "));
        if (kind == Kind.OTHER || answer.isEmpty()) {
            return new FindingChange(entry.at(), entry.who(), Kind.OTHER, null, "", List.of(), "", detail);
        }
        int note = described.indexOf(" note=");
        String photos = field(described, "photos=", " note=");
        return new FindingChange(entry.at(), entry.who(), kind, answer.get(), note < 0 ? "" : described.substring(note + " note=".length()),
                photos.isEmpty() ? List.of() : Arrays.asList(photos.split(",")), reason, detail);
    }

    private static String field(String text, String name, String until) {
        int start = text.indexOf(name);
        if (start < 0) {
            return "";
        }
        start += name.length();
        int end = text.indexOf(until, start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /** Reads an answer as {@code Audit.answer} writes it: MET, NOT_MET, NOT_APPLICABLE, B, B(1), 3x. */
    private static Optional<Answer> answer(String text) {
        try {
            if (text.endsWith("x")) {
                return Optional.of(Answer.occurrences(Integer.parseInt(text.substring(0, text.length() - 1))));
            }
            int open = text.indexOf('(');
            if (open > 0 && text.endsWith(")")) {
                return Optional.of(new Answer(AnswerKind.GRADE, grade(text.substring(0, open)), Integer.parseInt(text.substring(open + 1,
                        text.length() - 1))));
            }
            return switch (text) {
                case "MET" -> Optional.of(Answer.met());
                case "NOT_MET" -> Optional.of(Answer.notMet());
                case "NOT_APPLICABLE" -> Optional.of(Answer.notApplicable());
                default -> Optional.of(Answer.grade(grade(text)));
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Grade grade(String label) {
        return Arrays.stream(Grade.values()).filter(g -> g.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(label));
    }
}
