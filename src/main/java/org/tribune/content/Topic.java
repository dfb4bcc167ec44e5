package org.tribune.content;

import java.util.Map;

/** A subject readers browse by, with a name per language. */
public record Topic(String key, Map<Lang, String> names) {
    public Topic {
        names = Map.copyOf(names);
    }

    public String nameIn(Lang lang) {
        return NameFallback.pick(names, lang, key);
    }
}
