package org.civicinspect.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks groups by 得分率, highest first; equal scores share a rank and the next rank skips (1, 2, 2, 4). A group with
 * nothing scored has no rate and is left out.
 */
public final class Ranking {

    /** A ranked group. */
    public record Ranked(int rank, Aggregate aggregate) {
    }

    private Ranking() {
    }

    public static List<Ranked> rank(Map<String, Aggregate> groups) {
        List<Aggregate> ordered = new ArrayList<>(groups.values().stream().filter(Aggregate::rated).toList());
        ordered.sort(Comparator.comparing(Aggregate::scoreRate).reversed().thenComparing(Aggregate::group));
        List<Ranked> ranked = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            BigDecimal rate = ordered.get(i).scoreRate();
            if (previous == null || rate.compareTo(previous) != 0) {
                rank = i + 1;
                previous = rate;
            }
            ranked.add(new Ranked(rank, ordered.get(i)));
        }
        return ranked;
    }

    /** Rank by group, for looking up a group's place. */
    public static Map<String, Integer> ranks(Map<String, Aggregate> groups) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        rank(groups).forEach(r -> ranks.put(r.aggregate().group(), r.rank()));
        return ranks;
    }
}
