package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The content of one indicator set version: 测评项目 → 测评内容 → 测评标准, its grade coefficients, and whether a
 * failing answer needs a note or a photo.
 */
public record IndicatorTree(List<Category> categories, GradeCoefficients grades, boolean problemsNeedEvidence) {

    public IndicatorTree {
        categories = List.copyOf(categories);
    }

    /** A tree whose problems need evidence, as most cities ask. */
    public IndicatorTree(List<Category> categories, GradeCoefficients grades) {
        this(categories, grades, true);
    }

    public Stream<Standard> standards() {
        return categories.stream().flatMap(c -> c.indicators().stream()).flatMap(i -> i.standards().stream());
    }

    public int indicatorCount() {
        return categories.stream().mapToInt(c -> c.indicators().size()).sum();
    }

    public int standardCount() {
        return (int) standards().count();
    }

    public BigDecimal totalPoints() {
        return sum(standards());
    }

    /** Site types in the order they first appear. */
    public List<String> siteTypes() {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        standards().forEach(s -> types.addAll(s.siteTypes()));
        return new ArrayList<>(types);
    }

    public BigDecimal pointsFor(String siteType) {
        return sum(standards().filter(s -> s.appliesTo(siteType)));
    }

    /** The same tree holding only the standards that match, with emptied branches dropped. */
    public IndicatorTree filtered(Predicate<Standard> keep) {
        List<Category> kept = new ArrayList<>();
        for (Category category : categories) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator indicator : category.indicators()) {
                List<Standard> standards = indicator.standards().stream().filter(keep).toList();
                if (!standards.isEmpty()) {
                    indicators.add(new Indicator(indicator.code(), indicator.name(), standards));
                }
            }
            if (!indicators.isEmpty()) {
                kept.add(new Category(category.code(), category.name(), indicators));
            }
        }
        return new IndicatorTree(kept, grades, problemsNeedEvidence);
    }

    private static BigDecimal sum(Stream<Standard> standards) {
        return standards.map(Standard::points).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }
}
