package org.civicinspect.excel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.civicinspect.model.ScoringRule;

/** Parses the cells whose meaning is a value: 分值, 计分方式, 负面清单, dates. Each returns null for text it cannot read. */
final class ValueParsers {

    static final BigDecimal MAX_POINTS = new BigDecimal("1000");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GRADE_SEPARATORS = Pattern.compile("[/、,;|档级等]");
    private static final Pattern DATE = Pattern.compile(
            "([0-9]{4})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})\\s*日?(?:\\s+0?0:00(?::00)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("([0-9]{4})([0-9]{2})([0-9]{2})");
    /** Excel's serial numbers for 1900-01-01 and 9999-12-31: a date cell holds one of these. */
    private static final int FIRST_SERIAL = 1;
    private static final int LAST_SERIAL = 2_958_465;
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

    /**
     * A date as cities write it: a date cell (Excel's serial number), 2026-12-31, 2026/12/31, 2026.12.31, 2026年12月31日
     * (months and days with one digit or two), or 20261231. Null for anything else, impossible dates included.
     */
    static LocalDate date(BigDecimal number, String text) {
        if (number != null) {
            if (number.signum() > 0 && number.compareTo(BigDecimal.valueOf(LAST_SERIAL)) <= 0 && number.compareTo(BigDecimal.valueOf(FIRST_SERIAL)) >= 0) {
                return DateUtil.getLocalDateTime(number.doubleValue()).toLocalDate();
            }
            return parts(COMPACT_DATE.matcher(number.toPlainString()));
        }
        String s = CellText.fold(text).strip();
        LocalDate written = parts(DATE.matcher(s));
        return written != null ? written : parts(COMPACT_DATE.matcher(s));
    }

    private static LocalDate parts(Matcher m) {
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
