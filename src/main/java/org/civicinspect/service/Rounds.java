package org.civicinspect.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.store.IndicatorSetRepository;
import org.civicinspect.store.RoundRepository;
import org.civicinspect.store.SiteRepository;

/** What the round use cases share: finding a round by what a user types, and a site type's checklist size. */
final class Rounds {

    private Rounds() {
    }

    /** {@code latest}, an id, an unambiguous start of one, or a name. */
    static Round find(Connection c, String reference) throws SQLException {
        RoundRepository rounds = new RoundRepository();
        List<Round> all = rounds.list(c);
        String ref = reference.strip();
        if (ref.toLowerCase(Locale.ROOT).equals("latest")) {
            return all.stream().max(Comparator.comparing(Round::start)).orElseThrow(() -> new RoundRequestException("round.none"));
        }
        for (Round round : all) {
            if (round.id().equals(ref) || round.name().equals(ref)) {
                return round;
            }
        }
        List<Round> prefixed = all.stream().filter(r -> ref.length() >= 4 && r.id().startsWith(ref)).toList();
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        throw new RoundRequestException("round.notFound", reference);
    }

    static Map<String, Site> sitesById(Connection c) throws SQLException {
        Map<String, Site> byId = new HashMap<>();
        for (Site site : new SiteRepository().list(c)) {
            byId.put(site.id(), site);
        }
        return byId;
    }

    /** Number of standards each site type has to check in the round's indicator set. */
    static Map<String, Integer> checklistSizes(Connection c, Round round) throws SQLException {
        IndicatorTree tree = new IndicatorSetRepository().loadTree(c, round.indicatorSetId());
        Map<String, Integer> sizes = new HashMap<>();
        tree.standards().forEach(s -> s.siteTypes().forEach(t -> sizes.merge(t, 1, Integer::sum)));
        return sizes;
    }
}
