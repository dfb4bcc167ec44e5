package org.tribune.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tribune.content.EditionLimits;

/**
 * What an author or topic picker sends: {@code Name (key)} as its suggestions spell it, so that a
 * suggestion picked by its name in any language still names exactly one entity.
 */
final class Picked {
    private static final Pattern NAME_AND_KEY = Pattern.compile("(.*)\\(([a-z0-9-]+)\\)\\s*");

    private Picked() {}

    /** The suggestion a picker offers for an entity under one of its names. */
    static String suggestion(String name, String key) {
        return name + " (" + key + ")";
    }

    /** The key a picked suggestion names, or the text itself, stripped, when it is not a suggestion. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = NAME_AND_KEY.matcher(text);
        if (m.matches() && EditionLimits.isKey(m.group(2))) {
            return m.group(2);
        }
        return text.strip();
    }

    /** Whether the text is a suggestion ({@code Name (key)}) rather than typed free text. */
    static boolean isSuggestion(String text) {
        Matcher m = text == null ? null : NAME_AND_KEY.matcher(text);
        return m != null && m.matches() && EditionLimits.isKey(m.group(2));
    }
}
