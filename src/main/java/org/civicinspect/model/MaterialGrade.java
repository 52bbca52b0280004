package org.civicinspect.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A material standard's review grade: a label of its indicator set's grade scale (完整, 部分, 缺失 by default; A, B, C …
 * where the set has its own) and the share of the standard's points it earns. 退回 (returned to the unit) stands beside
 * every scale and earns nothing. A review keeps the coefficient it was given with, so a later change of the scale never
 * changes a past score. Material standards are not judged at sites, so they do not use the set's A/B/C/C# coefficients.
 */
public record MaterialGrade(String label, BigDecimal coefficient) {

    /** 退回: sent back to the unit to file again; it earns nothing until reviewed again. */
    public static final MaterialGrade RETURNED = new MaterialGrade("退回", BigDecimal.ZERO);

    public MaterialGrade {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(coefficient, "coefficient");
    }

    public boolean returned() {
        return label.equals(RETURNED.label());
    }

    /** Whether {@code typed} names 退回: the label itself or "returned" in any case or width. */
    public static boolean namesReturned(String typed) {
        String t = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC).strip();
        return t.equals(RETURNED.label()) || t.toLowerCase(Locale.ROOT).equals("returned");
    }

    /** The grade as the reports print it, with the coefficient it counted with: {@code C（0.6）}; 退回 alone. */
    public String withCoefficient() {
        return returned() ? label : label + "（" + coefficientText() + "）";
    }

    /** The coefficient as written in the scale: {@code 1}, {@code 0.8}, {@code 0}. */
    public String coefficientText() {
        return coefficient.signum() == 0 ? "0" : coefficient.stripTrailingZeros().toPlainString();
    }
}
