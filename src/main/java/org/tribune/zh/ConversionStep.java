package org.tribune.zh;

/**
 * One step of a conversion chain: at each position the longest key of the step's dictionary
 * (group) is replaced; text no key matches is copied, an ideographic description sequence
 * (⿰氵每) whole, so that its parts are never converted on their own.
 */
final class ConversionStep {
    private final DictionaryMatcher matcher;

    ConversionStep(DictionaryMatcher matcher) {
        this.matcher = matcher;
    }

    /** True when this step tries {@code dictionary} before anything else and keeps its match, if any. */
    boolean consultsFirst(DictionaryMatcher dictionary) {
        return matcher == dictionary || matcher instanceof DictionaryGroup group && group.consultsFirst(dictionary);
    }

    void convert(char[] text, int from, int to, ConvertedText out, DictionaryMatcher.Found found) {
        int i = from;
        int unmatched = from; // start of the text not yet copied: copied in one append, not char by char
        while (i < to) {
            char c = text[i];
            int matched = matcher.cannotStartWith(c) ? 0 : matcher.match(text, i, to, found);
            if (matched > 0) {
                out.append(text, unmatched, i);
                out.append(found.value);
                i += matched;
                unmatched = i;
                continue;
            }
            int skip = IdeographicDescription.length(text, i, to);
            i += skip > 0 ? skip : charLength(text, i, to);
        }
        out.append(text, unmatched, to);
    }

    /** 2 for a surrogate pair, so that one is never split; otherwise 1. */
    static int charLength(char[] text, int i, int to) {
        return Character.isHighSurrogate(text[i]) && i + 1 < to && Character.isLowSurrogate(text[i + 1]) ? 2 : 1;
    }
}
