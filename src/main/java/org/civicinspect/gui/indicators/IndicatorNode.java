package org.civicinspect.gui.indicators;

import java.math.BigDecimal;
import org.civicinspect.model.Category;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.Standard;

/** One row of the library tree: a 测评项目, a 测评内容 under it, or a 测评标准 under that. */
public record IndicatorNode(Category category, Indicator indicator, Standard standard) {

    public static IndicatorNode of(Category category) {
        return new IndicatorNode(category, null, null);
    }

    public static IndicatorNode of(Category category, Indicator indicator) {
        return new IndicatorNode(category, indicator, null);
    }

    public static IndicatorNode of(Category category, Indicator indicator, Standard standard) {
        return new IndicatorNode(category, indicator, standard);
    }

    public boolean isStandard() {
        return standard != null;
    }

    public String code() {
        return standard != null ? standard.code() : indicator != null ? indicator.code() : category.code();
    }

    public String text() {
        return standard != null ? standard.text() : indicator != null ? indicator.name() : category.name();
    }

    public BigDecimal points() {
        if (standard != null) {
            return standard.points();
        }
        var standards = indicator != null
                ? indicator.standards().stream()
                : category.indicators().stream().flatMap(i -> i.standards().stream());
        return standards.map(Standard::points).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }

    public int standardCount() {
        if (standard != null) {
            return 1;
        }
        return indicator != null ? indicator.standards().size()
                : category.indicators().stream().mapToInt(i -> i.standards().size()).sum();
    }
}
