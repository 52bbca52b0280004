package org.civicinspect.model;

import java.time.Instant;
import java.util.List;

/**
 * 测评结果: the answer to one standard at one inspection, with its note and photos, who answered and when,
 * and a version that grows with every change (merging later relies on it).
 */
public record Finding(String id, String roundId, String siteId, String standardCode, Answer answer, String note,
                      List<String> photos, String answeredBy, Instant answeredAt, int version) {
    public Finding {
        note = note == null ? "" : note;
        photos = List.copyOf(photos);
    }
}
