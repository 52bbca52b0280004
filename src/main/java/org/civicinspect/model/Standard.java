package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * 测评标准: the line an inspector judges. An empty {@code siteTypes} list means the standard is not
 * judged at a site (city-level material review, questionnaires, negative-list items).
 */
public record Standard(
        String code,
        String text,
        List<String> methods,
        BigDecimal points,
        ScoringRule scoring,
        String observationRule,
        boolean negativeList,
        List<String> siteTypes) {

    /** The 测评方法 whose standards are judged on the materials a city files (材料审核), not at a site. */
    public static final List<String> MATERIAL_METHODS = List.of("材料审核", "网上申报");

    public Standard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(scoring, "scoring");
        methods = List.copyOf(methods);
        siteTypes = List.copyOf(siteTypes);
        points = points.stripTrailingZeros();
        observationRule = observationRule == null ? "" : observationRule;
    }

    /** Whether the standard is reviewed on materials: its methods include 材料审核 or 网上申报. */
    public boolean material() {
        return methods.stream().anyMatch(MATERIAL_METHODS::contains);
    }

    public boolean appliesTo(String siteType) {
        return siteTypes.contains(siteType);
    }
}
