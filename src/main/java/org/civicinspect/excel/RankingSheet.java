package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.List;

/** One sheet of the ranking bulletin: a grouping's ranked lines. */
public record RankingSheet(String title, String groupHeading, List<Line> lines) {

    /**
     * A ranked group with its rates (percent, two places), change of 得分率 against the previous round (null when it
     * had no rate then), list mark, and change of rank (↑2, ↓1, 持平, 新上榜, or — with no round to compare).
     */
    public record Line(int rank, String group, BigDecimal scoreRate, BigDecimal complianceRate, int problems, int sites,
                       BigDecimal change, String mark, String rankChange) {
    }

    public RankingSheet {
        lines = List.copyOf(lines);
    }
}
