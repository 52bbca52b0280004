package org.civicinspect.service.rounds;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.Quota;
import org.civicinspect.model.QuotaShortfall;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.SiteCandidate;

/**
 * Draws a round's sites by lot from the active sites: every must-check site, then each quota filled at
 * random from the sites it covers. Sites of recent rounds are drawn only when a quota cannot be met
 * without them. The same sites, plan and seed always give the same draw, in any workspace the sites are in.
 */
final class SiteSampler {

    record Pick(String siteId, DrawReason reason) {
    }

    record Draw(List<Pick> picks, List<QuotaShortfall> shortfalls) {
    }

    /**
     * The ids of the active sites a quota covers, by their district's name and then their own (which name a site of one
     * type within its district), so that a lot depends on the registry and the seed, not on ids a workspace made.
     */
    @FunctionalInterface
    interface Covered {
        List<String> ids(Quota quota) throws SQLException;
    }

    private SiteSampler() {
    }

    static Draw draw(List<SiteCandidate> mustCheck, Covered covered, SamplingPlan plan, Set<String> recentlyInspected) throws SQLException {
        List<SiteCandidate> musts = new ArrayList<>(mustCheck);
        musts.sort(Comparator.comparing(SiteCandidate::id));
        Map<String, Pick> drawn = new LinkedHashMap<>();
        List<SiteCandidate> drawnSites = new ArrayList<>();
        for (SiteCandidate site : musts) {
            drawn.put(site.id(), new Pick(site.id(), DrawReason.MUST_CHECK));
            drawnSites.add(site);
        }
        List<QuotaShortfall> shortfalls = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>(plan.quotas());
        // District quotas first: a city-wide quota of the same type then counts what they drew.
        quotas.sort(Comparator.comparing(Quota::cityWide));
        for (Quota quota : quotas) {
            long have = drawnSites.stream().filter(quota::covers).count();
            int need = (int) Math.max(0, quota.count() - have);
            if (need == 0) {
                continue;
            }
            Random random = new Random(plan.seed() ^ (31L * quota.siteType().hashCode() + String.valueOf(quota.district()).hashCode()));
            List<String> ids = covered.ids(quota);
            List<String> fresh = new ArrayList<>();
            List<String> recent = new ArrayList<>();
            for (String id : ids) {
                if (!drawn.containsKey(id)) {
                    (recentlyInspected.contains(id) ? recent : fresh).add(id);
                }
            }
            Collections.shuffle(fresh, random);
            Collections.shuffle(recent, random);
            fresh.addAll(recent);
            for (String id : fresh.subList(0, Math.min(need, fresh.size()))) {
                drawn.put(id, new Pick(id, DrawReason.LOT));
                // A lot's district is known only from a district quota; city-wide quotas come last, so none after asks for it.
                drawnSites.add(new SiteCandidate(id, quota.siteType(), quota.district()));
            }
            if (fresh.size() < need) {
                shortfalls.add(new QuotaShortfall(quota, (int) have + fresh.size()));
            }
        }
        return new Draw(new ArrayList<>(drawn.values()), shortfalls);
    }
}
