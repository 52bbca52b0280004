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

    public boolean appliesTo(String siteType) {
        return siteTypes.contains(siteType);
    }
}
