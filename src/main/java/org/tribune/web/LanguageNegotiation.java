package org.tribune.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tribune.content.Lang;

/**
 * Chooses the edition for a reader who has not picked one: their explicit earlier choice first,
 * then the first language in Accept-Language that Tribune publishes, then English.
 */
public final class LanguageNegotiation {
    public static final String COOKIE = "tribune_lang";

    private LanguageNegotiation() {}

    public static Lang choose(String acceptLanguage, String cookie) {
        if (cookie != null) {
            Optional<Lang> chosen = Lang.fromPathSegment(cookie);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    static Lang fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Lang.EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Lang.EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            Optional<Lang> lang = ofRange(range.getRange());
            if (lang.isPresent()) {
                return lang.get();
            }
        }
        return Lang.EN;
    }

    /** Maps one language range; Chinese without a script or region reads Simplified. */
    static Optional<Lang> ofRange(String range) {
        String r = range.toLowerCase(Locale.ROOT);
        if (r.equals("en") || r.startsWith("en-") || r.equals("*")) {
            return Optional.of(Lang.EN);
        }
        if (!(r.equals("zh") || r.startsWith("zh-"))) {
            return Optional.empty();
        }
        if (r.startsWith("zh-hant") || r.equals("zh-tw") || r.equals("zh-hk") || r.equals("zh-mo")) {
            return Optional.of(Lang.ZH_HANT);
        }
        return Optional.of(Lang.ZH_HANS);
    }
}
