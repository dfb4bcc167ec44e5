package org.tribune.content;

import java.util.Map;

/**
 * A writer, with a name per language. (The store has a bio column per language too; the editor
 * issue will read and write it.)
 */
public record Author(String key, Map<Lang, String> names) {
    public Author {
        names = Map.copyOf(names);
    }

    /** The name in {@code lang}, falling back to another edition's spelling rather than the key. */
    public String nameIn(Lang lang) {
        return NameFallback.pick(names, lang, key);
    }
}
