package org.tribune.content;

import java.util.Map;

/** A writer, with a name (and optionally a bio) per language. */
public record Author(String key, Map<Lang, String> names, Map<Lang, String> bios) {
    public Author {
        names = Map.copyOf(names);
        bios = Map.copyOf(bios);
    }

    /** The name in {@code lang}, falling back to another edition's spelling rather than the key. */
    public String nameIn(Lang lang) {
        return NameFallback.pick(names, lang, key);
    }

    public String bioIn(Lang lang) {
        return bios.get(lang);
    }
}
