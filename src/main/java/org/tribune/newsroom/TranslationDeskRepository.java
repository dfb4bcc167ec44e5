package org.tribune.newsroom;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.tribune.content.Lang;
import org.tribune.db.Database;

/**
 * Translations' unfinished catching-up on the translation desk, in SQL: one row per edition at
 * most, the pending block keys stored one a line.
 */
final class TranslationDeskRepository {
    private final Database db;

    TranslationDeskRepository(Database db) {
        this.db = db;
    }

    Optional<DeskProgress> find(String articleId, Lang lang) {
        return db.withHandle(h -> find(h, articleId, lang));
    }

    Optional<DeskProgress> find(Handle h, String articleId, Lang lang) {
        return h.createQuery("select aligned_title, aligned_summary, aligned_body, pending"
                        + " from translation_desk where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .map((rs, ctx) -> new DeskProgress(
                        rs.getString("aligned_title"),
                        rs.getString("aligned_summary"),
                        rs.getString("aligned_body"),
                        Arrays.stream(rs.getString("pending").split("\n"))
                                .filter(k -> !k.isEmpty())
                                .collect(Collectors.toSet())))
                .findOne();
    }

    void delete(Handle h, String articleId, Lang lang) {
        h.createUpdate("delete from translation_desk where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .execute();
    }

    void insert(Handle h, String articleId, Lang lang, DeskProgress progress) {
        h.createUpdate("insert into translation_desk (article_id, lang, aligned_title, aligned_summary,"
                        + " aligned_body, pending) values (:id, :lang, :title, :summary, :body, :pending)")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .bind("title", progress.alignedTitle())
                .bind("summary", progress.alignedSummary())
                .bind("body", progress.alignedBody())
                .bind("pending", String.join("\n", new TreeSet<>(progress.pending())))
                .execute();
    }
}
