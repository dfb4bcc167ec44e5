package org.tribune.zh;

/**
 * One step of a conversion chain: at each position the longest key of the step's dictionary
 * (group) is replaced; text no key matches is copied, an ideographic description sequence
 * (⿰氵每) whole, so that its parts are never converted on their own.
 */
final class Conversion {
    private final Matcher matcher;

    Conversion(Matcher matcher) {
        this.matcher = matcher;
    }

    void convert(CharSequence text, int from, int to, StringBuilder out, Matcher.Found found) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int matched = matcher.cannotStartWith(c) ? 0 : matcher.match(text, i, to, found);
            if (matched > 0) {
                out.append(found.value);
                i += matched;
                continue;
            }
            int skip = IdeographicDescription.length(text, i, to);
            if (skip == 0) {
                skip = charLength(text, i, to);
            }
            out.append(text, i, i + skip);
            i += skip;
        }
    }

    /** 2 for a surrogate pair, so that one is never split; otherwise 1. */
    static int charLength(CharSequence text, int i, int to) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                ? 2 : 1;
    }
}
