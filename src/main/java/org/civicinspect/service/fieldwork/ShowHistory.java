package org.civicinspect.service.fieldwork;

import org.civicinspect.service.common.Audit;
import java.util.List;
import org.civicinspect.model.AuditEntry;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.FindingRepository;
import org.civicinspect.store.Workspace;

/** A finding's history from the audit log: every answer, note and photo change, who made it and when, oldest first. */
public final class ShowHistory {

    private final Workspace workspace;

    public ShowHistory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The history of the finding of a standard at a site in a round; empty when it was never answered. */
    public List<AuditEntry> ofFinding(String roundId, String siteId, String standardCode) {
        return workspace.read(c -> {
            var finding = new FindingRepository().find(c, roundId, siteId, standardCode);
            return finding.isEmpty() ? List.<AuditEntry>of() : new AuditLog().about(c, Audit.finding(finding.get().id()));
        });
    }
}
