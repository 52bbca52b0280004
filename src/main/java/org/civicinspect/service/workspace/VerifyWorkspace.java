package org.civicinspect.service.workspace;

import java.util.Optional;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.store.Workspace;

/** {@code verify}: the database's own integrity check, then every link of the audit log's hash chain. */
public final class VerifyWorkspace {

    /** What was checked: SQLite's verdict ("ok" when sound), how many audit entries, and the first broken link if any. */
    public record Verdict(String integrity, long entries, Optional<AuditEntry> brokenLink) {
        public boolean sound() {
            return "ok".equals(integrity) && brokenLink.isEmpty();
        }
    }

    private final Workspace workspace;

    public VerifyWorkspace(Workspace workspace) {
        this.workspace = workspace;
    }

    public Verdict run() {
        return workspace.read(tx -> {
            return new Verdict(tx.integrityCheck(), tx.audit().count(), tx.audit().firstBrokenLink());
        });
    }
}
