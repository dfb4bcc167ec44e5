package org.tribune.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/**
 * The newsroom dashboard's listing: articles, most recently changed first, with each edition's
 * state, filtered by a title search and by a state that any edition is in.
 */
public final class NewsroomOverview {
    public static final int PAGE_SIZE = 50;
    /** A translation is behind when the source's text moved on from the one it was made from. */
    private static final String BEHIND = """
            exists (select 1 from edition e join edition s on s.article_id = e.article_id
                        and s.lang = coalesce(a.source_lang, 'en')
                    where e.article_id = a.id and e.lang <> s.lang and e.origin = 'authored'
                      and e.based_on_hash is not null and e.based_on_hash <> s.source_hash)""";

    private final Database db;

    NewsroomOverview(Database db) {
        this.db = db;
    }

    /** What to list: {@code state} is a status code, {@code missing}, {@code behind} or empty for all. */
    public record Filter(String query, String state) {
        public Filter {
            query = query == null ? "" : query.strip();
            state = state == null ? "" : state.strip();
        }
    }

    public record Page(List<ArticleOverview> articles, int page, int total) {
        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** Page {@code page} (from 1) of the articles that pass {@code filter}. */
    public Page list(Filter filter, int page) {
        String where = where(filter);
        return db.withHandle(h -> {
            int total = bind(h.createQuery("select count(*) from article a where " + where), filter)
                    .mapTo(int.class).one();
            List<String[]> rows = bind(h.createQuery("select a.id, coalesce(a.source_lang, 'en') as source_lang "
                            + "from article a where " + where + " order by a.updated_at desc, a.id limit :limit offset :offset"),
                    filter)
                    .bind("limit", PAGE_SIZE).bind("offset", (Math.max(page, 1) - 1) * PAGE_SIZE)
                    .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("source_lang")})
                    .list();
            return new Page(overviews(h, rows), Math.max(page, 1), total);
        });
    }

    private static String where(Filter filter) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        if (!filter.query().isEmpty()) {
            clauses.add("exists (select 1 from edition t where t.article_id = a.id and lower(t.title) like :like escape '\\')");
        }
        switch (filter.state()) {
            case "" -> { }
            case "missing" -> clauses.add("(select count(*) from edition m where m.article_id = a.id) < 3");
            case "behind" -> clauses.add(BEHIND);
            default -> {
                EditionStatus.ofCode(filter.state());  // refuses unknown states
                clauses.add("exists (select 1 from edition f where f.article_id = a.id and f.status = :status)");
            }
        }
        return String.join(" and ", clauses);
    }

    private static org.jdbi.v3.core.statement.Query bind(org.jdbi.v3.core.statement.Query q, Filter filter) {
        if (!filter.query().isEmpty()) {
            String escaped = filter.query().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            q.bind("like", "%" + escaped + "%");
        }
        if (!filter.state().isEmpty() && !filter.state().equals("missing") && !filter.state().equals("behind")) {
            q.bind("status", filter.state());
        }
        return q;
    }

    private static List<ArticleOverview> overviews(Handle h, List<String[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> r[0]).toList();
        Map<String, List<EditionRow>> byArticle = new HashMap<>();
        h.createQuery("""
                        select e.article_id, e.lang, e.title, e.status, e.origin, e.published_at, e.updated_at,
                               e.source_hash, e.based_on_hash, r.saved_by, r.saved_at
                        from edition e left join edition_revision r on r.article_id = e.article_id and r.lang = e.lang
                            and r.revision = (select max(revision) from edition_revision x
                                              where x.article_id = e.article_id and x.lang = e.lang)
                        where e.article_id in (<ids>)""")
                .bindList("ids", ids)
                .map((rs, ctx) -> new EditionRow(rs.getString("article_id"), Lang.fromTag(rs.getString("lang")).orElseThrow(),
                        rs.getString("title"), EditionStatus.ofCode(rs.getString("status")),
                        EditionOrigin.ofCode(rs.getString("origin")), instant(rs.getObject("published_at")),
                        Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getString("source_hash"),
                        rs.getString("based_on_hash"), rs.getString("saved_by"), instant(rs.getObject("saved_at"))))
                .forEach(row -> byArticle.computeIfAbsent(row.articleId(), k -> new ArrayList<>()).add(row));
        Map<String, Map<Lang, String>> assigned = new HashMap<>();
        h.createQuery("select article_id, lang, username from translation_assignment where article_id in (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> new String[] {rs.getString("article_id"), rs.getString("lang"), rs.getString("username")})
                .forEach(a -> Lang.fromTag(a[1]).ifPresent(l -> assigned.computeIfAbsent(a[0], k -> new HashMap<>())
                        .put(l, a[2])));
        List<ArticleOverview> result = new ArrayList<>();
        for (String[] row : rows) {
            result.add(overview(row[0], Lang.fromTag(row[1]).orElse(Lang.EN), byArticle.getOrDefault(row[0], List.of()),
                    assigned.getOrDefault(row[0], Map.of())));
        }
        return result;
    }

    private static ArticleOverview overview(String id, Lang sourceLang, List<EditionRow> editions,
            Map<Lang, String> assignees) {
        EditionRow source = editions.stream().filter(e -> e.lang() == sourceLang).findFirst()
                .orElse(editions.isEmpty() ? null : editions.getFirst());
        List<EditionState> states = new ArrayList<>();
        Instant updated = null;
        for (EditionRow e : editions) {
            boolean behind = source != null && e != source && e.origin() == EditionOrigin.AUTHORED
                    && e.basedOnHash() != null && !e.basedOnHash().equals(source.sourceHash());
            Instant last = e.savedAt() != null ? e.savedAt() : e.updated();
            states.add(new EditionState(e.lang(), e.status(), e.origin(), behind, e.published(), last, e.savedBy(),
                    assignees.get(e.lang())));
            updated = updated == null || last.isAfter(updated) ? last : updated;
        }
        return new ArticleOverview(id, source == null ? id : source.title(), sourceLang, updated, states, assignees);
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }

    private record EditionRow(String articleId, Lang lang, String title, EditionStatus status, EditionOrigin origin,
            Instant published, Instant updated, String sourceHash, String basedOnHash, String savedBy, Instant savedAt) {}
}
