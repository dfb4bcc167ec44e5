package org.tribune.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tribune.content.AuthorTopicService;
import org.tribune.content.Lang;
import org.tribune.content.Taxonomy;

/**
 * The authors and topics the edit form's pickers offer, and the key of one typed by key or by its
 * name in any language.
 */
interface NamePicker {
    /** Knows no author or topic: every typed name is a new one. */
    NamePicker NONE = (t, text) -> Optional.empty();

    /** The key of the author or topic whose key, or whose name in any language, is {@code text}. */
    Optional<String> keyOf(Taxonomy t, String text);

    /** Picks among the authors and topics stored now. */
    static NamePicker of(AuthorTopicService entities) {
        return (t, text) -> {
            Map<String, Map<Lang, String>> all = names(entities, t);
            if (all.containsKey(text)) {
                return Optional.of(text);
            }
            String wanted = text.toLowerCase(Locale.ROOT);
            Set<String> keys = new LinkedHashSet<>();
            all.forEach((key, names) -> names.values().forEach(name -> {
                if (name.toLowerCase(Locale.ROOT).equals(wanted)) {
                    keys.add(key);
                }
            }));
            // A name two entities share names neither: the person picks a suggestion instead.
            return keys.size() == 1 ? Optional.of(keys.iterator().next()) : Optional.empty();
        };
    }

    /** The suggestions for a picker: each author's or topic's names in every language, as {@code Name (key)}. */
    static List<String> suggestions(AuthorTopicService entities, Taxonomy t) {
        List<String> suggestions = new ArrayList<>();
        names(entities, t).forEach((key, names) -> new LinkedHashSet<>(names.values())
                .forEach(name -> suggestions.add(Picked.suggestion(name, key))));
        return suggestions;
    }

    private static Map<String, Map<Lang, String>> names(AuthorTopicService entities, Taxonomy t) {
        Map<String, Map<Lang, String>> all = new LinkedHashMap<>();
        if (t == Taxonomy.AUTHORS) {
            entities.authors().forEach(a -> all.put(a.key(), a.names()));
        } else {
            entities.topics().forEach(o -> all.put(o.key(), o.names()));
        }
        return all;
    }
}
