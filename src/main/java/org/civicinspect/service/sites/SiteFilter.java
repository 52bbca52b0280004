package org.civicinspect.service.sites;

import java.util.Locale;
import org.civicinspect.model.Site;

/** Which sites to show: each empty field matches everything; text matches name, address, community or units. */
public record SiteFilter(String district, String street, String siteType, boolean mustCheckOnly, boolean includeInactive,
                         String text) {

    public static final SiteFilter ALL = new SiteFilter("", "", "", false, true, "");

    public SiteFilter {
        district = district == null ? "" : district;
        street = street == null ? "" : street;
        siteType = siteType == null ? "" : siteType;
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean matches(Site site) {
        return (district.isEmpty() || site.district().equals(district))
                && (street.isEmpty() || site.street().equals(street))
                && (siteType.isEmpty() || site.siteType().equals(siteType))
                && (!mustCheckOnly || site.mustCheck())
                && (includeInactive || site.active())
                && (text.isEmpty() || contains(site.name()) || contains(site.address()) || contains(site.community())
                        || contains(site.responsibleUnit()) || contains(site.partnerUnit()) || contains(site.partnerLeader()) || contains(site.street()));
    }

    private boolean contains(String value) {
        return value.toLowerCase(Locale.ROOT).contains(text);
    }
}
