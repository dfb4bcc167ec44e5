package org.tribune.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The three editions a Tribune article can have.
 *
 * <p>Each language has two spellings: the BCP 47 {@link #tag()} written into
 * {@code <html lang>}, {@code hreflang} and the import format ({@code zh-Hans}), and the
 * lowercase {@link #pathSegment()} used in URLs ({@code /zh-hans/}).
 */
public enum Lang {
    EN("en", "en", Locale.ENGLISH),
    ZH_HANS("zh-Hans", "zh-hans", Locale.forLanguageTag("zh-Hans")),
    ZH_HANT("zh-Hant", "zh-hant", Locale.forLanguageTag("zh-Hant"));

    private final String tag;
    private final String pathSegment;
    private final Locale locale;

    Lang(String tag, String pathSegment, Locale locale) {
        this.tag = tag;
        this.pathSegment = pathSegment;
        this.locale = locale;
    }

    /** The BCP 47 tag: {@code en}, {@code zh-Hans}, {@code zh-Hant}. */
    public String tag() {
        return tag;
    }

    /** The URL segment: {@code en}, {@code zh-hans}, {@code zh-hant}. */
    public String pathSegment() {
        return pathSegment;
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return this != EN;
    }

    /** Finds the language written exactly as its BCP 47 tag, as the import format requires. */
    public static Optional<Lang> fromTag(String tag) {
        for (Lang lang : values()) {
            if (lang.tag.equals(tag)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** Finds the language of a URL segment; URLs are lowercase only. */
    public static Optional<Lang> fromPathSegment(String segment) {
        for (Lang lang : values()) {
            if (lang.pathSegment.equals(segment)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }
}
