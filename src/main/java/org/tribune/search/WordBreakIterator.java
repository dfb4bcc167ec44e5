package org.tribune.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Where a result passage may start or end: between words and the spaces or punctuation around
 * them, and between any two Chinese, Japanese or Korean characters, never inside a word (an
 * apostrophe or a point between letters or digits, as in "don't" or "3.5", belongs to it) and
 * never inside a surrogate pair. Only what cutting passages needs, and cheap: the highlighter asks
 * for the boundaries around every passage, which puts a word iterator on every search page's hot
 * path, and the JDK's, following the full Unicode rules, does far more than cutting passages needs.
 */
final class WordBreakIterator extends BreakIterator {
    private String text = "";
    private int begin;
    private int current;
    private CharacterIterator iterator = new StringCharacterIterator("");

    @Override
    public void setText(String newText) {
        text = newText;
        begin = 0;
        current = 0;
        iterator = new StringCharacterIterator(newText);
    }

    @Override
    public void setText(CharacterIterator newText) {
        var chars = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            chars.append(c);
        }
        text = chars.toString();
        begin = newText.getBeginIndex();
        current = begin;
        newText.first();
        iterator = newText;
    }

    @Override
    public CharacterIterator getText() {
        return iterator;
    }

    @Override
    public int first() {
        return current = begin;
    }

    @Override
    public int last() {
        return current = begin + text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int next(int n) {
        int at = current;
        for (int i = 0; i < n && at != DONE; i++) {
            at = next();
        }
        for (int i = 0; i > n && at != DONE; i--) {
            at = previous();
        }
        return at;
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        int end = text.length();
        int from = indexOf(offset);
        if (from == end) {
            return DONE;
        }
        int at = from + 1;
        while (at < end && !isBoundary(text, at)) {
            at++;
        }
        return current = begin + at;
    }

    @Override
    public int preceding(int offset) {
        int from = indexOf(offset);
        if (from == 0) {
            return DONE;
        }
        int at = from - 1;
        while (at > 0 && !isBoundary(text, at)) {
            at--;
        }
        return current = begin + at;
    }

    @Override
    public boolean isBoundary(int offset) {
        int at = indexOf(offset);
        current = offset;
        return at == 0 || at == text.length() || isBoundary(text, at);
    }

    /** The offset as an index into the text, from 0 to its length. */
    private int indexOf(int offset) {
        int at = offset - begin;
        if (at < 0 || at > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text");
        }
        return at;
    }

    /** Whether a passage may be cut between {@code text[at - 1]} and {@code text[at]} (0 < at < length). */
    static boolean isBoundary(String text, int at) {
        char after = text.charAt(at);
        char before = text.charAt(at - 1);
        if (Character.isLowSurrogate(after) && Character.isHighSurrogate(before)) {
            return false;
        }
        int b = text.codePointAt(at);
        int a = text.codePointBefore(at);
        if (isCjk(a) || isCjk(b)) {
            return true;
        }
        boolean wordBefore = isWord(a);
        boolean wordAfter = isWord(b);
        if (wordBefore && wordAfter) {
            return false;
        }
        if (Character.isWhitespace(a) && Character.isWhitespace(b)) {
            return false;
        }
        if (wordBefore && isJoiner(b)) {
            int next = at + Character.charCount(b);
            return next >= text.length() || !isWord(text.codePointAt(next));
        }
        if (isJoiner(a) && wordAfter) {
            int previous = at - Character.charCount(a);
            return previous == 0 || !isWord(text.codePointBefore(previous));
        }
        return true;
    }

    private static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '.' || cp == ',';
    }

    private static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (Character.isIdeographic(cp)) {
            return true;
        }
        var script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }
}
