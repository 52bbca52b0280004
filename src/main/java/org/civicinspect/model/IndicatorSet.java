package org.civicinspect.model;

import java.time.Instant;

/**
 * One version of an evaluation system (测评体系). Immutable once stored: a change is imported as the
 * next version of the same name.
 */
public record IndicatorSet(String id, String name, int version, SetSource source, Instant importedAt) {

    public String label() {
        return name + " v" + version;
    }
}
