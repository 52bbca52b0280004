package org.civicinspect.service.rounds;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.NaturalOrder;
import org.civicinspect.model.Round;
import org.civicinspect.store.IndicatorSetRepository;
import org.civicinspect.store.RoundRepository;
import org.civicinspect.store.SiteRepository;
import org.civicinspect.store.Workspace;

/** A round with its plan, draw, assignments and team loads; and the list of rounds. */
public final class ShowRound {

    private final Workspace workspace;

    public ShowRound(Workspace workspace) {
        this.workspace = workspace;
    }

    public RoundDetails run(String roundReference) {
        RoundRepository rounds = new RoundRepository();
        return workspace.read(c -> {
            Round round = Rounds.require(new RoundRepository().findByReference(c, roundReference), roundReference);
            Map<String, Integer> sizes = new IndicatorSetRepository().checklistSizes(c, round.indicatorSetId());
            List<DrawnSite> drawn = rounds.drawn(c, round.id(), new SiteRepository().byId(c));
            Map<String, Integer> loads = new TreeMap<>(NaturalOrder.INSTANCE);
            for (DrawnSite site : drawn) {
                if (site.team() != null) {
                    loads.merge(site.team(), sizes.getOrDefault(site.site().siteType(), 0), Integer::sum);
                }
            }
            return new RoundDetails(round, new IndicatorSetRepository().find(c, round.indicatorSetId()).orElseThrow(),
                    rounds.plan(c, round.id()).orElse(null), drawn, sizes, loads);
        });
    }

    public List<Round> list() {
        return workspace.read(new RoundRepository()::list);
    }
}
