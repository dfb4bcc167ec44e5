package org.tribune.zh;

/**
 * Finds the dictionary entry whose key is the longest prefix of {@code text[from, to)}: a single
 * dictionary, or a group of them with OpenCC's match policies.
 */
interface DictionaryMatcher {
    /**
     * @return the length of the matched key in chars, or 0 when no key matches; on a match,
     *     {@code found.value} holds the replacement
     */
    int match(char[] text, int from, int to, Found found);

    /** True when no key starts with this char, so matching at it can be skipped. */
    boolean cannotStartWith(char c);

    /** Sets {@code starts[c]} for every char some key starts with. */
    void markStarts(boolean[] starts);

    /** Where a match's replacement is handed back, reused across calls to avoid allocation. */
    final class Found {
        String value;
    }
}
