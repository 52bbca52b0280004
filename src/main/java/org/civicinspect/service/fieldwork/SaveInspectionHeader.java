package org.civicinspect.service.fieldwork;

import java.time.Clock;
import java.time.Instant;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/** The header of an inspection: when the team arrived, who was there, remarks. Saving it starts the inspection. */
public final class SaveInspectionHeader {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public SaveInspectionHeader(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Saves the header: arrival time, members present, remarks. */
    public void run(String roundId, String siteId, Instant arrivedAt, String members, String remarks) {
        workspace.write(tx -> {
            Inspection current = tx.inspections().find(roundId, siteId)
                    .orElse(new Inspection(roundId, siteId, InspectionStatus.NOT_STARTED, null, "", ""));
            InspectionStatus status = current.status() == InspectionStatus.NOT_STARTED ? InspectionStatus.IN_PROGRESS : current.status();
            tx.inspections().save(new Inspection(roundId, siteId, status, arrivedAt, members, remarks), Audit.now(clock));
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.INSPECTION, Audit.inspection(roundId, siteId),
                    "header arrived=" + arrivedAt + " members=" + members + " remarks=" + remarks);
            return null;
        });
    }
}
