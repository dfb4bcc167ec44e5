package org.tribune.newsroom;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.tribune.content.Lang;

/** Who translates which edition, in SQL; at most one translator per edition. */
final class TranslationAssignmentRepository {

    /** A translator assigned to the edition in {@code lang} of an article. */
    record TranslationAssignment(String articleId, Lang lang, String username) {}

    /** The article's assignments; rows in a language this site does not know are left out. */
    List<TranslationAssignment> listForArticle(Handle h, String articleId) {
        return h
                .createQuery("select article_id, lang, username from translation_assignment where article_id = :id")
                .bind("id", articleId)
                .map((rs, ctx) -> row(rs.getString("article_id"), rs.getString("lang"), rs.getString("username")))
                .list()
                .stream()
                .filter(a -> a.lang() != null)
                .toList();
    }

    /** The assignments of the articles {@code ids}; rows in a language this site does not know are left out. */
    List<TranslationAssignment> listForArticles(Handle h, List<String> ids) {
        return h
                .createQuery(
                        "select article_id, lang, username from translation_assignment where article_id in (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> row(rs.getString("article_id"), rs.getString("lang"), rs.getString("username")))
                .list()
                .stream()
                .filter(a -> a.lang() != null)
                .toList();
    }

    void delete(Handle h, String articleId, Lang lang) {
        h.createUpdate("delete from translation_assignment where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .execute();
    }

    void insert(Handle h, String articleId, Lang lang, String username, String by, Instant at) {
        h.createUpdate("insert into translation_assignment (article_id, lang, username, assigned_by, assigned_at)"
                        + " values (:id, :lang, :username, :by, :at)")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .bind("username", username)
                .bind("by", by)
                .bind("at", at.toEpochMilli())
                .execute();
    }

    private static TranslationAssignment row(String articleId, String lang, String username) {
        return new TranslationAssignment(articleId, Lang.fromTag(lang).orElse(null), username);
    }
}
