package org.civicinspect.service.rounds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Round;
import org.civicinspect.store.Workspace;

/** A round with its plan, draw, assignments and team loads; and the list of rounds. */
public final class ShowRound {

    private final Workspace workspace;

    public ShowRound(Workspace workspace) {
        this.workspace = workspace;
    }

    public RoundDetails run(String roundReference) {
        return workspace.read(tx -> {
            Round round = Rounds.require(tx.rounds().findByReference(roundReference), roundReference);
            Map<String, Integer> sizes = tx.indicatorSets().checklistSizes(round.indicatorSetId());
            List<DrawnSite> drawn = tx.rounds().drawn(round.id(), tx.sites().byId());
            Map<String, Integer> loads = new TreeMap<>(NaturalOrder.INSTANCE);
            for (DrawnSite site : drawn) {
                if (site.team() != null) {
                    loads.merge(site.team(), sizes.getOrDefault(site.site().siteType(), 0), Integer::sum);
                }
            }
            Map<String, Integer> answers = new HashMap<>();
            tx.findings().answersOfRound(round.id()).forEach((site, bySite) -> answers.put(site, bySite.size()));
            return new RoundDetails(round, tx.indicatorSets().find(round.indicatorSetId()).orElseThrow(),
                    tx.rounds().plan(round.id()).orElse(null), drawn, sizes, loads, answers);
        });
    }

    public List<Round> list() {
        return workspace.read(tx -> tx.rounds().list());
    }
}
