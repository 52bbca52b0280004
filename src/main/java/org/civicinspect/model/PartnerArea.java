package org.civicinspect.model;

import java.util.Objects;

/**
 * 包联 of an area: a street of a district, or a community of that street (empty text for the whole street), and its
 * 包联单位 and 包联领导 (either may be empty text).
 */
public record PartnerArea(String district, String street, String community, String partnerUnit, String partnerLeader) {

    public PartnerArea {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(street, "street");
        community = community == null ? "" : community;
        partnerUnit = partnerUnit == null ? "" : partnerUnit;
        partnerLeader = partnerLeader == null ? "" : partnerLeader;
    }
}
