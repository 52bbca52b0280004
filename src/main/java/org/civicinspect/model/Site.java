package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 点位: a concrete place that is inspected. Identified across imports by (district, name, type).
 * Street, community, units, the 包联领导 and coordinates may be unknown (empty text, null coordinates).
 * {@code partnerUnit} is the 包联单位 and {@code partnerLeader} the 包联领导: who answers, besides the responsible unit,
 * for the site's problems being fixed.
 */
public record Site(
        String id,
        String name,
        String siteType,
        String district,
        String street,
        String community,
        String address,
        String responsibleUnit,
        String partnerUnit,
        String partnerLeader,
        BigDecimal latitude,
        BigDecimal longitude,
        boolean mustCheck,
        boolean active) {

    public Site {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(siteType, "siteType");
        Objects.requireNonNull(district, "district");
        street = street == null ? "" : street;
        community = community == null ? "" : community;
        address = address == null ? "" : address;
        responsibleUnit = responsibleUnit == null ? "" : responsibleUnit;
        partnerUnit = partnerUnit == null ? "" : partnerUnit;
        partnerLeader = partnerLeader == null ? "" : partnerLeader;
    }

    /** A site without a 包联领导. */
    public Site(String id, String name, String siteType, String district, String street, String community, String address,
                String responsibleUnit, String partnerUnit, BigDecimal latitude, BigDecimal longitude, boolean mustCheck, boolean active) {
        this(id, name, siteType, district, street, community, address, responsibleUnit, partnerUnit, "", latitude, longitude, mustCheck, active);
    }

    /** What identifies a site when a workbook is imported again. */
    public String identity() {
        return district + "\u0000" + name + "\u0000" + siteType;
    }

    public Site withId(String newId) {
        return new Site(newId, name, siteType, district, street, community, address, responsibleUnit, partnerUnit, partnerLeader,
                latitude, longitude, mustCheck, active);
    }

    /** Same data, ignoring the id. */
    public boolean sameDataAs(Site other) {
        return withId(null).equals(other.withId(null));
    }
}
