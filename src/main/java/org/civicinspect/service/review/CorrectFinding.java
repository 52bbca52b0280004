package org.civicinspect.service.review;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Person;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/** A correction after approval: the only way an approved finding changes, and never without a reason. */
public final class CorrectFinding {

    private final Workspace workspace;
    private final RecordFinding record;
    private final Reviewers reviewers;

    public CorrectFinding(Workspace workspace, RecordFinding record, Reviewers reviewers) {
        this.workspace = workspace;
        this.record = record;
        this.reviewers = reviewers;
    }

    /**
     * Corrects a finding of an approved inspection: a new version, recorded in the audit log with the reason, which
     * must be given. The inspection stays approved. Made by the signed-in person, who must be one who may approve it.
     */
    public Finding run(RecordFinding.Request request, String reason) {
        reviewers.require();
        if (reason == null || reason.isBlank()) {
            throw new RequestRefused("review.correctionNeedsReason");
        }
        return workspace.write(tx -> {
            Optional<Inspection> inspection = tx.inspections().find(request.roundId(), request.siteId());
            if (inspection.isEmpty() || inspection.get().status() != InspectionStatus.APPROVED) {
                throw new RequestRefused("review.correctOnlyApproved");
            }
            Person corrector = reviewers.require(tx, teamOf(tx, request), tx.sites().find(request.siteId()).map(Site::name).orElse(request.siteId()));
            RecordFinding.Request named = new RecordFinding.Request(request.roundId(), request.siteId(), request.standardCode(), request.answer(),
                    request.note(), request.photos(), corrector.name(), request.answeredAt());
            return record.recordIn(tx, named, reason.strip());
        });
    }

    private static List<String> teamOf(Tx tx, RecordFinding.Request request) throws SQLException {
        return tx.rounds().drawn(request.roundId(), tx.sites().byId()).stream().filter(d -> d.site().id().equals(request.siteId()))
                .map(DrawnSite::team).toList();
    }
}
