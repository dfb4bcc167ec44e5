package org.tribune.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.tribune.db.Database;

/** Every saved state of every edition, in SQL. */
public final class RevisionRepository {
    private static final RowMapper<Revision> REVISION = (rs, ctx) -> new Revision(
            rs.getString("article_id"),
            Lang.fromTag(rs.getString("lang")).orElseThrow(),
            rs.getInt("revision"),
            Instant.ofEpochMilli(rs.getLong("saved_at")),
            rs.getString("saved_by"),
            EditionStatus.ofCode(rs.getString("status")),
            rs.getObject("published_at") == null ? null : Instant.ofEpochMilli(rs.getLong("published_at")),
            rs.getString("title"),
            rs.getString("summary"),
            rs.getString("body_markdown"),
            rs.getString("source_hash"),
            rs.getString("note"));

    private final Database db;

    public RevisionRepository(Database db) {
        this.db = db;
    }

    public void record(Handle h, Edition e, Instant at, String by, String note) {
        h.createUpdate("""
                insert into edition_revision (article_id, lang, revision, saved_at, saved_by, status, published_at,
                    title, summary, body_markdown, source_hash, note)
                select :articleId, :lang, coalesce(max(revision), 0) + 1, :at, :by, :status, :published,
                    :title, :summary, :body, :hash, :note
                from edition_revision where article_id = :articleId and lang = :lang""")
                .bind("articleId", e.articleId())
                .bind("lang", e.lang().tag())
                .bind("at", at.toEpochMilli())
                .bind("by", by)
                .bind("status", e.status().code())
                .bind("published", e.published() == null ? null : e.published().toEpochMilli())
                .bind("title", e.title())
                .bind("summary", e.summary())
                .bind("body", e.bodyMarkdown())
                .bind("hash", e.sourceHash())
                .bind("note", note)
                .execute();
    }

    /** Newest first. */
    public List<Revision> list(String articleId, Lang lang) {
        return db.withHandle(h -> h.createQuery("select * from edition_revision where article_id = :id and lang = :lang"
                        + " order by revision desc")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .map(REVISION)
                .list());
    }

    public Optional<Revision> find(String articleId, Lang lang, int number) {
        return db.withHandle(h -> h.createQuery(
                        "select * from edition_revision where article_id = :id and lang = :lang" + " and revision = :n")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .bind("n", number)
                .map(REVISION)
                .findOne());
    }

    /** The newest revision whose text has {@code sourceHash}: what a translation was made from. */
    public Optional<Revision> findByHash(String articleId, Lang lang, String sourceHash) {
        return db.withHandle(h -> findByHash(h, articleId, lang, sourceHash));
    }

    /** As {@link #findByHash(String, Lang, String)}, inside the caller's transaction. */
    public Optional<Revision> findByHash(Handle h, String articleId, Lang lang, String sourceHash) {
        return h.createQuery("select * from edition_revision where article_id = :id and lang = :lang"
                        + " and source_hash = :hash order by revision desc limit 1")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .bind("hash", sourceHash)
                .map(REVISION)
                .findOne();
    }
}
