package org.civicinspect.service.rounds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.civicinspect.model.Site;

/**
 * Splits drawn sites among teams so that each team has about the same number of standards to check,
 * keeping a street's sites with one team where that does not unbalance the loads.
 */
final class TeamAssigner {

    private static final int MAX_MOVES = 10_000;
    private static final Comparator<Site> PLACE = Comparator.comparing(Site::district).thenComparing(Site::street)
            .thenComparing(Site::name).thenComparing(Site::id);

    private TeamAssigner() {
    }

    /** Team name for each site id; {@code load} is the number of standards a site's checklist has. */
    static Map<String, String> assign(List<Site> sites, List<String> teams, ToIntFunction<Site> load) {
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("no team to assign to");
        }
        long total = sites.stream().mapToLong(load::applyAsInt).sum();
        double target = (double) total / teams.size();
        List<List<Site>> units = new ArrayList<>();
        Map<String, List<Site>> byStreet = new LinkedHashMap<>();
        for (Site site : sites) {
            byStreet.computeIfAbsent(site.district() + "/" + site.street(), k -> new ArrayList<>()).add(site);
        }
        for (List<Site> street : byStreet.values()) {
            long streetLoad = street.stream().mapToLong(load::applyAsInt).sum();
            if (streetLoad > target / 2) {
                street.forEach(s -> units.add(List.of(s)));
            } else {
                units.add(street);
            }
        }
        // Ties go by where the sites are, not by their identifiers, which each workspace makes afresh: the same sites
        // imported into another workspace (or onto the office's server) are split the same way.
        units.sort(Comparator.comparingLong((List<Site> u) -> u.stream().mapToLong(load::applyAsInt).sum()).reversed()
                .thenComparing(u -> u.get(0), PLACE));
        Map<String, Long> loads = new LinkedHashMap<>();
        teams.forEach(t -> loads.put(t, 0L));
        Map<String, String> teamOf = new HashMap<>();
        for (List<Site> unit : units) {
            String lightest = lightest(loads);
            for (Site site : unit) {
                teamOf.put(site.id(), lightest);
                loads.merge(lightest, (long) load.applyAsInt(site), Long::sum);
            }
        }
        rebalance(sites, teamOf, loads, load);
        return teamOf;
    }

    /** Moves single sites from the heaviest to the lightest team while that narrows the gap. */
    private static void rebalance(List<Site> sites, Map<String, String> teamOf, Map<String, Long> loads, ToIntFunction<Site> load) {
        for (int move = 0; move < MAX_MOVES; move++) {
            String heaviest = heaviest(loads);
            String lightest = lightest(loads);
            long gap = loads.get(heaviest) - loads.get(lightest);
            Site best = null;
            long bestGap = gap;
            for (Site site : sites) {
                if (!teamOf.get(site.id()).equals(heaviest)) {
                    continue;
                }
                int l = load.applyAsInt(site);
                long newGap = Math.abs(gap - 2L * l);
                if (l > 0 && newGap < bestGap) {
                    bestGap = newGap;
                    best = site;
                }
            }
            if (best == null) {
                return;
            }
            teamOf.put(best.id(), lightest);
            loads.merge(heaviest, (long) -load.applyAsInt(best), Long::sum);
            loads.merge(lightest, (long) load.applyAsInt(best), Long::sum);
        }
    }

    private static String lightest(Map<String, Long> loads) {
        return loads.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String heaviest(Map<String, Long> loads) {
        return loads.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
