package org.civicinspect.service.fieldwork;

import java.time.Clock;
import java.time.Instant;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Takes a site marked 已完成 back to 进行中 on the laptop that completed it, while its results have not been sent
 * and it has not been reviewed. Once sent, only a review can open it again (退回), and an approved one only a
 * correction with a reason.
 */
public final class ReopenInspection {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;
    private final OpenInspection open;

    public ReopenInspection(Workspace workspace, Clock clock, OpenInspection open, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.open = open;
    }

    public InspectionSheet run(String roundId, String siteId, String by) {
        workspace.write(tx -> {
            Inspection inspection = tx.inspections().find(roundId, siteId).orElseThrow(() -> new RequestRefused("inspection.notCompleted"));
            String name = tx.sites().find(siteId).map(s -> s.name()).orElse(siteId);
            if (inspection.status() == InspectionStatus.APPROVED) {
                throw new RequestRefused("inspection.reopenApproved", name);
            }
            if (inspection.status() != InspectionStatus.COMPLETED) {
                throw new RequestRefused("inspection.notCompleted", name);
            }
            String subject = Audit.inspection(roundId, siteId);
            Instant completedHere = tx.audit().about(subject).stream()
                    .filter(e -> e.action().equals(AuditLog.Action.INSPECTION.name()) && e.detail().equals("status=" + InspectionStatus.COMPLETED))
                    .reduce((a, b) -> b).map(e -> e.at()).orElse(null);
            if (completedHere == null) {
                throw new RequestRefused("inspection.reopenNotHere", name);
            }
            if (ResultsSent.since(tx, roundId, completedHere)) {
                throw new RequestRefused("inspection.reopenAfterSent", name);
            }
            Instant now = Audit.now(clock);
            tx.inspections().save(new Inspection(roundId, siteId, InspectionStatus.IN_PROGRESS, inspection.arrivedAt(), inspection.members(),
                    inspection.remarks()), now);
            tx.audit().append(now, signedIn.nameOr(by), AuditLog.Action.INSPECTION, subject,
                    "status=" + InspectionStatus.IN_PROGRESS + " reopened");
            return null;
        });
        return open.run(roundId, siteId);
    }
}
