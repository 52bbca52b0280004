package org.civicinspect.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** The months a round's material files should date from, first and last included. */
public record EvidenceWindow(YearMonth from, YearMonth to) {

    /** Without a window set: the 12 months before the round's start month. */
    public static EvidenceWindow before(LocalDate roundStart) {
        YearMonth start = YearMonth.from(roundStart);
        return new EvidenceWindow(start.minusMonths(12), start.minusMonths(1));
    }

    public boolean contains(LocalDate date) {
        YearMonth month = YearMonth.from(date);
        return !month.isBefore(from) && !month.isAfter(to);
    }
}
