package org.tribune.content;

import java.time.Instant;

/**
 * The bounds every edition is held to, whoever writes it (newsroom, API, import): they keep any
 * single save cheap and every stored date one the site can print.
 */
public final class EditionLimits {
    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 2_000;
    /** In UTF-8 bytes, so that a Chinese body is held to the same size as an English one. */
    public static final int MAX_BODY_BYTES = 2_000_000;

    public static final int MAX_NAME = 200;
    public static final int MAX_AUTHORS = 50;
    public static final int MAX_TOPICS = 50;
    public static final int MAX_KEY = 80;
    public static final Instant EARLIEST = Instant.parse("1800-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private EditionLimits() {}

    /** Whether {@code key} is an author or topic key: a slug of at most {@link #MAX_KEY} characters. */
    public static boolean isKey(String key) {
        return key != null && key.length() <= MAX_KEY && Slugs.isValid(key);
    }

    /** The length of {@code text} in UTF-8, without encoding it. */
    public static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    static void checkDate(String field, Instant when) {
        if (when != null && (when.isBefore(EARLIEST) || !when.isBefore(LATEST))) {
            throw new InvalidContent(field, "must be between 1800-01-01 and 2200-01-01, got " + when);
        }
    }
}
