package org.tribune.search;

/**
 * What a reader typed, made safe to search for. Queries are plain words: no operators, no syntax
 * that could fail to parse. Control characters become spaces and the text is cut to
 * {@link #MAX_CHARS} characters (never inside a surrogate pair).
 */
public final class SearchQuery {
    /** Longer queries are cut; nobody types more, and analysis cost grows with length. */
    public static final int MAX_CHARS = 200;

    private SearchQuery() {}

    /** The query as searched for: trimmed, single-spaced, without control characters; "" for null. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        var out = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
        boolean space = false;
        for (int i = 0; i < raw.length() && out.length() < MAX_CHARS; i++) {
            char c = raw.charAt(i);
            boolean blank = Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT
                    || (Character.isSurrogate(c) && !validPair(raw, i));
            if (blank) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                if (out.length() + 1 >= MAX_CHARS) {
                    break;
                }
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (out.length() > 0 && Character.isHighSurrogate(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.toString().strip();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
