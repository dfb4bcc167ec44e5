package org.tribune.content;

import java.util.EnumMap;
import java.util.Map;

/**
 * An author or topic as the newsroom's form sends it. Text is untrusted. A Traditional name left
 * empty is converted from the Simplified one (and so is the Traditional bio or description).
 *
 * @param names the name per language; empty or absent for none
 * @param abouts an author's bio or a topic's description per language
 * @param affiliation an author's affiliation line; ignored for topics
 * @param photo an author's photo, the file name of an image in the media library; ignored for topics
 */
public record AuthorTopicEdit(
        String key, Map<Lang, String> names, Map<Lang, String> abouts, String affiliation, String photo) {
    public AuthorTopicEdit {
        names = copy(names);
        abouts = copy(abouts);
    }

    private static Map<Lang, String> copy(Map<Lang, String> given) {
        Map<Lang, String> copy = new EnumMap<>(Lang.class);
        if (given != null) {
            given.forEach((lang, text) -> {
                if (lang != null && text != null) {
                    copy.put(lang, text);
                }
            });
        }
        return Map.copyOf(copy);
    }

    /** The text for {@code lang} in {@code texts}, or "" when there is none. */
    static String in(Map<Lang, String> texts, Lang lang) {
        return texts.getOrDefault(lang, "");
    }
}
