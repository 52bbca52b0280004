package org.civicinspect.service.review;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Person;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.ChangedMeanwhile;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.fieldwork.RecordFinding;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * A correction after approval: the only way an approved finding changes, and never without a reason. A correction of
 * the finding a screen showed is refused, naming who answered last and when, if another version took its place since
 * (a colleague's correction, or a team's newer answer merged).
 */
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
        return run(request, reason, Optional.empty());
    }

    /** Corrects the finding {@code seen} as the reviewer saw it, as {@link #run(RecordFinding.Request, String)} does. */
    public Finding run(RecordFinding.Request request, String reason, Finding seen) {
        return run(request, reason, Optional.of(seen));
    }

    private Finding run(RecordFinding.Request request, String reason, Optional<Finding> seen) {
        reviewers.require();
        if (reason == null || reason.isBlank()) {
            throw new RequestRefused("review.correctionNeedsReason");
        }
        return workspace.write(tx -> {
            Optional<Inspection> inspection = tx.inspections().find(request.roundId(), request.siteId());
            if (inspection.isEmpty() || inspection.get().status() != InspectionStatus.APPROVED) {
                throw new RequestRefused("review.correctOnlyApproved");
            }
            if (seen.isPresent()) {
                notChangedSince(tx, seen.get());
            }
            Person corrector = reviewers.require(tx, teamOf(tx, request), tx.sites().find(request.siteId()).map(Site::name).orElse(request.siteId()));
            RecordFinding.Request named = new RecordFinding.Request(request.roundId(), request.siteId(), request.standardCode(), request.answer(),
                    request.note(), request.photos(), corrector.name(), request.answeredAt());
            return record.recordIn(tx, named, reason.strip());
        });
    }

    private static void notChangedSince(Tx tx, Finding seen) throws SQLException {
        Finding now = tx.findings().find(seen.roundId(), seen.siteId(), seen.standardCode()).orElseThrow();
        if (!now.id().equals(seen.id()) || now.version() != seen.version()) {
            String site = tx.sites().find(seen.siteId()).map(Site::name).orElse(seen.siteId());
            throw new ChangedMeanwhile("finding.changedMeanwhile", site, seen.standardCode(), now.answeredBy(),
                    ChangedMeanwhile.minute(now.answeredAt()), Messages.answer(now.answer()));
        }
    }

    private static List<String> teamOf(Tx tx, RecordFinding.Request request) throws SQLException {
        return tx.rounds().drawn(request.roundId(), tx.sites().byId()).stream().filter(d -> d.site().id().equals(request.siteId()))
                .map(DrawnSite::team).toList();
    }
}
