package org.tribune.newsroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.tribune.content.EditionOrigin;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.newsroom.NewsroomOverview.Filter;

/** The newsroom dashboard's listing in SQL: which articles pass a filter, and their editions' state. */
final class NewsroomOverviewRepository {
    /** A translation is behind when the source's text moved on from the one it was made from. */
    private static final String BEHIND = """
            exists (select 1 from edition e join edition s on s.article_id = e.article_id
                        and s.lang = coalesce(a.source_lang, 'en')
                    where e.article_id = a.id and e.lang <> s.lang and e.origin = 'authored'
                      and e.based_on_hash is not null and e.based_on_hash <> s.source_hash)""";

    /**
     * A translator may translate one of the article's editions: one other than the source is
     * assigned to them, or, the article being open to translation, one of the two is assigned to nobody.
     */
    private static final String TRANSLATABLE = """
            (exists (select 1 from translation_assignment ta where ta.article_id = a.id and ta.username = :viewer
                         and ta.lang <> coalesce(a.source_lang, 'en'))
             or (a.open_to_translation <> 0
                 and (select count(*) from translation_assignment tb where tb.article_id = a.id
                         and tb.lang <> coalesce(a.source_lang, 'en')) < 2))""";

    /**
     * An article listed, with the language of its source edition (English when not recorded) and
     * whether any translator may take its unassigned editions.
     */
    record ListedArticle(String id, Lang sourceLang, boolean openToTranslation) {}

    /** An edition's state with who saved its latest revision, and when (null without revisions). */
    record EditionWithLastSave(
            String articleId,
            Lang lang,
            String title,
            EditionStatus status,
            EditionOrigin origin,
            Instant published,
            Instant updated,
            String sourceHash,
            String basedOnHash,
            String savedBy,
            Instant savedAt) {}

    /**
     * How many articles pass {@code filter}.
     *
     * @throws IllegalArgumentException when the filter's state is not a status code, {@code missing} or {@code behind}
     */
    int count(Handle h, Filter filter) {
        return bind(h.createQuery("select count(*) from article a where " + where(filter)), filter)
                .mapTo(int.class)
                .one();
    }

    /** The articles that pass {@code filter}, most recently changed first. */
    List<ListedArticle> list(Handle h, Filter filter, int limit, int offset) {
        return bind(
                        h.createQuery(
                                "select a.id, coalesce(a.source_lang, 'en') as source_lang, a.open_to_translation "
                                        + "from article a where " + where(filter)
                                        + " order by a.updated_at desc, a.id limit :limit offset :offset"),
                        filter)
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new ListedArticle(
                        rs.getString("id"),
                        Lang.fromTag(rs.getString("source_lang")).orElse(Lang.EN),
                        rs.getInt("open_to_translation") != 0))
                .list();
    }

    /** Every edition of the articles {@code ids}, each with its latest revision's saver and time. */
    List<EditionWithLastSave> listEditions(Handle h, List<String> ids) {
        return h.createQuery("""
                        select e.article_id, e.lang, e.title, e.status, e.origin, e.published_at, e.updated_at,
                               e.source_hash, e.based_on_hash, r.saved_by, r.saved_at
                        from edition e left join edition_revision r on r.article_id = e.article_id and r.lang = e.lang
                            and r.revision = (select max(revision) from edition_revision x
                                              where x.article_id = e.article_id and x.lang = e.lang)
                        where e.article_id in (<ids>)""")
                .bindList("ids", ids)
                .map((rs, ctx) -> new EditionWithLastSave(
                        rs.getString("article_id"),
                        Lang.fromTag(rs.getString("lang")).orElseThrow(),
                        rs.getString("title"),
                        EditionStatus.ofCode(rs.getString("status")),
                        EditionOrigin.ofCode(rs.getString("origin")),
                        instant(rs.getObject("published_at")),
                        Instant.ofEpochMilli(rs.getLong("updated_at")),
                        rs.getString("source_hash"),
                        rs.getString("based_on_hash"),
                        rs.getString("saved_by"),
                        instant(rs.getObject("saved_at"))))
                .list();
    }

    private static String where(Filter filter) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        if (!filter.query().isEmpty()) {
            clauses.add(
                    "exists (select 1 from edition t where t.article_id = a.id and lower(t.title) like :like escape '\\')");
        }
        switch (filter.viewer().scope()) {
            case ALL -> {}
            case STARTED -> clauses.add("a.created_by = :viewer");
            case TRANSLATING -> clauses.add(TRANSLATABLE);
        }
        switch (filter.state()) {
            case "" -> {}
            case "missing" -> clauses.add("(select count(*) from edition m where m.article_id = a.id) < 3");
            case "behind" -> clauses.add(BEHIND);
            default -> {
                EditionStatus.ofCode(filter.state()); // refuses unknown states
                clauses.add("exists (select 1 from edition f where f.article_id = a.id and f.status = :status)");
            }
        }
        return String.join(" and ", clauses);
    }

    private static Query bind(Query q, Filter filter) {
        if (filter.viewer().scope() != NewsroomOverview.Scope.ALL) {
            q.bind("viewer", filter.viewer().username());
        }
        if (!filter.query().isEmpty()) {
            String escaped = filter.query()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            q.bind("like", "%" + escaped + "%");
        }
        if (!filter.state().isEmpty()
                && !filter.state().equals("missing")
                && !filter.state().equals("behind")) {
            q.bind("status", filter.state());
        }
        return q;
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
