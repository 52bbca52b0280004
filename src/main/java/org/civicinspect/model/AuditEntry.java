package org.civicinspect.model;

import java.time.Instant;

/** One entry of the audit log: who did what to which subject, when, and the hash that chains it to the entry before. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail, String previousHash,
                         String hash) {
}
