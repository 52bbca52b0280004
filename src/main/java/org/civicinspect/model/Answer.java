package org.civicinspect.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An inspector's answer to one standard. A grade may carry the number of violations it came from;
 * occurrences are counted for 按处扣分.
 */
public record Answer(AnswerKind kind, Grade grade, Integer count) {

    public Answer {
        Objects.requireNonNull(kind, "kind");
        if (kind == AnswerKind.GRADE && grade == null) {
            throw new IllegalArgumentException("a graded answer needs its grade");
        }
        if (kind == AnswerKind.OCCURRENCES && (count == null || count < 0)) {
            throw new IllegalArgumentException("occurrences must be zero or more");
        }
        if (count != null && count < 0) {
            throw new IllegalArgumentException("a count cannot be negative");
        }
    }

    /**
     * Reads an answer as people write it in a score sheet or on the command line: 符合, 不符合, A, B, C, C#, N/A (NA,
     * 不适用), or a whole number (occurrences, or violations for a graded standard). Empty when the text is none of
     * these or does not fit the scoring mode.
     */
    public static Optional<Answer> parse(String text, ScoringMode mode) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        Answer answer = switch (t) {
            case "符合" -> met();
            case "不符合" -> notMet();
            case "A" -> grade(Grade.A);
            case "B" -> grade(Grade.B);
            case "C" -> grade(Grade.C);
            case "C#" -> grade(Grade.C_SHARP);
            case "N/A", "NA", "不适用" -> notApplicable();
            default -> null;
        };
        if (answer == null && t.matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(t);
            answer = mode == ScoringMode.GRADED ? violations(n) : occurrences(n);
        }
        return Optional.ofNullable(answer).filter(a -> a.fits(mode));
    }

    public static Answer met() {
        return new Answer(AnswerKind.MET, null, null);
    }

    public static Answer notMet() {
        return new Answer(AnswerKind.NOT_MET, null, null);
    }

    public static Answer grade(Grade grade) {
        return new Answer(AnswerKind.GRADE, grade, null);
    }

    /** The grade a number of violations gives, remembering the number. */
    public static Answer violations(int violations) {
        return new Answer(AnswerKind.GRADE, Grade.fromViolations(violations), violations);
    }

    public static Answer occurrences(int occurrences) {
        return new Answer(AnswerKind.OCCURRENCES, null, occurrences);
    }

    public static Answer notApplicable() {
        return new Answer(AnswerKind.NOT_APPLICABLE, null, null);
    }

    /** Whether this kind of answer fits a standard scored this way (不适用 fits every mode). */
    public boolean fits(ScoringMode mode) {
        return switch (kind) {
            case NOT_APPLICABLE -> true;
            case MET, NOT_MET -> mode == ScoringMode.BINARY;
            case GRADE -> mode == ScoringMode.GRADED;
            case OCCURRENCES -> mode == ScoringMode.DEDUCTION;
        };
    }

    /** 不符合, B, C, C# or a count above zero: a problem that needs a note or photo and, later, rectification. */
    public boolean failing() {
        return switch (kind) {
            case NOT_MET -> true;
            case GRADE -> grade != Grade.A;
            case OCCURRENCES -> count > 0;
            default -> false;
        };
    }
}
