package org.civicinspect.service.packages;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;

/**
 * A package checked and its photos staged beside the store; its step writes it, inside the import's transaction.
 * {@code checkedAt} is the head of the audit log when the package was checked and {@code touches} names what writing
 * it reads and changes (its sites, team, key and id); a package without a {@code checkedAt} is always checked again
 * and may touch anything.
 */
record StagedPackage(Map<String, Path> photos, AuditLog.Head checkedAt, Set<String> touches, Write write) {

    /** Writes the package; {@code asChecked} when the workspace is, for this package, as it was when it was checked. */
    @FunctionalInterface
    interface Write {
        PackagePreview run(Tx tx, boolean asChecked) throws SQLException;
    }

    /**
     * Writes the packages in order, telling each whether the workspace is still as it was checked: nobody committed
     * since (every commit that changes a workspace adds to its audit log) and no package before it in the list
     * touched what it touches. Otherwise it is worked out again, so that it sees the packages before it. The packages
     * may still be arriving: each is taken from {@code staged} once the one before it is written. Each package's staged
     * photos are kept by the {@code store} before its rows are written.
     */
    static List<PackagePreview> writeAll(Tx tx, Iterable<StagedPackage> staged, PhotoStore store) throws SQLException {
        AuditLog.Head start = tx.audit().head();
        Set<String> touched = new HashSet<>();
        boolean touchedAnything = false;
        List<PackagePreview> written = new ArrayList<>();
        for (StagedPackage s : staged) {
            store.keepStaged(tx, s.photos());
            boolean asChecked = start.equals(s.checkedAt()) && !touchedAnything && Collections.disjoint(touched, s.touches());
            written.add(s.write().run(tx, asChecked));
            touched.addAll(s.touches());
            touchedAnything |= s.checkedAt() == null;
        }
        return written;
    }
}
