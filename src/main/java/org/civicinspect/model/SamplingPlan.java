package org.civicinspect.model;

import java.util.List;

/**
 * How a round's sites are drawn: the quotas, how many earlier rounds' sites to leave out (0 for none),
 * and the seed that makes the draw reproducible. Must-check sites are always drawn.
 */
public record SamplingPlan(List<Quota> quotas, int excludeRecentRounds, long seed) {
    public SamplingPlan {
        quotas = List.copyOf(quotas);
    }
}
