package org.civicinspect.service.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.model.Finding;
import org.civicinspect.service.common.Audit;
import org.civicinspect.store.AuditAnchor;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * {@code verify}: the database's own integrity check; every link of the audit log's hash chain; the chain's end
 * against the anchor kept beside the database; and every finding answered here against the last entry about it.
 */
public final class VerifyWorkspace {

    /**
     * What was checked: SQLite's verdict ("ok" when sound), how many audit entries, the first broken link, the
     * anchor the chain no longer reaches, and the findings whose current value no entry records.
     */
    public record Verdict(String integrity, long entries, Optional<AuditEntry> brokenLink, Optional<AnchorMismatch> anchorMismatch,
                          List<Finding> unexplainedFindings) {
        public boolean sound() {
            return "ok".equals(integrity) && brokenLink.isEmpty() && anchorMismatch.isEmpty() && unexplainedFindings.isEmpty();
        }
    }

    /**
     * The chain holds {@code entries} but does not hold the entry anchored as number {@code anchoredEntries} (-1 when
     * the anchor cannot be read): fewer entries mean its end was cut; otherwise it was rewritten.
     */
    public record AnchorMismatch(long entries, long anchoredEntries) {
        public boolean cut() {
            return entries < anchoredEntries;
        }

        public boolean unreadable() {
            return anchoredEntries < 0;
        }
    }

    private final Workspace workspace;

    public VerifyWorkspace(Workspace workspace) {
        this.workspace = workspace;
    }

    public Verdict run() {
        Optional<AuditLog.Head> anchored = AuditAnchor.read(workspace.folder());
        return workspace.read(tx -> {
            AuditLog log = tx.audit();
            long entries = log.count();
            Optional<AnchorMismatch> mismatch = anchored.isPresent() && (anchored.get().entries() < 0 || !log.reaches(anchored.get()))
                    ? Optional.of(new AnchorMismatch(entries, anchored.get().entries())) : Optional.empty();
            return new Verdict(tx.integrityCheck(), entries, log.firstBrokenLink(), mismatch, unexplained(tx.findings().answeredHere(),
                    log.lastAboutEach(Audit.finding(""))));
        });
    }

    /**
     * Findings answered here whose current value is not what the last entry about them records. A finding with no
     * entry at all came with a task package and is not checked.
     */
    private static List<Finding> unexplained(List<Finding> findings, Map<String, AuditEntry> lastEntries) {
        List<Finding> unexplained = new ArrayList<>();
        for (Finding f : findings) {
            AuditEntry last = lastEntries.get(Audit.finding(f.id()));
            if (last != null && !Audit.records(last.detail(), f)) {
                unexplained.add(f);
            }
        }
        return unexplained;
    }
}
