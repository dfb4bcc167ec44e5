package org.tribune.content;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The rows besides the editions that {@link SiteStamps} are computed from, in SQL: each as a key
 * and a text that changes whenever what the site shows of it does, in a stable order.
 */
final class SiteStampRepository {

    /** A row of two text columns: what it belongs to, and what is shown of it. */
    record KeyedText(String key, String text) {}

    /** Per article, its bylines ({@code a<position>:<author>}) and topics ({@code t<position>:<topic>}). */
    List<KeyedText> listArticleLinks(Handle h) {
        return keyedTexts(
                h,
                "select article_id, 'a' || position || ':' || author_key from article_author"
                        + " union all select article_id, 't' || position || ':' || topic_key from article_topic order by 1, 2");
    }

    /** Per author key, its name and bio in each language, then its affiliation and photo. */
    List<KeyedText> listAuthorNames(Handle h) {
        return keyedTexts(
                h,
                "select author_key, lang || ':' || name || ':' || coalesce(bio, '') from author_name"
                        + " union all select author_key, '~' || coalesce(affiliation, '') || ':'"
                        + " || coalesce(photo, '') from author order by 1, 2");
    }

    /** Per topic key, its name and description in each language. */
    List<KeyedText> listTopicNames(Handle h) {
        return keyedTexts(
                h,
                "select topic_key, lang || ':' || name || ':' || coalesce(description, '') from topic_name"
                        + " order by topic_key, lang");
    }

    /** The site settings (key {@code s}) and the glossary's entries (key {@code g}). */
    List<KeyedText> listSettingsAndGlossary(Handle h) {
        return keyedTexts(
                h,
                "select 's', name || '=' || value from site_setting"
                        + " union all select 'g', term || '/' || variant || '=' || replacement from glossary"
                        + " order by 1, 2");
    }

    private static List<KeyedText> keyedTexts(Handle h, String sql) {
        return h.createQuery(sql)
                .map((rs, ctx) -> new KeyedText(rs.getString(1), rs.getString(2)))
                .list();
    }
}
