package org.civicinspect.store;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * ORDER BY terms for the timestamp columns, which hold {@code Instant.toString()}: ISO-8601 in UTC with no fraction
 * for a whole second and 3, 6 or 9 digits otherwise ("08:00:00Z", "08:00:00.500Z"). As text these do not sort in time
 * order within one second, because the 'Z' that ends a whole second sorts after the '.' of a fraction; without the
 * 'Z' they do. Plain SQL that PostgreSQL reads too.
 */
final class Chronological {

    private Chronological() {
    }

    /** Sorts the timestamp column oldest first (append " DESC" for newest first). */
    static String by(String column) {
        return "REPLACE(" + column + ", 'Z', '')";
    }

    /**
     * The first moment of a day on this computer's calendar, as {@link #by} reads a timestamp column: a column's
     * {@code by} term is less than this when its time fell on an earlier day.
     */
    static String startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant().toString().replace("Z", "");
    }
}
