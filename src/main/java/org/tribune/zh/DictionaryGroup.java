package org.tribune.zh;

import java.util.List;

/**
 * Several dictionaries consulted as one, with OpenCC 1.4's two policies: {@code short_circuit}
 * takes the first dictionary that matches at all (phrases before characters), {@code union} the
 * longest match among them, the earlier dictionary winning a tie.
 */
final class DictionaryGroup implements DictionaryMatcher {
    enum Policy {
        SHORT_CIRCUIT,
        UNION
    }

    private final Policy policy;
    private final DictionaryMatcher[] members;
    private final boolean[] possibleStart = new boolean[Character.MAX_VALUE + 1];

    DictionaryGroup(Policy policy, List<DictionaryMatcher> members) {
        this.policy = policy;
        this.members = members.toArray(DictionaryMatcher[]::new);
        for (DictionaryMatcher member : this.members) {
            member.markStarts(possibleStart);
        }
    }

    @Override
    public void markStarts(boolean[] starts) {
        for (int c = 0; c < possibleStart.length; c++) {
            starts[c] |= possibleStart[c];
        }
    }

    @Override
    public boolean cannotStartWith(char c) {
        return !possibleStart[c];
    }

    /**
     * True when {@code dictionary} is the first member: under either policy its match is then the
     * group's whenever no member can match longer, as within a segment that dictionary matched whole.
     */
    boolean consultsFirst(DictionaryMatcher dictionary) {
        return members[0] == dictionary;
    }

    @Override
    public int match(char[] text, int from, int to, Found found) {
        return policy == Policy.SHORT_CIRCUIT ? first(text, from, to, found) : longest(text, from, to, found);
    }

    private int first(char[] text, int from, int to, Found found) {
        for (DictionaryMatcher member : members) {
            int length = member.match(text, from, to, found);
            if (length > 0) {
                return length;
            }
        }
        return 0;
    }

    private int longest(char[] text, int from, int to, Found found) {
        int best = 0;
        String bestValue = null;
        for (DictionaryMatcher member : members) {
            int length = member.match(text, from, to, found);
            if (length > best) {
                best = length;
                bestValue = found.value;
            }
        }
        found.value = bestValue;
        return best;
    }
}
