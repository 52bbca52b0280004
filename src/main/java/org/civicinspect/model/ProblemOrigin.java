package org.civicinspect.model;

/**
 * Where a problem came from and what its raiser said: the source, and for a problem not raised by an inspection the
 * free address (when it is at no site, with district and street as text), the description, and the responsible unit
 * (when none is given, the site's). {@code raisedBy} names who raised it; an inspection's problem is raised by whoever
 * approved the inspection, and its description is the finding's note.
 */
public record ProblemOrigin(ProblemSource source, String address, String district, String street, String unit, String description,
                            String raisedBy) {

    public ProblemOrigin {
        source = source == null ? ProblemSource.INSPECTION : source;
    }

    public static ProblemOrigin inspection(String raisedBy) {
        return new ProblemOrigin(ProblemSource.INSPECTION, null, null, null, null, null, raisedBy);
    }
}
