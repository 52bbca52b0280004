package org.civicinspect.model;

/**
 * One answer a merge received for a (round, site, standard): the newest version of one finding lineage, and the team
 * that sent it (null for an answer made at the office itself).
 */
public record Candidate(Finding finding, String teamId) {

    /** Whether the two give the same answer (kind, grade and count); notes and photos may differ. */
    public boolean agreesWith(Candidate other) {
        return finding.answer().equals(other.finding.answer());
    }
}
