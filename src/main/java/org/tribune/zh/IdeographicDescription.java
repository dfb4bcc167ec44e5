package org.tribune.zh;

/**
 * Ideographic description sequences (U+2FF0–U+2FFF followed by their operands, e.g. ⿰氵每)
 * describe one character; OpenCC 1.4 keeps them whole, and so do we.
 */
final class IdeographicDescription {
    private static final int MAX_DEPTH = 16;
    private static final int MAX_CODE_POINTS = 64;

    private IdeographicDescription() {}

    /** The length in chars of the complete sequence starting at {@code from}, or 0 when there is none. */
    static int length(char[] text, int from, int to) {
        char first = text[from];
        if (first < 0x2FF0 || first > 0x2FFF) {
            return 0; // every operator is in the BMP: most chars are ruled out by one comparison
        }
        int[] codePoints = {0};
        return consume(text, from, to, MAX_DEPTH, codePoints);
    }

    /** @return chars taken by one complete description starting at {@code at}, or 0 if incomplete or invalid */
    private static int consume(char[] text, int at, int to, int depthLeft, int[] codePoints) {
        if (at >= to || depthLeft == 0 || codePoints[0] >= MAX_CODE_POINTS) {
            return 0;
        }
        if (Character.isHighSurrogate(text[at]) && at + 1 == to) {
            return 0; // the rest of the pair, if any, lies beyond to: the description is cut short
        }
        int codePoint = Character.codePointAt(text, at, to);
        codePoints[0]++;
        int offset = Character.charCount(codePoint);
        for (int operand = 0; operand < arity(codePoint); operand++) {
            int taken = consume(text, at + offset, to, depthLeft - 1, codePoints);
            if (taken == 0) {
                return 0;
            }
            offset += taken;
        }
        return at + offset <= to ? offset : 0;
    }

    static int arity(int codePoint) {
        return switch (codePoint) {
            case 0x2FF2, 0x2FF3 -> 3;
            case 0x2FFE, 0x2FFF -> 1;
            case 0x2FF0, 0x2FF1, 0x2FF4, 0x2FF5, 0x2FF6, 0x2FF7, 0x2FF8, 0x2FF9, 0x2FFA, 0x2FFB, 0x2FFC, 0x2FFD -> 2;
            default -> 0;
        };
    }
}
