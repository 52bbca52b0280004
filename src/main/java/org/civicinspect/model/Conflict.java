package org.civicinspect.model;

import java.time.Instant;
import java.util.List;

/**
 * 冲突: two or more teams answered one standard at one site of a round differently. Every answer is kept; a supervisor
 * resolves it by choosing one or entering a reviewed answer, and the resolution is recorded. {@code version} grows when
 * new answers come in and when it is resolved, so that a resolution is made on the answers that were shown.
 */
public record Conflict(String id, String roundId, String siteId, String standardCode, ConflictStatus status, List<Candidate> answers,
                       Instant raisedAt, Instant resolvedAt, String resolvedBy, String resolution, int version) {
    public Conflict {
        answers = List.copyOf(answers);
    }
}
