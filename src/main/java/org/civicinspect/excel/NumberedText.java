package org.civicinspect.excel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text split into what people write in front of it: an identity code ("Ⅲ-57", "景点-01-02", "1.2.3")
 * or a local number ("1）", "(2)", "（3）", "4.", "5、", "一、") that only orders rows.
 */
record NumberedText(String code, Integer localNumber, String text) {

    private static final String ROMAN = "\\u2160-\\u217F";
    private static final Pattern PREFIXED_CODE = Pattern.compile(
            "^((?:[A-Za-z" + ROMAN + "]+|\\p{IsHan}{1,4})-[0-9A-Za-z]+(?:[-.][0-9A-Za-z]+)*|[A-Za-z][0-9]+(?:[-.][0-9]+)*)"
                    + "(?:[\\s:、]+|(?=\\p{IsHan}))(.+)$");
    // "3.5米" is a measure, not a code: dotted numbers count as a code only when a space or colon follows.
    private static final Pattern DOTTED_CODE = Pattern.compile("^([0-9]+(?:\\.[0-9]+)+)[\\s:]+(.+)$");
    private static final Pattern LOCAL_NUMBER = Pattern.compile(
            "^(?:[(\\[]\\s*([0-9]+|[一二三四五六七八九十]+)\\s*[)\\]]|([0-9]+|[一二三四五六七八九十]+)\\s*(?:[)\\]、]|\\.(?![0-9])))\\s*(.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$");
    private static final Pattern PLAIN_LOCAL = Pattern.compile("^[(\\[]?\\s*([0-9]+)\\s*[)\\]、.]?$");

    static NumberedText parse(String cleaned) {
        String folded = CellText.fold(cleaned);
        Matcher local = LOCAL_NUMBER.matcher(folded);
        if (local.matches()) {
            String number = local.group(1) != null ? local.group(1) : local.group(2);
            return new NumberedText(null, toNumber(number), tail(cleaned, local.start(3)));
        }
        Matcher circled = CIRCLED.matcher(folded);
        if (circled.matches()) {
            return new NumberedText(null, circled.group(1).charAt(0) - '\u2460' + 1, tail(cleaned, circled.start(2)));
        }
        for (Pattern pattern : new Pattern[] {PREFIXED_CODE, DOTTED_CODE}) {
            Matcher code = pattern.matcher(folded);
            if (code.matches()) {
                return new NumberedText(code.group(1), null, tail(cleaned, code.start(2)));
            }
        }
        return new NumberedText(null, null, cleaned);
    }

    /**
     * A code column's value: a bare or decorated whole number is local numbering, anything else is a code.
     */
    static NumberedText parseCodeCell(String cleaned) {
        String folded = CellText.fold(cleaned).trim();
        Matcher plain = PLAIN_LOCAL.matcher(folded);
        if (plain.matches()) {
            return new NumberedText(null, Integer.valueOf(plain.group(1)), "");
        }
        return new NumberedText(folded.isEmpty() ? null : folded, null, "");
    }

    // Folding keeps the length, so an offset in the folded text is the same offset in the original.
    private static String tail(String original, int start) {
        return original.substring(start).trim();
    }

    private static Integer toNumber(String digits) {
        if (Character.isDigit(digits.charAt(0))) {
            return digits.length() > 6 ? null : Integer.valueOf(digits);
        }
        return chineseNumber(digits);
    }

    private static Integer chineseNumber(String s) {
        String units = "一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        int tenAt = s.indexOf('十');
        if (tenAt < 0) {
            return s.length() == 1 ? units.indexOf(s.charAt(0)) + 1 : null;
        }
        int tens = tenAt == 0 ? 1 : units.indexOf(s.charAt(0)) + 1;
        int ones = tenAt == s.length() - 1 ? 0 : units.indexOf(s.charAt(s.length() - 1)) + 1;
        return tens * 10 + ones;
    }
}
