package org.civicinspect.model;

/** A site in a round's draw, and the team it is assigned to (null until assigned). */
public record DrawnSite(Site site, DrawReason reason, String team) {
}
