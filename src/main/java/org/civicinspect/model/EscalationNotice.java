package org.civicinspect.model;

import java.time.Instant;
import java.util.Objects;

/**
 * 督办提醒: one message about a unit's yellow and red problems, to one person of the unit, as it was (or is to be) sent:
 * {@code escalation} is the worst colour among them and {@code problems} how many there were.
 */
public record EscalationNotice(String id, Instant sentAt, String sentBy, String unit, String recipient, String phone,
                               Escalation escalation, int problems, String message) {

    public EscalationNotice {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(message, "message");
        recipient = recipient == null ? "" : recipient;
        phone = phone == null ? "" : phone;
    }
}
