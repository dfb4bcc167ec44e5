package org.tribune.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/**
 * What the public site shows, as short fingerprints to compare with an earlier state: per article,
 * one over everything its pages show of it and one over what decides the listings it appears in;
 * per author and topic, one over their names; and one over the site's settings and glossary. Two
 * states with equal fingerprints render the same pages (with the same code).
 *
 * @param articles per article id that readers can see now
 * @param authors per author key
 * @param topics per topic key
 * @param site the site settings and the glossary
 */
public record SiteStamps(Map<String, ArticleStamp> articles, Map<String, Long> authors, Map<String, Long> topics,
        long site) {

    /**
     * @param content changes with anything shown of the article: its editions' text, dates, bylines
     *     and topics
     * @param membership changes when the article joins or leaves a listing or moves in one: its
     *     languages, publication dates, authors and topics
     */
    public record ArticleStamp(long content, long membership) {}

    /** The stamps of the site whose published editions are {@code published}. */
    static SiteStamps read(Database db, List<EditionStamp> published) {
        Map<String, StringBuilder> membership = new HashMap<>();
        Map<String, StringBuilder> content = new HashMap<>();
        for (EditionStamp edition : published) {
            String listed = edition.lang().tag() + "@" + edition.published().toEpochMilli() + ";";
            membership.computeIfAbsent(edition.articleId(), k -> new StringBuilder()).append(listed);
            content.computeIfAbsent(edition.articleId(), k -> new StringBuilder()).append(listed)
                    .append(edition.updated().toEpochMilli()).append('/').append(edition.sourceHash()).append(';');
        }
        return db.withHandle(h -> {
            for (String[] link : pairs(h, "select article_id, 'a' || position || ':' || author_key from article_author"
                    + " union all select article_id, 't' || position || ':' || topic_key from article_topic order by 1, 2")) {
                StringBuilder listed = membership.get(link[0]);
                if (listed != null) {
                    listed.append(link[1]).append(';');
                }
            }
            Map<String, ArticleStamp> articles = new HashMap<>();
            membership.forEach((id, listed) -> articles.put(id, new ArticleStamp(
                    fingerprint(content.get(id).append(listed)), fingerprint(listed))));
            return new SiteStamps(articles,
                    perKey(pairs(h, "select author_key, lang || ':' || name || ':' || coalesce(bio, '') from author_name"
                            + " order by author_key, lang")),
                    perKey(pairs(h, "select topic_key, lang || ':' || name from topic_name order by topic_key, lang")),
                    fingerprint(String.join(";", pairs(h, "select 's', name || '=' || value from site_setting"
                            + " union all select 'g', term || '/' || variant || '=' || replacement from glossary"
                            + " order by 1, 2").stream().map(row -> row[1]).toList())));
        });
    }

    /** Rows of two text columns. */
    private static List<String[]> pairs(Handle h, String sql) {
        return h.createQuery(sql).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    /** One fingerprint per key over its rows' values, in order. */
    private static Map<String, Long> perKey(List<String[]> rows) {
        Map<String, StringBuilder> texts = new HashMap<>();
        rows.forEach(row -> texts.computeIfAbsent(row[0], k -> new StringBuilder()).append(row[1]).append('\u0001'));
        Map<String, Long> stamps = new HashMap<>();
        texts.forEach((key, text) -> stamps.put(key, fingerprint(text)));
        return stamps;
    }

    /** The first 64 bits of the text's SHA-256: collisions among a journal's articles are out of reach. */
    static long fingerprint(CharSequence text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
