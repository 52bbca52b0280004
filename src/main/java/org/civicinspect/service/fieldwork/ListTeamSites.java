package org.civicinspect.service.fieldwork;

import java.util.List;
import java.util.Map;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Round;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.Workspace;

/** A team's list of drawn sites (or the whole round's), each with its status and how far it is answered. */
public final class ListTeamSites {

    /** A site on a team's list, with its status and progress: answered (不适用 included) of all its standards. */
    public record ListedSite(DrawnSite drawn, InspectionStatus status, int answered, int standards) {
    }

    private final Workspace workspace;

    public ListTeamSites(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The round's drawn sites (of one team, or all when team is null) with status and answered / standards counts. */
    public List<ListedSite> run(String roundId, String team) {
        return workspace.read(tx -> {
            Round round = tx.rounds().find(roundId).orElseThrow(() -> new RequestRefused("round.notFound", roundId));
            Map<String, InspectionStatus> statuses = tx.inspections().statuses(roundId);
            Map<String, Integer> answered = tx.findings().countsBySiteOfRound(roundId);
            Map<String, Integer> sizes = tx.indicatorSets().checklistSizes(round.indicatorSetId());
            return tx.rounds().drawn(roundId, tx.sites().byId()).stream()
                    .filter(d -> team == null || team.equals(d.team()))
                    .map(d -> new ListedSite(d, statuses.getOrDefault(d.site().id(), InspectionStatus.NOT_STARTED),
                            answered.getOrDefault(d.site().id(), 0), sizes.getOrDefault(d.site().siteType(), 0)))
                    .toList();
        });
    }
}
