package org.civicinspect.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Keeps the audit anchor on the chain's head. It remembers the head it anchored last, so a commit whose entries
 * follow straight on from it is anchored without reading anything back: one signature and one small file. Anything
 * else (another process or thread wrote in between, or the chain was changed under it) is checked against the file
 * and the chain first. The anchor only moves when this device signed it and the chain still holds the entry it
 * names; otherwise it stays as it is, so that what happened to the chain is still seen by {@code verify}.
 */
final class AnchorFollower {

    private final Path folder;
    private final AuditAnchor.Seal seal;
    /** The head anchored last by this process; null while the anchor on disk is not one to move. */
    private AuditLog.Head anchored;

    AnchorFollower(Path folder, AuditAnchor.Seal seal) {
        this.folder = folder;
        this.seal = seal;
    }

    /**
     * At start: a workspace with no anchor yet is anchored at its head; an anchor of this device that the chain still
     * reaches moves to the head (entries after it were committed while the anchor could not follow them, as after a
     * crash). Any other anchor (unreadable, unsigned, signed by another key, or no longer reached) is left for
     * {@code verify} to report.
     */
    synchronized void start(AuditLog log) throws SQLException {
        Optional<AuditAnchor.Signed> file = AuditAnchor.read(folder);
        boolean ours = file.isEmpty() || file.get().sealedBy(seal) && log.reaches(file.get().head());
        AuditLog.Head head = log.head();
        // A workspace only read (or read-only) is not written to when its anchor is already at the head.
        anchored = !ours ? null : file.isPresent() && file.get().head().equals(head) ? head : put(head);
    }

    /** After a commit that appended the entries from {@code appendedTo} up to {@code head}. */
    synchronized void committed(AuditLog.Head appendedTo, AuditLog.Head head, Chain chain) throws SQLException {
        if (appendedTo.equals(anchored)) {
            anchored = put(head);
            return;
        }
        Optional<AuditAnchor.Signed> file = AuditAnchor.read(folder);
        if (file.isEmpty() || !file.get().sealedBy(seal) || !chain.reaches(file.get().head())) {
            anchored = null;
            return;
        }
        // Another writer may have anchored past this commit already; the anchor never moves back.
        anchored = file.get().head().entries() >= head.entries() ? file.get().head() : put(head);
    }

    /** Anchors the head whatever the anchor named before: for a chain this process has just put in place whole. */
    synchronized void adopt(AuditLog.Head head) {
        anchored = put(head);
    }

    /** The committed chain, read afresh. */
    interface Chain {
        boolean reaches(AuditLog.Head head) throws SQLException;
    }

    private AuditLog.Head put(AuditLog.Head head) {
        AuditAnchor.write(folder, AuditAnchor.seal(head, seal));
        return head;
    }
}
