package org.civicinspect.exchange;

import java.time.Instant;
import java.util.List;
import org.civicinspect.model.Finding;

/** {@code content.json} of a result package: the team's inspections of the round, every finding with its version, and the photos' details. */
public record ResultContent(List<TaskContent.InspectionState> inspections, List<Finding> findings, List<PhotoDetails> photos) {

    public ResultContent {
        inspections = List.copyOf(inspections);
        findings = List.copyOf(findings);
        photos = List.copyOf(photos);
    }

    /** What the office keeps about a photo besides its bytes, which travel as {@code photos/SHA256}. */
    public record PhotoDetails(String sha256, String fileName, String mediaType, long bytes, Instant takenAt) {
    }
}
