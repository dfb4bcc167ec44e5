package org.tribune.content;

import java.util.Locale;

/** Whether a person wrote an edition or Tribune derived it from another edition (简→繁). */
public enum EditionOrigin {
    AUTHORED,
    DERIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EditionOrigin ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
