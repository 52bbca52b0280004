package org.civicinspect.model;

import java.time.LocalDate;

/** 复查: an open problem of an earlier round at this site and standard, which this round's answer closes or reopens. */
public record Recheck(String roundId, String siteId, String standardCode, String problemId, String note, LocalDate deadline) {
    public Recheck {
        note = note == null ? "" : note;
    }
}
