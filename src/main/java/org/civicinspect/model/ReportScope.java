package org.civicinspect.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a report counts and how old its data is: the round, whether completed inspections still waiting for review are
 * counted beside the approved ones, how many of the round's inspections stood at each status, and the latest change
 * among those counted (never the clock at export, so the same data gives the same report).
 */
public record ReportScope(String roundName, LocalDate start, LocalDate end, Counted counted, Map<InspectionStatus, Integer> inspections,
                          Optional<Instant> dataTime) {

    /** Which inspections a round's figures count. */
    public enum Counted {
        /** Only inspections a supervisor approved: what a city publishes. */
        APPROVED,
        /** Approved ones and completed ones still waiting for review, asked for by name and marked as such. */
        WITH_UNREVIEWED;

        public boolean counts(InspectionStatus status) {
            return status == InspectionStatus.APPROVED || this == WITH_UNREVIEWED && status == InspectionStatus.COMPLETED;
        }
    }

    public ReportScope {
        Map<InspectionStatus, Integer> copy = new EnumMap<>(InspectionStatus.class);
        for (InspectionStatus status : InspectionStatus.values()) {
            copy.put(status, inspections.getOrDefault(status, 0));
        }
        inspections = Map.copyOf(copy);
    }

    /** How many of the round's inspections stand at {@code status}. */
    public int count(InspectionStatus status) {
        return inspections.get(status);
    }

    /** How many inspections the figures count. */
    public int countedInspections() {
        int n = 0;
        for (InspectionStatus status : InspectionStatus.values()) {
            n += counted.counts(status) ? count(status) : 0;
        }
        return n;
    }
}
