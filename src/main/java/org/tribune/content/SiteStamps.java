package org.tribune.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribune.content.SiteStampRepository.KeyedText;

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
public record SiteStamps(
        Map<String, ArticleStamp> articles, Map<String, Long> authors, Map<String, Long> topics, long site) {

    /**
     * @param content changes with anything shown of the article: its editions' text, dates, bylines
     *     and topics
     * @param membership changes when the article joins or leaves a listing or moves in one: its
     *     languages, publication dates, authors and topics
     */
    public record ArticleStamp(long content, long membership) {}

    /**
     * The stamps of the site whose published editions are {@code published}, from the rows
     * {@link SiteStampRepository} reads.
     */
    static SiteStamps of(
            List<EditionStamp> published,
            List<KeyedText> articleLinks,
            List<KeyedText> authorNames,
            List<KeyedText> topicNames,
            List<KeyedText> settingsAndGlossary) {
        Map<String, StringBuilder> membership = new HashMap<>();
        Map<String, StringBuilder> content = new HashMap<>();
        for (EditionStamp edition : published) {
            String listed = edition.lang().tag() + "@" + edition.published().toEpochMilli() + ";";
            membership
                    .computeIfAbsent(edition.articleId(), k -> new StringBuilder())
                    .append(listed);
            content.computeIfAbsent(edition.articleId(), k -> new StringBuilder())
                    .append(listed)
                    .append(edition.updated().toEpochMilli())
                    .append('/')
                    .append(edition.sourceHash())
                    .append(';');
        }
        for (KeyedText link : articleLinks) {
            StringBuilder listed = membership.get(link.key());
            if (listed != null) {
                listed.append(link.text()).append(';');
            }
        }
        Map<String, ArticleStamp> articles = new HashMap<>();
        membership.forEach((id, listed) ->
                articles.put(id, new ArticleStamp(fingerprint(content.get(id).append(listed)), fingerprint(listed))));
        return new SiteStamps(
                articles,
                perKey(authorNames),
                perKey(topicNames),
                fingerprint(String.join(
                        ";", settingsAndGlossary.stream().map(KeyedText::text).toList())));
    }

    /** One fingerprint per key over its rows' values, in order. */
    private static Map<String, Long> perKey(List<KeyedText> rows) {
        Map<String, StringBuilder> texts = new HashMap<>();
        rows.forEach(row -> texts.computeIfAbsent(row.key(), k -> new StringBuilder())
                .append(row.text())
                .append('\u0001'));
        Map<String, Long> stamps = new HashMap<>();
        texts.forEach((key, text) -> stamps.put(key, fingerprint(text)));
        return stamps;
    }

    /** The first 64 bits of the text's SHA-256: collisions among a journal's articles are out of reach. */
    static long fingerprint(CharSequence text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
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
