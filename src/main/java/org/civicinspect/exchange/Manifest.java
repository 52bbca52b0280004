package org.civicinspect.exchange;

import org.civicinspect.model.PackageKind;
import java.time.Instant;
import java.util.List;

/**
 * {@code manifest.json}: what a package is, who made it, and the SHA-256 and size of every other entry. The sender
 * signs its exact bytes ({@code manifest.sig}), so nothing in the package can change without breaking the signature.
 */
public record Manifest(String format, int formatVersion, PackageKind kind, String packageId, Instant createdAt, long sequence,
                       Sender sender, String roundId, String roundName, String teamId, String teamName, List<Entry> entries,
                       Anchor auditAnchor) {

    public static final String FORMAT = "civicinspect-package";
    /**
     * The newest format this program reads and the one it writes for a package that carries the survey (a task's
     * questionnaire, a result's interviews): a program older than the survey refuses such a package as newer than it
     * reads, rather than taking it in without what it cannot read.
     */
    public static final int CURRENT_VERSION = 2;
    /** The format of a package without the survey, which programs from before the survey read too. */
    public static final int WITHOUT_SURVEY = 1;

    public Manifest {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** A manifest without the sender's audit anchor, as packages made before it was carried. */
    public Manifest(String format, int formatVersion, PackageKind kind, String packageId, Instant createdAt, long sequence, Sender sender,
                    String roundId, String roundName, String teamId, String teamName, List<Entry> entries) {
        this(format, formatVersion, kind, packageId, createdAt, sequence, sender, roundId, roundName, teamId, teamName, entries, null);
    }

    /** The device that made and signed the package: its role, its public key (X.509, Base64) and that key's fingerprint. */
    public record Sender(String role, String publicKey, String fingerprint, String name) {
    }

    /**
     * The head of the sender's audit chain when the package was made (its entry count and last hash), signed by the
     * sender's device as its {@code audit-anchor} file holds it: whoever keeps the package can later tell whether
     * that chain was cut or rewritten since. Null in packages made before it was carried.
     */
    public record Anchor(long entries, String hash, String publicKey, String signature) {
    }

    /** One entry of the package with its size in bytes and its SHA-256 (hex). */
    public record Entry(String name, long bytes, String sha256) {
    }
}
