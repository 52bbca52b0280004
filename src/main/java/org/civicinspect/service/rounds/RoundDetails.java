package org.civicinspect.service.rounds;

import java.util.List;
import java.util.Map;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;

/**
 * A round with its pinned set, plan (null before the draw), drawn sites, the checklist size of each site
 * type, each team's load in standards and the number of answers recorded at each site (by site id).
 */
public record RoundDetails(Round round, IndicatorSet indicatorSet, SamplingPlan plan, List<DrawnSite> drawn,
                           Map<String, Integer> checklistSizes, Map<String, Integer> teamLoads, Map<String, Integer> answersBySite) {

    public int load(DrawnSite site) {
        return checklistSizes.getOrDefault(site.site().siteType(), 0);
    }

    public int answers(DrawnSite site) {
        return answersBySite.getOrDefault(site.site().id(), 0);
    }

    /** Every answer of the round: while there is one, the round is never drawn again. */
    public int answers() {
        return answersBySite.values().stream().mapToInt(Integer::intValue).sum();
    }
}
