package org.civicinspect.service.fieldwork;

import java.util.List;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.service.common.Audit;
import org.civicinspect.store.Workspace;

/** A finding's history from the audit log: every answer, note and photo change, who made it and when, oldest first. */
public final class ShowHistory {

    private final Workspace workspace;

    public ShowHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The same history, each step read back as who answered what, with which note and photos. */
    public List<FindingChange> changes(String roundId, String siteId, String standardCode) {
        return ofFinding(roundId, siteId, standardCode).stream().map(FindingChange::of).toList();
    }

    /** The history of the finding of a standard at a site in a round; empty when it was never answered. */
    public List<AuditEntry> ofFinding(String roundId, String siteId, String standardCode) {
        return workspace.read(tx -> {
            var finding = tx.findings().find(roundId, siteId, standardCode);
            return finding.isEmpty() ? List.<AuditEntry>of() : tx.audit().about(Audit.finding(finding.get().id()));
        });
    }
}
