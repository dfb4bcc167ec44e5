package org.tribune.content;

import java.util.Map;

/**
 * A subject readers browse by, with a name and an optional description per language.
 *
 * @param traditionalDerived the Traditional name and description are converted from the
 *     Simplified ones rather than written by hand
 */
public record Topic(String key, Map<Lang, String> names, Map<Lang, String> descriptions, boolean traditionalDerived) {
    public Topic {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
    }

    /** A topic known only by names. */
    public Topic(String key, Map<Lang, String> names) {
        this(key, names, Map.of(), false);
    }

    public String nameIn(Lang lang) {
        return NameFallback.pick(names, lang, key);
    }

    /** The description written for {@code lang}; empty when there is none in that language. */
    public String descriptionIn(Lang lang) {
        return descriptions.getOrDefault(lang, "");
    }
}
