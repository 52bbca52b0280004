package org.civicinspect.model;

import java.time.LocalDate;

/** 测评轮次: one mock evaluation, pinned to one indicator-set version. */
public record Round(String id, String name, LocalDate start, LocalDate end, String indicatorSetId, RoundStatus status,
                    String notes) {
    public Round {
        notes = notes == null ? "" : notes;
    }
}
