package org.civicinspect.model;

/**
 * Where a problem is and whose it is, as lists and reports show it: its site's name, type, district, street and
 * responsible unit, or, for a problem at no site, its free address with the district, street and unit given when it
 * was raised (empty text where none was). {@code siteId} is null for the latter.
 */
public record ProblemPlace(String siteId, String name, String siteType, String district, String street, String unit) {

    /** The place of {@code problem}, whose site is {@code site} (null when it has none). */
    public static ProblemPlace of(Problem problem, Site site) {
        ProblemOrigin o = problem.origin();
        if (site != null) {
            return new ProblemPlace(site.id(), site.name(), site.siteType(), site.district(), site.street(),
                    o.unit() == null ? site.responsibleUnit() : o.unit());
        }
        return new ProblemPlace(null, text(o.address()), "", text(o.district()), text(o.street()), text(o.unit()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
