package org.civicinspect.service.review;

import java.util.Optional;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.store.Workspace;

/** A correction after approval: the only way an approved finding changes, and never without a reason. */
public final class CorrectFinding {

    private final Workspace workspace;
    private final RecordFinding record;

    public CorrectFinding(Workspace workspace, RecordFinding record) {
        this.workspace = workspace;
        this.record = record;
    }

    /**
     * Corrects a finding of an approved inspection: a new version, recorded in the audit log with the reason, which
     * must be given. The inspection stays approved.
     */
    public Finding run(RecordFinding.Request request, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RequestRefused("review.correctionNeedsReason");
        }
        return workspace.write(tx -> {
            Optional<Inspection> inspection = tx.inspections().find(request.roundId(), request.siteId());
            if (inspection.isEmpty() || inspection.get().status() != InspectionStatus.APPROVED) {
                throw new RequestRefused("review.correctOnlyApproved");
            }
            return record.recordIn(tx, request, reason.strip());
        });
    }
}
