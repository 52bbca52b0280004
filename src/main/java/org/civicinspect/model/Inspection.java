package org.civicinspect.model;

import java.time.Instant;

/** 点位测评: one team's visit of one site in one round, with its header (arrival, members present, remarks). */
public record Inspection(String roundId, String siteId, InspectionStatus status, Instant arrivedAt, String members, String remarks) {
    public Inspection {
        members = members == null ? "" : members;
        remarks = remarks == null ? "" : remarks;
    }
}
