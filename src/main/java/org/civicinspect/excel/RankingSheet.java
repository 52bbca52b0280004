package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.List;

/** One sheet of the ranking bulletin: a grouping's ranked lines. */
public record RankingSheet(String title, String groupHeading, List<Line> lines) {

    /** A ranked group with its rates (percent, two places), change against the previous round and list mark. */
    public record Line(int rank, String group, BigDecimal scoreRate, BigDecimal complianceRate, int problems, int sites,
                       BigDecimal change, String mark) {
    }

    public RankingSheet {
        lines = List.copyOf(lines);
    }
}
