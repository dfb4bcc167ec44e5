package org.tribune.content;

import java.util.Map;

/**
 * A writer: a name and a short bio per language, an optional affiliation line and an optional photo.
 *
 * @param bios the short bio per language; languages without one are absent
 * @param affiliation a line such as "Senior fellow, Asia Program"; null when none
 * @param photo the file name of an image in the media library; null when none
 * @param traditionalDerived the Traditional name and bio are converted from the Simplified ones
 *     rather than written by hand
 */
public record Author(
        String key,
        Map<Lang, String> names,
        Map<Lang, String> bios,
        String affiliation,
        String photo,
        boolean traditionalDerived) {
    public Author {
        names = Map.copyOf(names);
        bios = Map.copyOf(bios);
    }

    /** An author known only by names. */
    public Author(String key, Map<Lang, String> names) {
        this(key, names, Map.of(), null, null, false);
    }

    /** The name in {@code lang}, falling back to another edition's spelling rather than the key. */
    public String nameIn(Lang lang) {
        return NameFallback.pick(names, lang, key);
    }

    /** The bio written for {@code lang}; empty when there is none in that language. */
    public String bioIn(Lang lang) {
        return bios.getOrDefault(lang, "");
    }
}
