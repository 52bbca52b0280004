package org.civicinspect.service.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A change refused because what it acts on is no longer what the person saw: a colleague changed it meanwhile (a
 * version the screen held is behind the stored one). The sentence names who changed it last and when; a screen that
 * gets it reads the thing again.
 */
public final class ChangedMeanwhile extends RequestRefused {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    public ChangedMeanwhile(String messageKey, Object... args) {
        super(messageKey, args);
    }

    /** The time of a change as the sentence says it: to the minute, on this computer's clock. */
    public static String minute(Instant at) {
        return MINUTE.format(at);
    }
}
