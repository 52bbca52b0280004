package org.civicinspect.model;

import java.time.Instant;

/** What a supervisor wrote about one finding when returning its inspection. */
public record ReviewComment(String roundId, String siteId, String standardCode, String comment, String reviewer, Instant madeAt) {
}
