package org.tribune.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/** Authors and topics in SQL as articles see them: their links to articles, named per language. */
public final class TaxonomyRepository {
    private final Database db;

    TaxonomyRepository(Database db) {
        this.db = db;
    }

    /** The article's authors or topics that have a name in {@code lang}, with it, in order. */
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
