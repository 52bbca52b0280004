package org.civicinspect.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** 负面清单事件: something that happened in the city during a round, under a negative-list standard, costing points. */
public record NegativeEvent(String id, String roundId, LocalDate date, String standardCode, String description, BigDecimal deduction) {
    public NegativeEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(deduction, "deduction");
        deduction = deduction.stripTrailingZeros();
    }
}
