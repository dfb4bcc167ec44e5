package org.tribune.search;

import java.util.regex.Pattern;

/**
 * Narrows a search to one topic, one author and/or one year of publication; each part null when
 * not asked for. Values that cannot name anything are dropped, not refused: a reader following
 * an odd link still gets results.
 */
public record SearchFilter(String topic, String author, Integer year) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");

    public static SearchFilter none() {
        return new SearchFilter(null, null, null);
    }

    /** From query parameters as readers send them. */
    public static SearchFilter of(String topic, String author, String year) {
        return new SearchFilter(
                key(topic),
                key(author),
                year != null && YEAR.matcher(year.strip()).matches() ? Integer.valueOf(year.strip()) : null);
    }

    public boolean isEmpty() {
        return topic == null && author == null && year == null;
    }

    private static String key(String value) {
        return value != null
                        && value.length() <= 100
                        && KEY.matcher(value.strip()).matches()
                ? value.strip()
                : null;
    }
}
