package org.civicinspect.service.rounds;

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
 * without them. The same sites, plan and seed always give the same draw, whatever order the sites come in.
 */
final class SiteSampler {

    record Pick(String siteId, DrawReason reason) {
    }

    record Draw(List<Pick> picks, List<QuotaShortfall> shortfalls) {
    }

    private SiteSampler() {
    }

    static Draw draw(List<SiteCandidate> activeSites, SamplingPlan plan, Set<String> recentlyInspected) {
        List<SiteCandidate> active = new ArrayList<>(activeSites);
        active.sort(Comparator.comparing(SiteCandidate::id));
        Map<String, Pick> drawn = new LinkedHashMap<>();
        Map<String, SiteCandidate> drawnSites = new LinkedHashMap<>();
        for (SiteCandidate site : active) {
            if (site.mustCheck()) {
                drawn.put(site.id(), new Pick(site.id(), DrawReason.MUST_CHECK));
                drawnSites.put(site.id(), site);
            }
        }
        List<QuotaShortfall> shortfalls = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>(plan.quotas());
        // District quotas first: a city-wide quota of the same type then counts what they drew.
        quotas.sort(Comparator.comparing(Quota::cityWide));
        for (Quota quota : quotas) {
            long have = drawnSites.values().stream().filter(quota::covers).count();
            int need = (int) Math.max(0, quota.count() - have);
            if (need == 0) {
                continue;
            }
            Random random = new Random(plan.seed() ^ (31L * quota.siteType().hashCode() + String.valueOf(quota.district()).hashCode()));
            List<SiteCandidate> fresh = new ArrayList<>();
            List<SiteCandidate> recent = new ArrayList<>();
            for (SiteCandidate site : active) {
                if (quota.covers(site) && !drawn.containsKey(site.id())) {
                    (recentlyInspected.contains(site.id()) ? recent : fresh).add(site);
                }
            }
            Collections.shuffle(fresh, random);
            Collections.shuffle(recent, random);
            fresh.addAll(recent);
            for (SiteCandidate site : fresh.subList(0, Math.min(need, fresh.size()))) {
                drawn.put(site.id(), new Pick(site.id(), DrawReason.LOT));
                drawnSites.put(site.id(), site);
            }
            if (fresh.size() < need) {
                shortfalls.add(new QuotaShortfall(quota, (int) have + fresh.size()));
            }
        }
        return new Draw(new ArrayList<>(drawn.values()), shortfalls);
    }
}
