package org.civicinspect.service.rounds;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Round;
import org.civicinspect.store.Workspace;

/**
 * What a report of a round counts: how many of its inspections stand at each status, and the latest change among those
 * counted: an inspection's own change (completed, approved) or, later still, a change to one of its answers (a
 * correction after approval, a resolved conflict).
 */
public final class ScopeOfRound {

    private final Workspace workspace;

    public ScopeOfRound(Workspace workspace) {
        this.workspace = workspace;
    }

    public ReportScope of(Round round, ReportScope.Counted counted) {
        return workspace.read(tx -> {
            Map<String, InspectionStatus> statuses = tx.inspections().statuses(round.id());
            Map<String, Instant> updated = new HashMap<>(tx.inspections().updatedAt(round.id()));
            tx.findings().lastAnsweredOfRound(round.id()).forEach((site, at) -> updated.merge(site, at, (x, y) -> x.isAfter(y) ? x : y));
            Map<InspectionStatus, Integer> counts = new EnumMap<>(InspectionStatus.class);
            Optional<Instant> latest = Optional.empty();
            for (Map.Entry<String, InspectionStatus> e : statuses.entrySet()) {
                counts.merge(e.getValue(), 1, Integer::sum);
                Instant at = updated.get(e.getKey());
                if (counted.counts(e.getValue()) && at != null && latest.map(at::isAfter).orElse(true)) {
                    latest = Optional.of(at);
                }
            }
            counts.merge(InspectionStatus.NOT_STARTED, tx.rounds().drawnSiteIds(round.id()).size() - statuses.size(), Integer::sum);
            return new ReportScope(round.name(), round.start(), round.end(), counted, counts, latest);
        });
    }
}
