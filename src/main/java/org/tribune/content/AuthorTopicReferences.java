package org.tribune.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tribune.content.AuthorTopicRepository.NameRow;

/**
 * Turns the authors or topics an edition names into the keys it links. An edition refers to
 * entities; it never renames one: a key nobody has used creates the entity with the given name in
 * the edition's language, a known entity without a name in that language gets the given one, and
 * a name differing from a known one is reported and left unapplied. A key merged into another
 * entity links that entity.
 */
final class AuthorTopicReferences {
    private final AuthorTopicRepository entities;

    AuthorTopicReferences(AuthorTopicRepository entities) {
        this.entities = entities;
    }

    /**
     * @param field the input's field, for messages: {@code authors} or {@code topics}
     * @param ignored receives every given name that was not applied
     * @return the keys to link, in the given order, each once
     * @throws InvalidContent when an unknown key comes without a name to create it with
     */
    List<String> resolve(Handle h, Taxonomy t, String field, Lang lang, List<Named> given, List<IgnoredName> ignored) {
        if (given.isEmpty()) {
            return List.of();
        }
        List<String> keys = given.stream().map(Named::key).toList();
        Map<String, String> merged = entities.aliasTargets(h, t, keys);
        List<String> resolved =
                keys.stream().map(k -> merged.getOrDefault(k, k)).toList();
        Map<String, Map<Lang, NameRow>> stored = new HashMap<>(entities.rows(h, t, resolved));
        Set<String> linked = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String key = resolved.get(i);
            String name = given.get(i).name();
            String where = field + "[" + i + "]";
            if (!linked.add(key)) {
                continue; // two keys given that were merged into one entity
            }
            Map<Lang, NameRow> rows = stored.get(key);
            if (rows == null) {
                if (name == null) {
                    throw new InvalidContent(
                            where + ".name",
                            "there is no " + t.singular() + " '" + key + "'; give its name in " + lang.tag()
                                    + " to create it");
                }
                entities.insert(h, t, key);
                entities.addRow(h, t, key, lang, new NameRow(name, null, false));
                stored.put(key, Map.of(lang, new NameRow(name, null, false)));
                continue;
            }
            NameRow own = rows.get(lang);
            if (own == null && name != null) {
                entities.addRow(h, t, key, lang, new NameRow(name, null, false));
            } else if (own != null && name != null && !own.name().equals(name)) {
                ignored.add(new IgnoredName(where + ".name", t, key, lang, name, own.name()));
            }
        }
        return new ArrayList<>(linked);
    }
}
