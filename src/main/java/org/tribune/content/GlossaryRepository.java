package org.tribune.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/** The site's conversion glossary in SQL. */
final class GlossaryRepository {
    private final Database db;

    GlossaryRepository(Database db) {
        this.db = db;
    }

    void put(Handle h, GlossaryEntry entry) {
        h.createUpdate("insert into glossary (term, variant, replacement) values (:term, :variant, :replacement)"
                        + " on conflict (term, variant) do update set replacement = excluded.replacement")
                .bind("term", entry.term())
                .bind("variant", entry.region())
                .bind("replacement", entry.replacement())
                .execute();
    }

    boolean remove(Handle h, String term, String region) {
        return h.createUpdate("delete from glossary where term = :term and variant = :variant")
                        .bind("term", term)
                        .bind("variant", region)
                        .execute()
                > 0;
    }

    List<GlossaryEntry> list() {
        return db.withHandle(this::list);
    }

    private List<GlossaryEntry> list(Handle h) {
        return h.createQuery("select term, variant, replacement from glossary order by term, variant")
                .map((rs, ctx) ->
                        new GlossaryEntry(rs.getString("term"), rs.getString("replacement"), rs.getString("variant")))
                .list();
    }

    /**
     * Terms for a region: those for all regions, overridden by the region's own. Read on the
     * caller's handle, so a glossary change sees itself before it commits.
     */
    Map<String, String> termsFor(Handle h, String region) {
        List<GlossaryEntry> entries = list(h);
        Map<String, String> terms = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> e.region().equals(GlossaryEntry.ALL_REGIONS))
                .forEach(e -> terms.put(e.term(), e.replacement()));
        entries.stream().filter(e -> e.region().equals(region)).forEach(e -> terms.put(e.term(), e.replacement()));
        return terms;
    }

    /** Articles whose Simplified edition or names mention {@code term}, to derive again. */
    List<String> articlesMentioning(Handle h, String term) {
        String pattern = "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return h.createQuery("""
                select distinct e.article_id from edition e where e.lang = 'zh-Hans'
                  and (e.title like :p escape '!' or e.summary like :p escape '!' or e.body_markdown like :p escape '!')
                union
                select distinct l.article_id from article_author l join author_name n on n.author_key = l.author_key
                  where n.lang = 'zh-Hans' and n.name like :p escape '!'
                union
                select distinct l.article_id from article_topic l join topic_name n on n.topic_key = l.topic_key
                  where n.lang = 'zh-Hans' and n.name like :p escape '!'""").bind("p", pattern).mapTo(String.class).list();
    }
}
