package org.civicinspect.model;

import java.time.Instant;
import java.util.Objects;

/** 材料审核: the grade a reviewer gave a round's material standard, with a comment, who and when. */
public record MaterialReview(String roundId, String standardCode, MaterialGrade grade, String comment, String reviewer, Instant reviewedAt) {

    public MaterialReview {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(standardCode, "standardCode");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        comment = comment == null ? "" : comment;
        reviewer = reviewer == null ? "" : reviewer;
    }
}
