package org.civicinspect.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * In a unit's own workspace, a problem the office dispatched to the unit in a unit task package (派单), as it was sent:
 * its number and texts, deadline, status and colour, the reason its last reply was sent back, and the SHA-256 of its
 * photos before the fix; with the unit's answer once recorded (认领 and 整改回复), which the next reply package carries.
 */
public record UnitProblem(String batchId, String problemId, String number, String source, String place, String standard, String description,
                          LocalDate deadline, ProblemStatus status, Escalation escalation, String returnReason, List<String> photosBefore,
                          Answer answer) {

    public UnitProblem {
        photosBefore = photosBefore == null ? List.of() : List.copyOf(photosBefore);
        returnReason = returnReason == null ? "" : returnReason;
    }

    /** Who claimed the problem and their phone, the measures, the day the fix was done and its photos after; recorded when and by whom. */
    public record Answer(String claimant, String phone, String measures, LocalDate completedOn, List<String> photosAfter, Instant at, String by) {
        public Answer {
            photosAfter = List.copyOf(photosAfter);
        }
    }

    public UnitProblem answered(Answer next) {
        return new UnitProblem(batchId, problemId, number, source, place, standard, description, deadline, status, escalation, returnReason,
                photosBefore, next);
    }
}
