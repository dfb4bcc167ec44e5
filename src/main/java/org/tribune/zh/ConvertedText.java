package org.tribune.zh;

import java.util.Arrays;

/**
 * The chars a conversion step writes, which the next step reads in place: a bare growable array,
 * because the next step reads every char, and reading a {@link StringBuilder} back char by char
 * through {@link CharSequence} adds an interface call and a bounds check per char.
 */
final class ConvertedText {
    private char[] chars;
    private int length;

    ConvertedText(int capacity) {
        chars = new char[Math.max(16, capacity)];
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    void append(char[] source, int from, int to) {
        int count = to - from;
        ensureRoom(count);
        System.arraycopy(source, from, chars, length, count);
        length += count;
    }

    /** Copies {@code text[from, to)}, in bulk from the usual kinds of text. */
    void append(CharSequence text, int from, int to) {
        int count = to - from;
        ensureRoom(count);
        if (text instanceof String string) {
            string.getChars(from, to, chars, length);
        } else if (text instanceof StringBuilder builder) {
            builder.getChars(from, to, chars, length);
        } else {
            for (int i = from; i < to; i++) {
                chars[length + i - from] = text.charAt(i);
            }
        }
        length += count;
    }

    void append(String text) {
        int count = text.length();
        ensureRoom(count);
        text.getChars(0, count, chars, length);
        length += count;
    }

    private void ensureRoom(int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
    }
}
