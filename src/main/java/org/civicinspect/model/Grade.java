package org.civicinspect.model;

/** A/B/C/C# of a graded standard. */
public enum Grade {
    A, B, C, C_SHARP;

    /** 0 violations → A, 1 → B, 2 → C, 3 or more → C#. */
    public static Grade fromViolations(int violations) {
        if (violations < 0) {
            throw new IllegalArgumentException("violations cannot be negative");
        }
        return switch (violations) {
            case 0 -> A;
            case 1 -> B;
            case 2 -> C;
            default -> C_SHARP;
        };
    }

    public String label() {
        return this == C_SHARP ? "C#" : name();
    }
}
