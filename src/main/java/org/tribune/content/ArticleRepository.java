package org.tribune.content;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/** Articles (translation groups) in SQL. */
public final class ArticleRepository {
    private final Database db;
    private final ContentChangeRepository changes;

    public ArticleRepository(Database db) {
        this.db = db;
        this.changes = new ContentChangeRepository(db);
    }

    /**
     * Creates the article, or widens its dates: an article was first published when its earliest
     * edition was, and updated when its latest edition was.
     */
    /** @param firstLang the edition that creates the article becomes its source; kept after that */
    public void upsert(
            Handle h, String id, Instant now, Instant published, Instant updated, Lang firstLang, String by) {
        h.createUpdate("""
                insert into article (id, created_at, published_at, updated_at, source_lang, created_by)
                values (:id, :now, :published, :updated, :sourceLang, :by)
                on conflict (id) do update set
                    published_at = case
                        when article.published_at is null then excluded.published_at
                        when excluded.published_at is not null and excluded.published_at < article.published_at
                            then excluded.published_at
                        else article.published_at end,
                    updated_at = case when excluded.updated_at > article.updated_at
                        then excluded.updated_at else article.updated_at end""")
                .bind("id", id)
                .bind("now", now)
                .bind("published", published)
                .bind("updated", updated)
                .bind("sourceLang", firstLang.tag())
                .bind("by", by)
                .execute();
    }

    public Optional<Article> find(String id) {
        return db.withHandle(h -> h.createQuery("select * from article where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Article(
                        rs.getString("id"),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, "published_at", ctx),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .findOne());
    }

    /**
     * Who started the article and in which language, and whether its unassigned editions are open
     * to every translator.
     *
     * @param sourceLang the language of the edition it was created with; English when not recorded
     */
    public record ArticleOrigin(Lang sourceLang, String createdBy, boolean openToTranslation) {}

    public Optional<ArticleOrigin> findOrigin(Handle h, String id) {
        return h.createQuery("select source_lang, created_by, open_to_translation from article where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> {
                    String sourceTag = rs.getString("source_lang");
                    return new ArticleOrigin(
                            sourceTag == null
                                    ? Lang.EN
                                    : Lang.fromTag(sourceTag).orElse(Lang.EN),
                            rs.getString("created_by"),
                            rs.getInt("open_to_translation") != 0);
                })
                .findOne();
    }

    public void updateOpenToTranslation(String id, boolean open) {
        db.useHandle(h -> h.createUpdate("update article set open_to_translation = :open where id = :id")
                .bind("open", open ? 1 : 0)
                .bind("id", id)
                .execute());
    }

    public boolean isEmpty() {
        return db.withHandle(h ->
                h.createQuery("select count(*) from article").mapTo(int.class).one() == 0);
    }

    /**
     * Records, in the writing transaction of {@code h}, that what readers or editors see changed:
     * the content version moves on and the change joins the outbox every node follows. The writer
     * calls {@link ContentStore#announceChange()} after the commit: this node's {@link
     * ContentChangeFeed} passes on only the changes other nodes made.
     */
    public void bumpContentVersion(Handle h) {
        changes.record(h);
    }

    /**
     * As {@link #bumpContentVersion(Handle)}, for a change to the names of the author or topic
     * {@code key} (an edit, or a merge into it): every node indexes the articles naming it again.
     */
    void bumpContentVersionForNames(Handle h, Taxonomy taxonomy, String key) {
        changes.record(h, Optional.of(new ContentChangeRepository.Renamed(taxonomy, key)));
    }

    /** A number that grows with every content write on any node; see {@code PageCache}. */
    public long contentVersion() {
        return db.withHandle(h -> h.createQuery("select version from content_version where id = 1")
                .mapTo(long.class)
                .one());
    }
}
