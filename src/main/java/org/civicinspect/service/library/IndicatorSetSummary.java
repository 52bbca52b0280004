package org.civicinspect.service.library;

import java.math.BigDecimal;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;

/** One line of the indicator library: a set version with its counts. */
public record IndicatorSetSummary(IndicatorSet set, int categories, int indicators, int standards, int siteTypes,
                                  BigDecimal totalPoints) {

    static IndicatorSetSummary of(IndicatorSet set, IndicatorTree tree) {
        return new IndicatorSetSummary(set, tree.categories().size(), tree.indicatorCount(), tree.standardCount(),
                tree.siteTypes().size(), tree.totalPoints());
    }
}
