package org.tribune.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/** Authors and topics in SQL: their names per language and their links to articles. */
public final class TaxonomyRepository {
    private final Database db;

    TaxonomyRepository(Database db) {
        this.db = db;
    }

    /** Names a person gave: they always win. Two batched statements, however many names. */
    void upsertNames(Handle h, Taxonomy t, Lang lang, List<Named> names) {
        if (names.isEmpty()) {
            return;
        }
        var keys = h.prepareBatch(
                "insert into " + t.table + " (" + t.keyColumn + ") values (:key) on conflict do nothing");
        var named = h.prepareBatch("insert into " + t.nameTable + " (" + t.keyColumn + ", lang, name, derived)"
                + " values (:key, :lang, :name, 0)"
                + " on conflict (" + t.keyColumn + ", lang) do update set name = excluded.name, derived = 0");
        for (Named n : names) {
            keys.bind("key", n.key()).add();
            named.bind("key", n.key())
                    .bind("lang", lang.tag())
                    .bind("name", n.name())
                    .add();
        }
        keys.execute();
        named.execute();
    }

    /** A name converted from another script: replaces only names that were themselves converted. */
    void upsertDerivedName(Handle h, Taxonomy t, String key, Lang lang, String name) {
        h.createUpdate("insert into " + t.nameTable + " (" + t.keyColumn + ", lang, name, derived)"
                        + " values (:key, :lang, :name, 1)"
                        + " on conflict (" + t.keyColumn + ", lang) do update set name = excluded.name"
                        + " where " + t.nameTable + ".derived = 1")
                .bind("key", key)
                .bind("lang", lang.tag())
                .bind("name", name)
                .execute();
    }

    /** The names given in {@code lang} for the article's authors or topics, in order. */
    List<Named> namesIn(Handle h, Taxonomy t, String articleId, Lang lang) {
        return h.createQuery("select l." + t.keyColumn + " as k, n.name from " + t.linkTable + " l join "
                        + t.nameTable + " n on n." + t.keyColumn + " = l." + t.keyColumn + " and n.lang = :lang"
                        + " where l.article_id = :id order by l.position")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .map((rs, ctx) -> new Named(rs.getString("k"), rs.getString("name")))
                .list();
    }

    /** Replaces the article's links with {@code keys}, in that order. */
    void link(Handle h, Taxonomy t, String articleId, List<String> keys) {
        h.createUpdate("delete from " + t.linkTable + " where article_id = :id")
                .bind("id", articleId)
                .execute();
        var batch = h.prepareBatch("insert into " + t.linkTable + " (article_id, " + t.keyColumn
                + ", position) values (:id, :key, :position)");
        for (int i = 0; i < keys.size(); i++) {
            batch.bind("id", articleId)
                    .bind("key", keys.get(i))
                    .bind("position", i)
                    .add();
        }
        if (!keys.isEmpty()) {
            batch.execute();
        }
    }

    /** Names per language of one author or topic, or empty when the key is unknown. */
    Optional<Map<Lang, String>> names(Taxonomy t, String key) {
        return db.withHandle(h -> {
            boolean exists = h.createQuery("select count(*) from " + t.table + " where " + t.keyColumn + " = :key")
                            .bind("key", key)
                            .mapTo(int.class)
                            .one()
                    > 0;
            if (!exists) {
                return Optional.empty();
            }
            Map<Lang, String> names = new EnumMap<>(Lang.class);
            h.createQuery("select lang, name from " + t.nameTable + " where " + t.keyColumn + " = :key")
                    .bind("key", key)
                    .map((rs, ctx) -> Map.entry(rs.getString("lang"), rs.getString("name")))
                    .forEach(e -> Lang.fromTag(e.getKey()).ifPresent(lang -> names.put(lang, e.getValue())));
            return Optional.of(names);
        });
    }

    /** Keys of the authors or topics that have at least one edition readers can see now, sorted. */
    List<String> keysInUse(Taxonomy t, Instant now) {
        String sql = "select distinct l." + t.keyColumn + " from " + t.linkTable + " l join edition e"
                + " on e.article_id = l.article_id where e.status = 'published' and e.published_at <= :now"
                + " order by l." + t.keyColumn;
        return db.withHandle(
                h -> h.createQuery(sql).bind("now", now).mapTo(String.class).list());
    }

    /** For each article, its authors or topics in order, named in {@code lang} where possible. */
    public Map<String, List<Named>> namesFor(Taxonomy t, Collection<String> articleIds, Lang lang) {
        Map<String, List<Named>> result = new LinkedHashMap<>();
        if (articleIds.isEmpty()) {
            return result;
        }
        String sql = "select l.article_id, l." + t.keyColumn + " as k, n.lang, n.name from " + t.linkTable + " l"
                + " left join " + t.nameTable + " n on n." + t.keyColumn + " = l." + t.keyColumn
                + " where l.article_id in (<ids>) order by l.article_id, l.position";
        Map<String, Map<String, Map<Lang, String>>> byArticle = new LinkedHashMap<>();
        db.useHandle(h -> h.createQuery(sql)
                .bindList("ids", List.copyOf(articleIds))
                .map((rs, ctx) -> {
                    var names = byArticle
                            .computeIfAbsent(rs.getString("article_id"), id -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString("k"), k -> new EnumMap<>(Lang.class));
                    String tag = rs.getString("lang");
                    String name = rs.getString("name");
                    if (tag != null) {
                        Lang.fromTag(tag).ifPresent(l -> names.put(l, name));
                    }
                    return 0;
                })
                .list());
        byArticle.forEach((id, keys) -> {
            List<Named> named = new ArrayList<>();
            keys.forEach((key, names) -> named.add(new Named(key, NameFallback.pick(names, lang, key))));
            result.put(id, List.copyOf(named));
        });
        return result;
    }
}
