package org.civicinspect.store;

/** SQL LIKE patterns for "starts with", with the user's text taken literally (its %, _ and \ escaped). */
final class LikePattern {

    /** Follows {@code LIKE ?} so that the pattern's escapes count. */
    static final String ESCAPE = " ESCAPE '\\'";

    private LikePattern() {
    }

    static String startingWith(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
