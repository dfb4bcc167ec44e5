package org.tribune.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Authors and topics as entities in SQL: each one's names and bios (or descriptions) per language,
 * an author's affiliation and photo, and the keys merged into another entity.
 */
final class AuthorTopicRepository {

    /** One language's row of an entity: its name, its longer text, and whether it was converted. */
    record NameRow(String name, String about, boolean derived) {}

    /** An entity as stored; {@code affiliation} and {@code photo} are always null for topics. */
    record Entity(Taxonomy taxonomy, String key, Map<Lang, NameRow> rows, String affiliation, String photo) {
        Entity {
            rows = Map.copyOf(rows);
        }

        Author author() {
            return new Author(key, names(), abouts(), affiliation, photo, traditionalDerived());
        }

        Topic topic() {
            return new Topic(key, names(), abouts(), traditionalDerived());
        }

        private Map<Lang, String> names() {
            Map<Lang, String> names = new EnumMap<>(Lang.class);
            rows.forEach((lang, row) -> names.put(lang, row.name()));
            return names;
        }

        private Map<Lang, String> abouts() {
            Map<Lang, String> abouts = new EnumMap<>(Lang.class);
            rows.forEach((lang, row) -> {
                if (row.about() != null && !row.about().isBlank()) {
                    abouts.put(lang, row.about());
                }
            });
            return abouts;
        }

        private boolean traditionalDerived() {
            NameRow hant = rows.get(Lang.ZH_HANT);
            return hant != null && hant.derived();
        }
    }

    /** Every entity of the kind, by key, with its rows: for the newsroom's lists and pickers. */
    List<Entity> list(Handle h, Taxonomy t) {
        return read(h, t, null);
    }

    Optional<Entity> find(Handle h, Taxonomy t, String key) {
        return read(h, t, List.of(key)).stream().findFirst();
    }

    /** The stored rows of those of {@code keys} that exist, by key; a key without names maps to an empty map. */
    Map<String, Map<Lang, NameRow>> rows(Handle h, Taxonomy t, Collection<String> keys) {
        Map<String, Map<Lang, NameRow>> result = new HashMap<>();
        for (Entity e : read(h, t, keys)) {
            result.put(e.key(), e.rows());
        }
        return result;
    }

    private List<Entity> read(Handle h, Taxonomy t, Collection<String> keys) {
        if (keys != null && keys.isEmpty()) {
            return List.of();
        }
        String details = t == Taxonomy.AUTHORS ? "e.affiliation, e.photo" : "null as affiliation, null as photo";
        String sql = "select e." + t.keyColumn + " as k, " + details + ", n.lang, n.name, n." + t.aboutColumn
                + " as about, n.derived from " + t.table + " e left join " + t.nameTable + " n on n." + t.keyColumn
                + " = e." + t.keyColumn + (keys == null ? "" : " where e." + t.keyColumn + " in (<keys>)")
                + " order by e." + t.keyColumn;
        var query = h.createQuery(sql);
        if (keys != null) {
            query.bindList("keys", List.copyOf(keys));
        }
        Map<String, Map<Lang, NameRow>> rows = new LinkedHashMap<>();
        Map<String, String[]> extras = new HashMap<>();
        query.map((rs, ctx) -> {
                    String key = rs.getString("k");
                    var byLang = rows.computeIfAbsent(key, k -> new EnumMap<>(Lang.class));
                    extras.putIfAbsent(key, new String[] {rs.getString("affiliation"), rs.getString("photo")});
                    String tag = rs.getString("lang");
                    if (tag != null) {
                        var row = new NameRow(rs.getString("name"), rs.getString("about"), rs.getInt("derived") == 1);
                        Lang.fromTag(tag).ifPresent(lang -> byLang.put(lang, row));
                    }
                    return 0;
                })
                .list();
        List<Entity> entities = new ArrayList<>(rows.size());
        rows.forEach((key, byLang) -> entities.add(new Entity(t, key, byLang, extras.get(key)[0], extras.get(key)[1])));
        return entities;
    }

    /** Creates the entity with no names yet; nothing when it exists. */
    void insert(Handle h, Taxonomy t, String key) {
        h.createUpdate("insert into " + t.table + " (" + t.keyColumn + ") values (:key) on conflict do nothing")
                .bind("key", key)
                .execute();
    }

    /** Adds a language's row where the entity has none; an existing row is never changed here. */
    void addRow(Handle h, Taxonomy t, String key, Lang lang, NameRow row) {
        h.createUpdate("insert into " + t.nameTable + " (" + t.keyColumn + ", lang, name, " + t.aboutColumn
                        + ", derived) values (:key, :lang, :name, :about, :derived) on conflict do nothing")
                .bind("key", key)
                .bind("lang", lang.tag())
                .bind("name", row.name())
                .bind("about", row.about())
                .bind("derived", row.derived() ? 1 : 0)
                .execute();
    }

