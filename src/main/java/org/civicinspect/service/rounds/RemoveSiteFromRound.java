package org.civicinspect.service.rounds;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * Takes one site out of a round's draw. A site without answers simply leaves; one with answers needs a reason,
 * and its answers (and those teams sent for it) are written into the audit entry before the inspection and
 * everything recorded on it are deleted, so that no score, report or review counts them any more. An approved
 * inspection is refused: its failing findings are already problems under rectification, and an answer found wrong
 * there is put right by a correction with a reason instead.
 */
public final class RemoveSiteFromRound {

    /** The site taken out, how many answers it had (now only in the audit log) and the round as it now stands. */
    public record Result(Site site, int answers, RoundDetails round) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final SignedIn signedIn;

    public RemoveSiteFromRound(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** Removes the drawn site (by id or unique name in the draw); {@code reason} may be blank only when it has no answers. */
    public Result run(String roundReference, String siteReference, String reason) {
        String why = reason == null ? "" : reason.strip();
        Result removed = workspace.write(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            List<DrawnSite> matches = tx.rounds().drawn(round.id(), tx.sites().byId()).stream()
                    .filter(d -> d.site().id().equals(siteReference) || d.site().name().equals(siteReference)).toList();
            if (matches.size() != 1) {
                throw new RequestRefused(matches.isEmpty() ? "round.siteNotDrawn" : "round.siteAmbiguous", siteReference);
            }
            Site site = matches.get(0).site();
            if (tx.inspections().find(round.id(), site.id()).map(Inspection::status).orElse(null) == InspectionStatus.APPROVED) {
                throw new RequestRefused("round.removeApproved", site.name(), round.name());
            }
            List<Finding> findings = tx.findings().ofInspection(round.id(), site.id());
            List<Candidate> received = new ArrayList<>();
            tx.candidates().ofSites(round.id(), List.of(site.id())).values().forEach(received::addAll);
            int answers = Math.max(findings.size(), received.size());
            if (answers > 0 && why.isEmpty()) {
                throw new RequestRefused("round.removeNeedsReason", site.name(), answers, round.name());
            }
            StringBuilder detail = new StringBuilder("remove site=" + site.id() + " name=" + site.name() + " team="
                    + matches.get(0).team() + " reason=" + why + " findings=" + findings.size());
            findings.forEach(f -> detail.append("\n").append(Audit.describe(f)));
            received.forEach(c -> detail.append("\nreceived team=").append(c.teamId()).append(' ').append(Audit.describe(c.finding())));
            tx.inspections().deleteWithRecords(round.id(), site.id());
            tx.rounds().removeDrawn(round.id(), site.id());
            RoundProgress.settle(tx, round);
            tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.DRAW, Audit.round(round.id()), detail.toString());
            return new Result(site, answers, null);
        });
        return new Result(removed.site(), removed.answers(), new ShowRound(workspace).run(roundReference));
    }
}
