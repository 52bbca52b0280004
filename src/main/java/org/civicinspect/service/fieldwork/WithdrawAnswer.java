package org.civicinspect.service.fieldwork;

import java.time.Clock;
import java.util.Optional;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Takes a standard back to unanswered, as an undo of its first answer: the finding goes, its whole record stays in the
 * audit log. Refused on a locked inspection and once a result package has carried the answer to the office, where
 * it can only be changed, not taken back.
 */
public final class WithdrawAnswer {

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public WithdrawAnswer(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Withdraws the answer; empty when the standard had none. */
    public Optional<Finding> run(String roundId, String siteId, String standardCode, String by) {
        return workspace.write(tx -> {
            Optional<Finding> finding = tx.findings().find(roundId, siteId, standardCode);
            if (finding.isEmpty()) {
                return finding;
            }
            Optional<Inspection> inspection = tx.inspections().find(roundId, siteId);
            if (inspection.isPresent() && inspection.get().status().locked()) {
                throw new RequestRefused(inspection.get().status() == InspectionStatus.APPROVED ? "finding.inspectionApproved"
                        : "finding.inspectionCompleted");
            }
            Finding f = finding.get();
            var first = tx.audit().about(Audit.finding(f.id())).stream().findFirst().map(e -> e.at()).orElse(f.answeredAt());
            if (ResultsSent.since(tx, roundId, first)) {
                throw new RequestRefused("finding.withdrawAfterSent", standardCode);
            }
            tx.findings().delete(f.id());
            var now = Audit.now(clock);
            tx.audit().append(now, signedIn.nameOr(by), AuditLog.Action.ANSWER, Audit.finding(f.id()),
                    "withdrawn " + Audit.describe(f));
            return finding;
        });
    }
}
