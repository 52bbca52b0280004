package org.civicinspect.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose 包联 a problem is: its site's own 包联 (when the site names a 包联单位 or 包联领导); else that of the site's
 * community, else of its street; a problem at a free address has only a district and street, so that street's. The
 * most specific area wins, and a 包联 is taken whole: a site's own 包联单位 is never paired with an area's 包联领导.
 */
public final class PartnerRule {

    /** A 包联单位 and 包联领导, either possibly empty text. */
    public record Partner(String unit, String leader) {
        public static final Partner NONE = new Partner("", "");
    }

    private final Map<String, Partner> byArea = new HashMap<>();

    public PartnerRule(List<PartnerArea> areas) {
        areas.forEach(a -> byArea.put(key(a.district(), a.street(), a.community()), new Partner(a.partnerUnit(), a.partnerLeader())));
    }

    /** The 包联 of a problem at {@code site} (null for a free address). */
    public Partner of(Problem problem, Site site) {
        if (site != null) {
            return of(site);
        }
        ProblemOrigin o = problem.origin();
        return area(text(o.district()), text(o.street()), "");
    }

    /** The 包联 that the problems at {@code site} belong to. */
    public Partner of(Site site) {
        if (!site.partnerUnit().isEmpty() || !site.partnerLeader().isEmpty()) {
            return new Partner(site.partnerUnit(), site.partnerLeader());
        }
        return area(site.district(), site.street(), site.community());
    }

    private Partner area(String district, String street, String community) {
        if (street.isEmpty()) {
            return Partner.NONE;
        }
        if (!community.isEmpty()) {
            Partner ofCommunity = byArea.get(key(district, street, community));
            if (ofCommunity != null) {
                return ofCommunity;
            }
        }
        return byArea.getOrDefault(key(district, street, ""), Partner.NONE);
    }

    private static String key(String district, String street, String community) {
        return district.strip() + "\u0000" + street.strip() + "\u0000" + community.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
