package org.tribune.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.tribune.db.Database;

/** Editions in SQL. Reader-facing queries see only what is published by {@code now}. */
public final class EditionRepository {
    static final String PUBLISHED = "e.status = 'published' and e.published_at <= :now";

    private final Database db;

    public EditionRepository(Database db) {
        this.db = db;
    }

    public void upsert(Handle h, Edition e) {
        h.createUpdate("""
                insert into edition (article_id, lang, title, summary, body_markdown, body_html, status, origin,
                                     published_at, updated_at, source_hash, based_on_hash, derived_with)
                values (:articleId, :lang, :title, :summary, :bodyMarkdown, :bodyHtml, :status, :origin,
                        :published, :updated, :sourceHash, :basedOnHash, :derivedWith)
                on conflict (article_id, lang) do update set
                    title = excluded.title, summary = excluded.summary, body_markdown = excluded.body_markdown,
                    body_html = excluded.body_html, status = excluded.status, origin = excluded.origin,
                    published_at = excluded.published_at, updated_at = excluded.updated_at,
                    source_hash = excluded.source_hash, based_on_hash = excluded.based_on_hash,
                    derived_with = excluded.derived_with""")
                .bind("articleId", e.articleId())
                .bind("lang", e.lang().tag())
                .bind("title", e.title())
                .bind("summary", e.summary())
                .bind("bodyMarkdown", e.bodyMarkdown())
                .bind("bodyHtml", e.bodyHtml())
                .bind("status", e.status().code())
                .bind("origin", e.origin().code())
                .bind("published", e.published())
                .bind("updated", e.updated())
                .bind("sourceHash", e.sourceHash())
                .bind("basedOnHash", e.basedOnHash())
                .bind("derivedWith", e.derivedWith())
                .execute();
    }

    /**
     * Articles readers can see now (in {@code lang}, or in any language when null), newest first,
     * continuing after {@code after} when given.
     */
    List<ArticleRef> publishedArticles(Lang lang, Instant now, ArticleRef after, int limit) {
        String sql = "select e.article_id, min(e.published_at) as first_published from edition e where " + PUBLISHED
                + (lang == null ? "" : " and e.lang = :lang")
                + " group by e.article_id"
                + (after == null
                        ? ""
                        : " having min(e.published_at) < :afterTime"
                                + " or (min(e.published_at) = :afterTime and e.article_id > :afterId)")
                + " order by first_published desc, e.article_id limit :limit";
        return db.withHandle(h -> {
            var query = h.createQuery(sql).bind("now", now).bind("limit", limit);
            if (lang != null) {
                query.bind("lang", lang.tag());
            }
            if (after != null) {
                query.bind("afterTime", after.firstPublished()).bind("afterId", after.id());
            }
            return query.map((rs, ctx) -> new ArticleRef(
                            rs.getString("article_id"), Instant.ofEpochMilli(rs.getLong("first_published"))))
                    .list();
        });
    }

