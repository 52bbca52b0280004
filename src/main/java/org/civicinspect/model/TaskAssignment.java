package org.civicinspect.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 任务分解 of one standard of an indicator-set version: the unit that leads it (牵头单位), those that support it
 * (配合单位, in the order given), when it is due (null when no date was set) and notes. Units are named as the
 * registry names them.
 */
public record TaskAssignment(String standardCode, String lead, List<String> supporting, LocalDate due, String notes) {

    public TaskAssignment {
        Objects.requireNonNull(standardCode, "standardCode");
        Objects.requireNonNull(lead, "lead");
        supporting = List.copyOf(supporting);
        notes = notes == null ? "" : notes;
    }

    /** Whether the unit leads or supports this standard. */
    public boolean involves(String unit) {
        return lead.equals(unit) || supporting.contains(unit);
    }
}
