package org.civicinspect;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand: to an instant, or to 08:00 UTC of a day. */
public final class MovingClock extends Clock {
    private Instant now;

    public MovingClock(Instant start) {
        this.now = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(LocalDate day) {
        now = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
    }
}
