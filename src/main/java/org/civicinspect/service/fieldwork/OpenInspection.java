package org.civicinspect.service.fieldwork;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Finding;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * The field inspector's use cases around one inspection: open a drawn site's sheet, list a team's sites with
 * their status, fill in the header, and mark the site 已完成 once every standard is answered.
 */
public final class OpenInspection {

    /** A site on a team's list, with its status and progress: answered (不适用 included) of all its standards. */
    public record ListedSite(DrawnSite drawn, InspectionStatus status, int answered, int standards) {
    }

    private final Workspace workspace;
    private final Clock clock;
    private final Checklists checklists;

    public OpenInspection(Workspace workspace, Clock clock, Checklists checklists) {
        this.workspace = workspace;
        this.clock = clock;
        this.checklists = checklists;
    }

    public InspectionSheet run(String roundId, String siteId) {
        return workspace.read(tx -> {
            Round round = tx.rounds().find(roundId).orElseThrow(() -> new RequestRefused("round.notFound", roundId));
            DrawnSite drawn = tx.rounds().drawn(roundId, tx.sites().byIds(List.of(siteId))).stream()
                    .filter(d -> d.site() != null).findFirst().orElseThrow(() -> new RequestRefused("round.siteNotDrawn", siteId));
            Map<String, Finding> byCode = new HashMap<>();
            for (Finding f : tx.findings().ofInspection(roundId, siteId)) {
                byCode.put(f.standardCode(), f);
            }
            Inspection inspection = tx.inspections().find(roundId, siteId)
                    .orElse(new Inspection(roundId, siteId, InspectionStatus.NOT_STARTED, null, "", ""));
            return new InspectionSheet(round, drawn.site(), drawn.team(), checklists.forSiteType(round.indicatorSetId(), drawn.site().siteType()),
                    byCode, inspection);
        });
    }

    /** The round's drawn sites (of one team, or all when team is null) with status and answered / standards counts. */
    public List<ListedSite> sites(String roundId, String team) {
        return workspace.read(tx -> {
            Round round = tx.rounds().find(roundId).orElseThrow(() -> new RequestRefused("round.notFound", roundId));
            Map<String, InspectionStatus> statuses = tx.inspections().statuses(roundId);
            Map<String, Integer> answered = new HashMap<>();
            for (Finding f : tx.findings().ofRound(roundId)) {
                answered.merge(f.siteId(), 1, Integer::sum);
            }
            Map<String, Integer> sizes = tx.indicatorSets().checklistSizes(round.indicatorSetId());
            return tx.rounds().drawn(roundId, tx.sites().byId()).stream()
                    .filter(d -> team == null || team.equals(d.team()))
                    .map(d -> new ListedSite(d, statuses.getOrDefault(d.site().id(), InspectionStatus.NOT_STARTED),
                            answered.getOrDefault(d.site().id(), 0), sizes.getOrDefault(d.site().siteType(), 0)))
                    .toList();
        });
    }

    /** Saves the header: arrival time, members present, remarks. */
    public void saveHeader(String roundId, String siteId, Instant arrivedAt, String members, String remarks) {
        workspace.write(tx -> {
            Inspection current = tx.inspections().find(roundId, siteId)
                    .orElse(new Inspection(roundId, siteId, InspectionStatus.NOT_STARTED, null, "", ""));
            InspectionStatus status = current.status() == InspectionStatus.NOT_STARTED ? InspectionStatus.IN_PROGRESS : current.status();
            tx.inspections().save(new Inspection(roundId, siteId, status, arrivedAt, members, remarks), Audit.now(clock));
            tx.audit().append(clock.instant(), Audit.operator(), AuditLog.Action.INSPECTION, "inspection:" + roundId + "/" + siteId,
                    "header arrived=" + arrivedAt + " members=" + members + " remarks=" + remarks);
            return null;
        });
    }

    /** Marks the site 已完成; refused while a standard is unanswered or a failing answer lacks its evidence. */
    public InspectionSheet complete(String roundId, String siteId) {
        InspectionSheet sheet = run(roundId, siteId);
        if (sheet.inspection().status() == InspectionStatus.APPROVED) {
            throw new RequestRefused("inspection.approved");
        }
        if (!sheet.unanswered().isEmpty()) {
            throw new RequestRefused("inspection.unanswered", sheet.unanswered().size());
        }
        if (!sheet.missingEvidence().isEmpty()) {
            throw new RequestRefused("inspection.missingEvidence", sheet.missingEvidence().size());
        }
        workspace.write(tx -> {
            Inspection i = sheet.inspection();
            tx.inspections().save(new Inspection(roundId, siteId, InspectionStatus.COMPLETED, i.arrivedAt(), i.members(),
                    i.remarks()), Audit.now(clock));
            tx.audit().append(clock.instant(), Audit.operator(), AuditLog.Action.INSPECTION, "inspection:" + roundId + "/" + siteId,
                    "status=" + InspectionStatus.COMPLETED);
            return null;
        });
        return run(roundId, siteId);
    }

    /** What to recheck at this inspection, by standard code: open problems of earlier rounds at the site. */
    public java.util.Map<String, org.civicinspect.model.Recheck> rechecks(String roundId, String siteId) {
        return workspace.read(tx -> tx.rechecks().ofInspection(roundId, siteId));
    }
}
