package org.civicinspect.service.packages;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.civicinspect.model.PackageKind;

/** What a package holds and what taking it in does (or did). */
public record PackagePreview(Path file, PackageKind kind, String packageId, String sha256, Instant createdAt, String sender,
                             String fingerprint, String round, String team, KeyTrust trust, boolean alreadyImported, int sites,
                             int added, int updated, int unchanged, List<String> conflicts, int inspections, int photos,
                             int returned, int interviews) {
    public PackagePreview {
        conflicts = List.copyOf(conflicts);
    }
}
