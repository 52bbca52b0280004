package org.civicinspect.excel;

import java.util.List;

/** The printed record of a round's draw: how it was drawn (seed, quotas) and what it gave, team by team. */
public record DrawRecord(String roundName, String dates, String indicatorSet, long seed, int excludeRecentRounds, String quotas,
                         List<Line> lines) {

    /** One drawn site with its team, why it was drawn and how many standards it has. */
    public record Line(String team, String district, String street, String site, String siteType, String reason, int standards) {
    }

    public DrawRecord {
        lines = List.copyOf(lines);
    }
}
