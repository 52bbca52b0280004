package org.civicinspect.model;

import java.time.Instant;

/**
 * 点位测评: one team's visit of one site in one round, with its header (arrival, members present, remarks), and the
 * version the store gave it, which grows with every change, so that a decision is taken on the inspection as it was shown.
 */
public record Inspection(String roundId, String siteId, InspectionStatus status, Instant arrivedAt, String members, String remarks,
                         int version) {
    public Inspection {
        members = members == null ? "" : members;
        remarks = remarks == null ? "" : remarks;
    }

    /** An inspection as it is to be written: the store gives it its next version. */
    public Inspection(String roundId, String siteId, InspectionStatus status, Instant arrivedAt, String members, String remarks) {
        this(roundId, siteId, status, arrivedAt, members, remarks, 0);
    }
}
