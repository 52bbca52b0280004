package org.civicinspect.exchange;

import java.time.Instant;
import java.util.List;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Interview;

/**
 * {@code content.json} of a result package: the team's inspections of the round, every finding with its version, the
 * photos' details, and the survey's interviews recorded on the laptop, each with its version there.
 */
public record ResultContent(List<TaskContent.InspectionState> inspections, List<Finding> findings, List<PhotoDetails> photos,
                            List<Interview> interviews) {

    public ResultContent {
        inspections = List.copyOf(inspections);
        findings = List.copyOf(findings);
        photos = List.copyOf(photos);
        interviews = interviews == null ? List.of() : List.copyOf(interviews);
    }

    /** Results without interviews: a round without a survey. */
    public ResultContent(List<TaskContent.InspectionState> inspections, List<Finding> findings, List<PhotoDetails> photos) {
        this(inspections, findings, photos, List.of());
    }

    /** What the office keeps about a photo besides its bytes, which travel as {@code photos/SHA256}. */
    public record PhotoDetails(String sha256, String fileName, String mediaType, long bytes, Instant takenAt) {
    }
}
