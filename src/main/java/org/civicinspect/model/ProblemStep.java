package org.civicinspect.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of a problem's history: who moved it from which status to which (or changed its deadline, with the old
 * and new date), when, why, and the evidence photos after the fix.
 */
public record ProblemStep(String problemId, Instant at, String actor, String kind, ProblemStatus from, ProblemStatus to, String note,
                          List<String> photos, LocalDate deadlineBefore, LocalDate deadlineAfter) {
    public ProblemStep {
        note = note == null ? "" : note;
        photos = photos == null ? List.of() : List.copyOf(photos);
    }
}
