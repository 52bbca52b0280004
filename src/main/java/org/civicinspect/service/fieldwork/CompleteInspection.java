package org.civicinspect.service.fieldwork;

import java.sql.SQLException;
import java.time.Clock;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/** Marks a site 已完成 once every standard is answered and every failing answer has the evidence the set asks for. */
public final class CompleteInspection {

    private final Workspace workspace;
    private final Clock clock;
    private final OpenInspection open;
    private final SignedIn signedIn;

    public CompleteInspection(Workspace workspace, Clock clock, OpenInspection open, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.open = open;
    }

    /** Marks the site 已完成; refused while a standard is unanswered or a failing answer lacks its evidence. */
    public InspectionSheet run(String roundId, String siteId) {
        workspace.write(tx -> {
            completeIn(tx, roundId, siteId);
            return null;
        });
        return open.run(roundId, siteId);
    }

    /** The same inside the caller's transaction, which a refusal rolls back whole. */
    void completeIn(Tx tx, String roundId, String siteId) throws SQLException {
        InspectionSheet sheet = open.sheet(tx, roundId, siteId);
        if (sheet.inspection().status() == InspectionStatus.APPROVED) {
            throw new RequestRefused("inspection.approved");
        }
        if (!sheet.unanswered().isEmpty()) {
            throw new RequestRefused("inspection.unanswered", sheet.unanswered().size());
        }
        if (!sheet.missingEvidence().isEmpty()) {
            throw new RequestRefused("inspection.missingEvidence", sheet.missingEvidence().size());
        }
        Inspection i = sheet.inspection();
        tx.inspections().save(new Inspection(roundId, siteId, InspectionStatus.COMPLETED, i.arrivedAt(), i.members(),
                i.remarks()), Audit.now(clock));
        tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.INSPECTION, Audit.inspection(roundId, siteId),
                "status=" + InspectionStatus.COMPLETED);
    }
}
