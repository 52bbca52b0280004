package org.civicinspect.excel;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The text rules that hand-made workbooks need: full-width forms, stray spaces, line breaks. */
final class CellText {

    /** A notes row that people write above, inside or below a table ("注：…", "说明1、…"). */
    static final Pattern NOTE_ROW = Pattern.compile("^(注|说明|备注|附注)\\s*[0-9一二三四五六七八九十]*\\s*[:：、.．]?.*");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF00-\\uFFEF]) (?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\uFF00-\\uFFEF])");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,;/|\\n\\r]+");
    private static final Pattern BRACKETED_SUFFIX = Pattern.compile("[(\\[].*[)\\]]$");

    /** The most text one cell holds (Excel's limit; POI refuses more). */
    static final int CELL_LIMIT = 32_767;

    private CellText() {
    }

    /**
     * Free text (a note, a description, a remark) as a report cell can hold it: longer text is cut to fit and ends with a
     * mark saying so and how long the whole was, so that one overlong note cannot stop the report.
     */
    static String fitted(String text) {
        if (text == null || text.length() <= CELL_LIMIT) {
            return text;
        }
        String mark = "……（全文 " + text.length() + " 字，超出单元格容量，以下从略）";
        int keep = CELL_LIMIT - mark.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + mark;
    }

    /**
     * A group's name as a report prints it: built partly from sites counted while their inspection waits for review, it
     * says how many on a line of its own under the name.
     */
    static String groupName(String group, int awaitingReview) {
        return awaitingReview == 0 ? group : group + "\n（含待审核 " + awaitingReview + " 个点位）";
    }

    /** Full-width ASCII forms and the ideographic space become their ordinary forms. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                out.append((char) (ch - 0xFEE0));
            } else if (ch == '\u3000' || ch == '\u00A0') {
                out.append(' ');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** One line, single spaces, no space between two Chinese characters; the text itself keeps its forms. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        if (!hasWhitespace(s)) {
            return s;
        }
        String collapsed = WHITESPACE.matcher(s).replaceAll(" ").trim();
        return SPACE_BETWEEN_CJK.matcher(collapsed).replaceAll("");
    }

    /** What a header cell is compared by: folded, without spaces, marks or a bracketed unit such as （分）. */
    static String headerKey(String s) {
        String folded = fold(s).replace("*", "").replace("※", "");
        String compact = WHITESPACE.matcher(folded).replaceAll("");
        return BRACKETED_SUFFIX.matcher(compact).replaceAll("");
    }

    /** What two texts are compared by when deciding whether they name the same thing. */
    static String identityKey(String s) {
        String folded = fold(s);
        return hasWhitespace(folded) ? WHITESPACE.matcher(folded).replaceAll("") : folded;
    }

    // Most cells hold no whitespace at all; checking first spares them the regular expressions.
    private static boolean hasWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** Splits a cell that lists several values (site types, methods) by 、 ， , ; / or line breaks. */
    static List<String> splitList(String s) {
        return Arrays.stream(LIST_SEPARATORS.split(fold(s)))
                .map(part -> WHITESPACE.matcher(part).replaceAll(""))
                .filter(part -> !part.isEmpty())
                .distinct()
                .toList();
    }
}
