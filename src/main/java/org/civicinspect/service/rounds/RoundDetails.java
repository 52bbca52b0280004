package org.civicinspect.service.rounds;

import java.util.List;
import java.util.Map;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.Round;
import org.civicinspect.model.SamplingPlan;

/**
 * A round with its pinned set, plan (null before the draw), drawn sites, the checklist size of each site
 * type and each team's load in standards.
 */
public record RoundDetails(Round round, IndicatorSet indicatorSet, SamplingPlan plan, List<DrawnSite> drawn,
                           Map<String, Integer> checklistSizes, Map<String, Integer> teamLoads) {

    public int load(DrawnSite site) {
        return checklistSizes.getOrDefault(site.site().siteType(), 0);
    }
}
