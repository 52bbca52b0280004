package org.civicinspect.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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

    /** The review keys 1 to 9 give the grades. */
    public static final int MAX_GRADES = 9;
    /** Labels are short: they fill a column of the review screen and of the reports. */
    public static final int MAX_LABEL = 10;

    /** The English words the default grades were always accepted under. */
    private static final Map<String, String> ENGLISH = Map.of("complete", "完整", "partial", "部分", "missing", "缺失");

    public MaterialGradeScale {
        grades = List.copyOf(grades);
    }

    /**
     * The grade typed: a label of this scale (or, for the default labels, complete / partial / missing), or 退回 /
     * returned; letter case and full / half width do not matter ({@code ｄ} is {@code D}).
     */
    public Optional<MaterialGrade> find(String typed) {
        if (MaterialGrade.namesReturned(typed)) {
            return Optional.of(MaterialGrade.RETURNED);
        }
        String key = key(typed);
        String label = key(ENGLISH.getOrDefault(key, key));
        return grades.stream().filter(g -> key(g.label()).equals(label)).findFirst();
    }

    /** What makes two labels the same: {@code a}, {@code A} and {@code Ａ} are one label. */
    static String key(String label) {
        return Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public List<String> labels() {
        return grades.stream().map(MaterialGrade::label).toList();
    }

    /** A scale as typed, or the problem with it: a message key ({@code materials.grades.*}) and its arguments. */
    public record Parsed(MaterialGradeScale scale, String problem, List<Object> args) {

        static Parsed refused(String problem, Object... args) {
            return new Parsed(null, problem, List.of(args));
        }

        public boolean ok() {
            return scale != null;
        }
    }

    /**
     * Reads a scale typed best first as {@code A=1 B=0.8 C=0.6 D=0} (entries apart by spaces, commas or 、, in one text or
     * several): at least one grade and at most {@link #MAX_GRADES}, each label once (letter case and full / half width do
     * not make another label), none naming 退回, each coefficient a number from 0 to 1 and none above the one before it.
     */
    public static Parsed parse(List<String> entries) {
        List<String> typed = (entries == null ? List.<String>of() : entries).stream()
                .flatMap(e -> Arrays.stream((e == null ? "" : e).split("[\\s,，、;；]+"))).filter(e -> !e.isEmpty()).toList();
        if (typed.isEmpty()) {
            return Parsed.refused("materials.grades.empty");
        }
        if (typed.size() > MAX_GRADES) {
            return Parsed.refused("materials.grades.tooMany", MAX_GRADES, typed.size());
        }
        List<MaterialGrade> grades = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (String entry : typed) {
            int equals = entry.replace('＝', '=').indexOf('=');
            String label = equals < 0 ? "" : entry.substring(0, equals).strip();
            String coefficient = equals < 0 ? "" : entry.substring(equals + 1).strip();
            if (label.isEmpty()) {
                return Parsed.refused("materials.grades.badEntry", entry);
            }
            if (MaterialGrade.namesReturned(label)) {
                return Parsed.refused("materials.grades.returnedReserved", label);
            }
            if (label.length() > MAX_LABEL) {
                return Parsed.refused("materials.grades.labelTooLong", label, MAX_LABEL);
            }
            String first = seen.putIfAbsent(key(label), label);
            if (first != null) {
                return first.equals(label) ? Parsed.refused("materials.grades.duplicate", label)
                        : Parsed.refused("materials.grades.duplicateLike", first, label);
            }
            BigDecimal value = share(coefficient);
            if (value == null) {
                return Parsed.refused("materials.grades.badCoefficient", label, coefficient);
            }
            if (!grades.isEmpty()) {
                MaterialGrade before = grades.get(grades.size() - 1);
                if (value.compareTo(before.coefficient()) > 0) {
                    return Parsed.refused("materials.grades.notBestFirst", label, coefficient, before.label(), before.coefficientText());
                }
            }
            grades.add(new MaterialGrade(label, value));
        }
        return new Parsed(new MaterialGradeScale(grades), null, List.of());
    }

    /** A number from 0 to 1 (full-width digits and point as well), or null. */
    private static BigDecimal share(String text) {
        try {
            BigDecimal value = new BigDecimal(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
            return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** This scale with {@code more} grades put in best first, each after the grades of this scale that count as much. */
    public MaterialGradeScale with(List<MaterialGrade> more) {
        List<MaterialGrade> all = new ArrayList<>(grades);
        for (MaterialGrade grade : more) {
            int at = 0;
            while (at < all.size() && all.get(at).coefficient().compareTo(grade.coefficient()) >= 0) {
                at++;
            }
            all.add(at, grade);
        }
        return new MaterialGradeScale(all);
    }

    /** The scale as it is typed: {@code A=1 B=0.8 C=0.6 D=0}. */
    public String text() {
        return String.join(" ", grades.stream().map(g -> g.label() + "=" + g.coefficientText()).toList());
    }
}
