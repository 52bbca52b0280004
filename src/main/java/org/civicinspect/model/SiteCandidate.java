package org.civicinspect.model;

/** What the draw needs to know of a site to count it against its quotas; the rest is read only for the sites drawn. */
public record SiteCandidate(String id, String siteType, String district) {

    public static SiteCandidate of(Site site) {
        return new SiteCandidate(site.id(), site.siteType(), site.district());
    }
}
