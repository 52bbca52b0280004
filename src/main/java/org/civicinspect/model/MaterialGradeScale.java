package org.civicinspect.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The grades a reviewer gives the material standards of an indicator-set version, best first, each with its coefficient
 * (A = 1, B = 0.8, C = 0.6, D = 0). A version without its own scale uses {@link #DEFAULT}: 完整 1 / 部分 0.5 / 缺失 0.
 * 退回 is no grade of the scale: it stands beside every scale ({@link MaterialGrade#RETURNED}).
 */
public record MaterialGradeScale(List<MaterialGrade> grades) {

    public static final MaterialGradeScale DEFAULT = new MaterialGradeScale(List.of(new MaterialGrade("完整", BigDecimal.ONE),
            new MaterialGrade("部分", new BigDecimal("0.5")), new MaterialGrade("缺失", BigDecimal.ZERO)));

    /** The English words the default grades were always accepted under. */
    private static final Map<String, String> ENGLISH = Map.of("complete", "完整", "partial", "部分", "missing", "缺失");

    public MaterialGradeScale {
        grades = List.copyOf(grades);
    }

    /** The grade typed: a label of this scale (or, for the default labels, complete / partial / missing), or 退回 / returned. */
    public Optional<MaterialGrade> find(String typed) {
        if (MaterialGrade.namesReturned(typed)) {
            return Optional.of(MaterialGrade.RETURNED);
        }
        String t = typed == null ? "" : typed.strip();
        String label = ENGLISH.getOrDefault(t.toLowerCase(Locale.ROOT), t);
        return grades.stream().filter(g -> g.label().equals(label)).findFirst();
    }

    public List<String> labels() {
        return grades.stream().map(MaterialGrade::label).toList();
    }

    /** The scale as it is typed: {@code A=1 B=0.8 C=0.6 D=0}. */
    public String text() {
        return String.join(" ", grades.stream().map(g -> g.label() + "=" + g.coefficientText()).toList());
    }
}