    /** The published original of {@code translation} when its text moved on from the one translated. */
    Optional<OriginalUpdate> originalUpdatedSince(Edition translation, Instant now) {
        return db.withHandle(h -> h.createQuery("select e.lang, e.updated_at from article a"
                        + " join edition e on e.article_id = a.id and e.lang = coalesce(a.source_lang, 'en')"
                        + " where a.id = :id and e.lang <> :lang and e.source_hash <> :hash and " + PUBLISHED)
                .bind("id", translation.articleId())
                .bind("lang", translation.lang().tag())
                .bind("hash", translation.basedOnHash())
                .bind("now", now)
                .map((rs, ctx) -> new OriginalUpdate(
                        Lang.fromTag(rs.getString("lang")).orElseThrow(),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .findOne());
    }

    /** The current hash of the edition {@code lang} is translated from; empty for the source itself. */
    public Optional<String> sourceHash(Handle h, String articleId, Lang lang) {
        return h.createQuery("select s.source_hash from article a"
                        + " join edition s on s.article_id = a.id and s.lang = coalesce(a.source_lang, 'en')"
                        + " where a.id = :id and s.lang <> :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .mapTo(String.class)
                .findOne();
    }

    public Optional<Edition> find(Handle h, String articleId, Lang lang) {
        return h.createQuery("select * from edition where article_id = :id and lang = :lang")
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .map(EditionRepository::edition)
                .findOne();
    }

    public Optional<Edition> find(String articleId, Lang lang) {
        return db.withHandle(h -> find(h, articleId, lang));
    }

    public Optional<Edition> findPublished(String articleId, Lang lang, Instant now) {
        return publishedEditions(List.of(articleId), lang, now).stream().findFirst();
    }

    /**
     * Scheduled editions due by {@code now}, claimed for the transaction of {@code h} by their
     * articles: until it ends, another node's transaction neither gets nor waits for the editions of
     * those articles, and once it commits they are no longer scheduled. Of several nodes publishing
     * at once, each edition goes to one. Claiming whole articles, not editions, keeps two nodes from
     * locking rows of one article in opposite orders (a publication also writes the article's row
     * and its derived edition).
     *
     * @param maxArticles how many articles to claim at most; the rest stay for a later transaction
     */
    public List<Edition> claimScheduledDue(Handle h, Instant now, int maxArticles) {
        List<String> claimed = h.createQuery("select id from article where id in"
                        + " (select article_id from edition where status = 'scheduled' and published_at <= :now)"
                        + " order by id limit :max" + db.sql().claimingRows())
                .bind("now", now.toEpochMilli())
                .bind("max", maxArticles)
                .mapTo(String.class)
                .list();
        if (claimed.isEmpty()) {
            return List.of();
        }
        // A statement of its own: it sees what a node that held these articles until now committed.
        return h.createQuery("select * from edition where status = 'scheduled' and published_at <= :now"
                        + " and article_id in (<claimed>) order by article_id, lang")
                .bind("now", now.toEpochMilli())
                .bindList("claimed", claimed)
                .map(EditionRepository::edition)
                .list();
    }

    /** Every article with an edition in {@code lang}, whatever its status. */
    List<String> articlesIn(Handle h, Lang lang) {
        return h.createQuery("select article_id from edition where lang = :lang order by article_id")
                .bind("lang", lang.tag())
                .mapTo(String.class)
                .list();
    }

    /** Articles whose Traditional edition was derived with another configuration than {@code config}. */
    List<String> articlesDerivedOtherThan(Handle h, String config) {
        return h.createQuery("select article_id from edition where lang = :lang and derived_with is not null"
                        + " and derived_with <> :config order by article_id")
                .bind("lang", Lang.ZH_HANT.tag())
                .bind("config", config)
                .mapTo(String.class)
                .list();
    }

    /** The languages in which an article can be read now. */
    public Set<Lang> publishedLangs(String articleId, Instant now) {
        return publishedLangs(List.of(articleId), now).getOrDefault(articleId, EnumSet.noneOf(Lang.class));
    }

    /**
     * Every edition readers can see now, without text, in slug order so that the editions of one
     * article come together.
     */
    public List<EditionStamp> listPublishedStamps(Instant now) {
        String sql = "select e.article_id, e.lang, e.published_at, e.updated_at, e.source_hash from edition e where "
                + PUBLISHED + " order by e.article_id, e.lang";
        return db.withHandle(h -> h.createQuery(sql)
                .bind("now", now)
                .map((rs, ctx) -> new EditionStamp(
                        rs.getString("article_id"),
                        Lang.fromTag(rs.getString("lang")).orElseThrow(),
                        Instant.ofEpochMilli(rs.getLong("published_at")),
                        Instant.ofEpochMilli(rs.getLong("updated_at")),
                        rs.getString("source_hash")))
                .list());
    }

    /** When the next edition marked published but dated after {@code now} comes into view. */
    public Optional<Instant> nextPublication(Instant now) {
        return db.withHandle(h -> h.createQuery("select e.published_at from edition e where e.status = 'published'"
                        + " and e.published_at > :now order by e.published_at limit 1")
                .bind("now", now)
                .map((rs, ctx) -> Instant.ofEpochMilli(rs.getLong(1)))
                .findOne());
    }

    /** A page of a listing, newest first, without bylines (the service adds them). */
    public List<EditionTeaser> list(Listing listing, Lang lang, Instant now, int limit, int offset) {
        // The page's keys first, from indexes alone; the rows themselves only for the page shown.
        String sql = "select shown.article_id, shown.lang, shown.title, shown.summary, shown.published_at from (select"
                + " e.article_id" + fromWhere(listing) + " order by e.published_at desc, e.article_id"
                + " limit :limit offset :offset) page cross join edition shown"
                + " where shown.article_id = page.article_id and shown.lang = :lang"
                + " order by shown.published_at desc, shown.article_id";
        return db.withHandle(h -> bindListing(h.createQuery(sql), listing, lang, now)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> teaser(rs))
                .list());
    }

    /** Every article a listing shows, in the order of its pages ({@link #list}), ids only. */
    List<String> listedIds(Listing listing, Lang lang, Instant now) {
        String sql = "select e.article_id" + fromWhere(listing) + " order by e.published_at desc, e.article_id";
        return db.withHandle(h -> bindListing(h.createQuery(sql), listing, lang, now)
                .mapTo(String.class)
                .list());
    }

    public int count(Listing listing, Lang lang, Instant now) {
        String sql = "select count(*)" + fromWhere(listing);
        return db.withHandle(h -> bindListing(h.createQuery(sql), listing, lang, now)
                .mapTo(int.class)
                .one());
    }

    /**
     * The listing's editions. A topic's or author's listing starts from its few articles: left to
     * choose, SQLite (without statistics) walks every edition of the language and probes each one,
     * which grows with the whole site rather than the listing; the cross join keeps the cheap order.
     */
    private static String fromWhere(Listing listing) {
        String from =
                switch (listing) {
                    case Listing.All all -> " from edition e where";
                    case Listing.ByTopic byTopic ->
                        " from article_topic t cross join edition e where t.topic_key = :key and e.article_id = t.article_id and";
                    case Listing.ByAuthor byAuthor ->
                        " from article_author a cross join edition e where a.author_key = :key and e.article_id = a.article_id and";
                    case Listing.InMonth inMonth -> " from edition e where";
                };
        String range =
                listing instanceof Listing.InMonth ? " and e.published_at >= :from and e.published_at < :to" : "";
        return from + " e.lang = :lang and " + PUBLISHED + range;
    }

    private static Query bindListing(Query query, Listing listing, Lang lang, Instant now) {
        query.bind("lang", lang.tag()).bind("now", now);
        switch (listing) {
            case Listing.All all -> {}
            case Listing.ByTopic byTopic -> query.bind("key", byTopic.topicKey());
            case Listing.ByAuthor byAuthor -> query.bind("key", byAuthor.authorKey());
            case Listing.InMonth inMonth ->
                query.bind("from", startOf(inMonth.month()))
                        .bind("to", startOf(inMonth.month().plusMonths(1)));
        }
        return query;
    }

    private static Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /**
     * Other published editions in {@code lang} that share a topic with the article, those sharing
     * the most topics first, then the newest.
     */
    public List<EditionTeaser> sharingTopics(String articleId, Lang lang, Instant now, int limit) {
        // Counting shared topics first keeps the work proportional to the article's neighbours, not
        // to the whole language; ranking them on the edition_visibility index alone means only the
        // chosen few rows are read. Cross joins tell SQLite to keep that order.
        String sql = """
                with shared as materialized (
                    select theirs.article_id, count(*) as n
                    from article_topic mine
                    join article_topic theirs on theirs.topic_key = mine.topic_key
                    where mine.article_id = :id and theirs.article_id <> :id
                    group by theirs.article_id),
                ranked as materialized (
                    select s.article_id, s.n, e.published_at
                    from shared s cross join edition e
                    where e.article_id = s.article_id and e.lang = :lang and %s
                    order by s.n desc, e.published_at desc, s.article_id
                    limit :limit)
                select e.article_id, e.lang, e.title, e.summary, e.published_at
                from ranked r cross join edition e
                where e.article_id = r.article_id and e.lang = :lang
                order by r.n desc, r.published_at desc, r.article_id""".formatted(PUBLISHED);
        return db.withHandle(h -> h.createQuery(sql)
                .bind("id", articleId)
                .bind("lang", lang.tag())
                .bind("now", now)
                .bind("limit", limit)
                .map((rs, ctx) -> teaser(rs))
                .list());
    }

    /**
     * The editions in {@code lang} readers can see now of the articles {@code ids}, in the order of
     * {@code ids}; articles without one are left out.
     */
    public List<EditionTeaser> published(List<String> ids, Lang lang, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = "select e.article_id, e.lang, e.title, e.summary, e.published_at from edition e"
                + " where e.article_id in (<ids>) and e.lang = :lang and " + PUBLISHED;
        var found = db.withHandle(h -> h.createQuery(sql)
                .bindList("ids", List.copyOf(ids))
                .bind("lang", lang.tag())
                .bind("now", now)
                .map((rs, ctx) -> teaser(rs))
                .collectToMap(EditionTeaser::articleId, t -> t));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Whole editions of the given articles in {@code lang} that readers can see now, in the order of {@code ids}. */
    public List<Edition> publishedEditions(List<String> ids, Lang lang, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = db.withHandle(h -> h.createQuery("select * from edition e where e.article_id in (<ids>)"
                        + " and e.lang = :lang and " + PUBLISHED)
                .bindList("ids", List.copyOf(ids))
                .bind("lang", lang.tag())
                .bind("now", now)
                .map(EditionRepository::edition)
                .collectToMap(Edition::articleId, e -> e));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The languages in which each of the given articles can be read now. */
    public Map<String, Set<Lang>> publishedLangs(List<String> ids, Instant now) {
        Map<String, Set<Lang>> langs = new HashMap<>();
        if (ids.isEmpty()) {
            return langs;
        }
        db.useHandle(h -> h.createQuery(
                        "select e.article_id, e.lang from edition e where e.article_id in (<ids>) and " + PUBLISHED)
                .bindList("ids", List.copyOf(ids))
                .bind("now", now)
                .map((rs, ctx) -> Map.entry(rs.getString("article_id"), rs.getString("lang")))
                .forEach(row -> Lang.fromTag(row.getValue())
                        .ifPresent(lang -> langs.computeIfAbsent(row.getKey(), id -> EnumSet.noneOf(Lang.class))
                                .add(lang))));
        return langs;
    }

    /** Months with published editions in {@code lang}, newest first. */
    public List<MonthCount> months(Lang lang, Instant now) {
        String month = db.sql().yearMonth("e.published_at");
        String sql = "select " + month + " as ym, count(*) as n from edition e where e.lang = :lang and " + PUBLISHED
                + " group by ym order by ym desc";
        return db.withHandle(h -> h.createQuery(sql)
                .bind("lang", lang.tag())
                .bind("now", now)
                .map((rs, ctx) -> new MonthCount(YearMonth.parse(rs.getString("ym")), rs.getInt("n")))
                .list());
    }

    private static EditionTeaser teaser(ResultSet rs) throws SQLException {
        return new EditionTeaser(
                rs.getString("article_id"),
                Lang.fromTag(rs.getString("lang")).orElseThrow(),
                rs.getString("title"),
                rs.getString("summary"),
                Instant.ofEpochMilli(rs.getLong("published_at")),
                List.of());
    }

    static Edition edition(ResultSet rs, StatementContext ctx) throws SQLException {
        long published = rs.getLong("published_at");
        Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
        return new Edition(
                rs.getString("article_id"),
                Lang.fromTag(rs.getString("lang")).orElseThrow(),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body_markdown"),
                rs.getString("body_html"),
                EditionStatus.ofCode(rs.getString("status")),
                EditionOrigin.ofCode(rs.getString("origin")),
                publishedAt,
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getString("source_hash"),
                rs.getString("based_on_hash"),
                rs.getString("derived_with"));
    }
}
