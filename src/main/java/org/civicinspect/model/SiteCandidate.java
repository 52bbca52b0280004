package org.civicinspect.model;

/** What the draw needs to know of an active site; the rest of the site is read only for the sites drawn. */
public record SiteCandidate(String id, String siteType, String district, boolean mustCheck) {

    public static SiteCandidate of(Site site) {
        return new SiteCandidate(site.id(), site.siteType(), site.district(), site.mustCheck());
    }
}
