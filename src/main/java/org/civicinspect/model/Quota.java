package org.civicinspect.model;

/** Draw {@code count} sites of a type, in one district or (district null) across the city. */
public record Quota(String siteType, String district, int count) {
    public Quota {
        if (count < 0) {
            throw new IllegalArgumentException("a quota cannot be negative");
        }
    }

    public boolean cityWide() {
        return district == null || district.isEmpty();
    }

    public boolean covers(Site site) {
        return covers(site.siteType(), site.district());
    }

    public boolean covers(SiteCandidate site) {
        return covers(site.siteType(), site.district());
    }

    private boolean covers(String type, String siteDistrict) {
        return type.equals(siteType) && (cityWide() || siteDistrict.equals(district));
    }
}
