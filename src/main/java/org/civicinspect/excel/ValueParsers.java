package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicinspect.model.ScoringRule;

/** Parses the cells whose meaning is a value: 分值, 计分方式, 负面清单. Each returns null for text it cannot read. */
final class ValueParsers {

    static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GRADE_SEPARATORS = Pattern.compile("[/、,;|档级等]");
    private static final Pattern PER_OCCURRENCE = Pattern.compile("每处(?:扣)?([0-9]+(?:\\.[0-9]+)?)");

    private ValueParsers() {
    }

    /** "2", "2分", "2.5", "２", " 3 分 "; null for "两分" or "". */
    static BigDecimal points(String text) {
        String s = SPACES.matcher(CellText.fold(text)).replaceAll("");
        if (s.endsWith("分")) {
            s = s.substring(0, s.length() - 1);
        }
        return DECIMAL.matcher(s).matches() ? new BigDecimal(s).stripTrailingZeros() : null;
    }

    /** 符合/不符合 (or blank), ABC and A/B/C/C#, 按处扣分（每处N分）; null when none of these. */
    static ScoringRule scoring(String text, BigDecimal defaultDeduction) {
        String s = SPACES.matcher(CellText.fold(text)).replaceAll("").toUpperCase(java.util.Locale.ROOT);
        if (s.isEmpty() || s.contains("符合") || s.equals("是/否") || s.equals("是否")) {
            return ScoringRule.BINARY;
        }
        String grades = GRADE_SEPARATORS.matcher(s).replaceAll("");
        if (grades.startsWith("ABC")) {
            return ScoringRule.GRADED;
        }
        if (s.contains("扣分") || s.contains("每处")) {
            Matcher m = PER_OCCURRENCE.matcher(s);
            BigDecimal each = m.find() ? new BigDecimal(m.group(1)) : defaultDeduction;
            return each.signum() > 0 ? ScoringRule.deduction(each) : null;
        }
        return null;
    }

    /** 是 √ ✓ Y → true; blank 否 × N → false; null otherwise. */
    static Boolean flag(String text) {
        String s = SPACES.matcher(CellText.fold(text)).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "是", "√", "✓", "✔", "y", "yes", "true", "1", "必查" -> Boolean.TRUE;
            case "", "否", "×", "✗", "x", "n", "no", "false", "0", "-" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Whole or with at most two decimals, above zero and below {@link #MAX_POINTS}. */
    static boolean plausiblePoints(BigDecimal points) {
        return points.signum() > 0 && points.compareTo(MAX_POINTS) <= 0 && points.scale() <= 2;
    }
}