    /** Sets a language's row, as the newsroom edits it. */
    void putRow(Handle h, Taxonomy t, String key, Lang lang, NameRow row) {
        h.createUpdate("insert into " + t.nameTable + " (" + t.keyColumn + ", lang, name, " + t.aboutColumn
                        + ", derived) values (:key, :lang, :name, :about, :derived) on conflict (" + t.keyColumn
                        + ", lang) do update set name = excluded.name, " + t.aboutColumn + " = excluded."
                        + t.aboutColumn + ", derived = excluded.derived")
                .bind("key", key)
                .bind("lang", lang.tag())
                .bind("name", row.name())
                .bind("about", row.about())
                .bind("derived", row.derived() ? 1 : 0)
                .execute();
    }

    /** Replaces a converted row; a row a person wrote is left as it is. */
    void putDerivedRow(Handle h, Taxonomy t, String key, Lang lang, NameRow row) {
        h.createUpdate("insert into " + t.nameTable + " (" + t.keyColumn + ", lang, name, " + t.aboutColumn
                        + ", derived) values (:key, :lang, :name, :about, 1) on conflict (" + t.keyColumn
                        + ", lang) do update set name = excluded.name, " + t.aboutColumn + " = excluded."
                        + t.aboutColumn + " where " + t.nameTable + ".derived = 1")
                .bind("key", key)
                .bind("lang", lang.tag())
                .bind("name", row.name())
                .bind("about", row.about())
                .execute();
    }

    void deleteRow(Handle h, Taxonomy t, String key, Lang lang) {
        h.createUpdate("delete from " + t.nameTable + " where " + t.keyColumn + " = :key and lang = :lang")
                .bind("key", key)
                .bind("lang", lang.tag())
                .execute();
    }

    void updateAuthorDetails(Handle h, String key, String affiliation, String photo) {
        h.createUpdate("update author set affiliation = :affiliation, photo = :photo where author_key = :key")
                .bind("key", key)
                .bind("affiliation", affiliation)
                .bind("photo", photo)
                .execute();
    }

    /** The entity each merged key now names, for those of {@code keys} that were merged. */
    Map<String, String> aliasTargets(Handle h, Taxonomy t, Collection<String> keys) {
        Map<String, String> targets = new HashMap<>();
        if (keys.isEmpty()) {
            return targets;
        }
        h.createQuery("select alias_key, " + t.keyColumn + " from " + t.aliasTable + " where alias_key in (<keys>)")
                .bindList("keys", List.copyOf(keys))
                .map((rs, ctx) -> targets.put(rs.getString(1), rs.getString(2)))
                .list();
        return targets;
    }

    /**
     * Moves every article's link from {@code from} to {@code into}, dropping it where the article
     * already links both, then points {@code from} and every key merged into it at {@code into},
     * and deletes {@code from}.
     */
    void merge(Handle h, Taxonomy t, String from, String into) {
        String k = t.keyColumn;
        h.createUpdate("delete from " + t.linkTable + " where " + k + " = :from and article_id in (select article_id"
                        + " from " + t.linkTable + " where " + k + " = :into)")
                .bind("from", from)
                .bind("into", into)
                .execute();
        h.createUpdate("update " + t.linkTable + " set " + k + " = :into where " + k + " = :from")
                .bind("from", from)
                .bind("into", into)
                .execute();
        h.createUpdate("update " + t.aliasTable + " set " + k + " = :into where " + k + " = :from")
                .bind("from", from)
                .bind("into", into)
                .execute();
        h.createUpdate("delete from " + t.nameTable + " where " + k + " = :from")
                .bind("from", from)
                .execute();
        h.createUpdate("delete from " + t.table + " where " + k + " = :from")
                .bind("from", from)
                .execute();
        h.createUpdate("insert into " + t.aliasTable + " (alias_key, " + k + ") values (:from, :into)")
                .bind("from", from)
                .bind("into", into)
                .execute();
    }

    /** The articles that link the entity. */
    List<String> articlesLinking(Handle h, Taxonomy t, String key) {
        return h.createQuery("select article_id from " + t.linkTable + " where " + t.keyColumn + " = :key")
                .bind("key", key)
                .mapTo(String.class)
                .list();
    }

    /** Per key, how many articles link the entity. */
    Map<String, Integer> articleCounts(Handle h, Taxonomy t) {
        Map<String, Integer> counts = new HashMap<>();
        h.createQuery("select " + t.keyColumn + ", count(*) from " + t.linkTable + " group by " + t.keyColumn)
                .map((rs, ctx) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }
}
