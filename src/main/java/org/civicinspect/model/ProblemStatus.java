package org.civicinspect.model;

import java.util.Set;

/**
 * 整改状态: 待整改 → 整改中 → 待复查 → 已销号; a recheck that fails (复查未通过) sends a problem back to 整改中.
 * A recheck in a later round may close or reopen a problem whatever its status.
 */
public enum ProblemStatus {
    TO_FIX, FIXING, TO_RECHECK, CLOSED;

    /** Whether a person may move a problem from this status to {@code next} by hand. */
    public boolean mayMoveTo(ProblemStatus next) {
        return switch (this) {
            case TO_FIX -> next == FIXING;
            case FIXING -> next == TO_RECHECK;
            case TO_RECHECK -> Set.of(CLOSED, FIXING).contains(next);
            case CLOSED -> false;
        };
    }

    public boolean open() {
        return this != CLOSED;
    }
}
