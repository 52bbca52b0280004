package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.List;

/** One sheet of the ranking bulletin: a grouping's ranked lines. */
public record RankingSheet(String title, String groupHeading, List<Line> lines) {

    /**
     * A ranked group with its rates (percent, two places), change of 得分率 against the previous round (null when it
     * had no rate then), list mark, and change of rank (↑2, ↓1, 持平, 新上榜, or — with no round to compare). A group
     * whose sites were answered entirely 不适用 has no rank and no rates (all null): it is listed last, shown as "—".
     * {@code awaitingReview} of its sites are counted while their inspection still waits for review.
     */
    public record Line(Integer rank, String group, BigDecimal scoreRate, BigDecimal complianceRate, int problems, int sites,
                       int awaitingReview, BigDecimal change, String mark, String rankChange) {

        /** An unranked group: visited sites, nothing scored. */
        public static Line unrated(String group, int sites, int awaitingReview) {
            return new Line(null, group, null, null, 0, sites, awaitingReview, null, "", "—");
        }

        /** The group's name as a sheet prints it: built partly from sites awaiting review, it says how many. */
        public String shownGroup() {
            return CellText.groupName(group, awaitingReview);
        }
    }

    public RankingSheet {
        lines = List.copyOf(lines);
    }
}
