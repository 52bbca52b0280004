package org.civicinspect.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's reply to one dispatched problem (认领 and 整改回复): who claimed it and their phone, the measures taken, the
 * day the fix was done and the photos after it (SHA-256 of stored photos); received when and by whom, and where 核查
 * left it: waiting, confirmed, or returned with a reason.
 */
public record ProblemReply(String id, String problemId, String batchId, String unit, String claimant, String phone, String measures,
                           LocalDate completedOn, List<String> photos, Instant receivedAt, String receivedBy, State state, String reason,
                           Instant decidedAt, String decidedBy) {

    /** 待核查, 已确认, 已退回. */
    public enum State {
        PENDING, CONFIRMED, RETURNED
    }

    public ProblemReply {
        photos = List.copyOf(photos);
        reason = reason == null ? "" : reason;
    }

    public ProblemReply decided(State next, String why, Instant at, String by) {
        return new ProblemReply(id, problemId, batchId, unit, claimant, phone, measures, completedOn, photos, receivedAt, receivedBy, next, why, at, by);
    }
}
