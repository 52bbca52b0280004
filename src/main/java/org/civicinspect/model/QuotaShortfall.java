package org.civicinspect.model;

/** A quota the draw could not meet: only {@code drawn} active sites of that type (and district) exist. */
public record QuotaShortfall(Quota quota, int drawn) {
}
