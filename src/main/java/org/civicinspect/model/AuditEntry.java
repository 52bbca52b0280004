package org.civicinspect.model;

import java.time.Instant;

/**
 * One entry of the audit log: who did what to which subject, when, and the hash that chains it to the entry before.
 * {@code actor} is the registry person named for the change; {@code login} the database login that wrote it on a
 * shared server (null on an embedded workspace, and on entries written before logins were kept).
 */
public record AuditEntry(long seq, Instant at, String actor, String login, String action, String subject, String detail, String previousHash,
                         String hash) {

    /** Who the entry names: the person, and after it in brackets the login that wrote it on a server. */
    public String who() {
        return login == null ? actor : actor + " (" + login + ")";
    }
}
