package org.civicinspect.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.DrawnSite;
import org.civicinspect.model.Quota;
import org.civicinspect.model.QuotaShortfall;
import org.civicinspect.model.SamplingPlan;
import org.civicinspect.model.Site;

/**
 * Draws a round's sites by lot: every active must-check site, then each quota filled at random from the
 * active sites it covers. Sites of recent rounds are drawn only when a quota cannot be met without them.
 * The same sites, plan and seed always give the same draw.
 */
final class SiteSampler {

    record Draw(List<DrawnSite> sites, List<QuotaShortfall> shortfalls) {
    }

    private SiteSampler() {
    }

    static Draw draw(List<Site> sites, SamplingPlan plan, Set<String> recentlyInspected) {
        List<Site> active = sites.stream().filter(Site::active).sorted(Comparator.comparing(Site::id)).toList();
        Map<String, DrawnSite> drawn = new LinkedHashMap<>();
        active.stream().filter(Site::mustCheck)
                .sorted(Comparator.comparing(Site::district).thenComparing(Site::siteType).thenComparing(Site::name))
                .forEach(s -> drawn.put(s.id(), new DrawnSite(s, DrawReason.MUST_CHECK, null)));
        List<QuotaShortfall> shortfalls = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>(plan.quotas());
        // District quotas first: a city-wide quota of the same type then counts what they drew.
        quotas.sort(Comparator.comparing(Quota::cityWide));
        for (Quota quota : quotas) {
            long have = drawn.values().stream().filter(d -> quota.covers(d.site())).count();
            int need = (int) Math.max(0, quota.count() - have);
            if (need == 0) {
                continue;
            }
            Random random = new Random(plan.seed() ^ (31L * quota.siteType().hashCode() + String.valueOf(quota.district()).hashCode()));
            List<Site> fresh = new ArrayList<>();
            List<Site> recent = new ArrayList<>();
            for (Site site : active) {
                if (quota.covers(site) && !drawn.containsKey(site.id())) {
                    (recentlyInspected.contains(site.id()) ? recent : fresh).add(site);
                }
            }
            Collections.shuffle(fresh, random);
            Collections.shuffle(recent, random);
            fresh.addAll(recent);
            for (Site site : fresh.subList(0, Math.min(need, fresh.size()))) {
                drawn.put(site.id(), new DrawnSite(site, DrawReason.LOT, null));
            }
            if (fresh.size() < need) {
                shortfalls.add(new QuotaShortfall(quota, (int) have + fresh.size()));
            }
        }
        List<DrawnSite> ordered = new ArrayList<>(drawn.values());
        ordered.sort(Comparator.comparing((DrawnSite d) -> d.site().district()).thenComparing(d -> d.site().street())
                .thenComparing(d -> d.site().siteType()).thenComparing(d -> d.site().name()));
        return new Draw(ordered, shortfalls);
    }
}
