package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A material standard's review grade: 完整 earns all its points, 部分 half of them, 缺失 and 退回 (returned to the unit)
 * none. Material standards
 * are not judged at sites, so they keep their own three grades rather than the set's A/B/C/C# coefficients.
 */
public enum MaterialGrade {
    COMPLETE("完整", "complete", BigDecimal.ONE),
    PARTIAL("部分", "partial", new BigDecimal("0.5")),
    MISSING("缺失", "missing", BigDecimal.ZERO),
    /** 退回: sent back to the unit to file again; it earns nothing until reviewed again. */
    RETURNED("退回", "returned", BigDecimal.ZERO);

    private final String label;
    private final String english;
    private final BigDecimal coefficient;

    MaterialGrade(String label, String english, BigDecimal coefficient) {
        this.label = label;
        this.english = english;
        this.coefficient = coefficient;
    }

    public String label() {
        return label;
    }

    public BigDecimal coefficient() {
        return coefficient;
    }

    /** The grade typed as 完整 / 部分 / 缺失 / 退回, or complete / partial / missing / returned in any case. */
    public static Optional<MaterialGrade> parse(String text) {
        String typed = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(g -> g.label.equals(typed) || g.english.equals(typed.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
