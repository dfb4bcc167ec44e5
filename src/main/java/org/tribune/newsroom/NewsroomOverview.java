package org.tribune.newsroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.tribune.content.EditionOrigin;
import org.tribune.content.EditionRepository;
import org.tribune.content.Lang;
import org.tribune.content.RevisionRepository;
import org.tribune.content.TranslationGapRepository;
import org.tribune.db.Database;
import org.tribune.newsroom.NewsroomOverviewRepository.EditionWithLastSave;
import org.tribune.newsroom.NewsroomOverviewRepository.ListedArticle;

/**
 * The newsroom dashboard's listing: articles, most recently changed first, with each edition's
 * state, filtered by a title search and by a state that any edition is in.
 */
public final class NewsroomOverview {
    public static final int PAGE_SIZE = 50;

    private final Database db;
    private final NewsroomOverviewRepository listing = new NewsroomOverviewRepository();
    private final TranslationAssignmentRepository assignments = new TranslationAssignmentRepository();
    private final TranslationGapRepository gapRepository = new TranslationGapRepository();
    private final TranslationGaps gaps;

    public NewsroomOverview(Database db) {
        this.db = db;
        this.gaps = new TranslationGaps(
                new EditionRepository(db), new RevisionRepository(db), new TranslationDeskRepository(db));
    }

    /** Which articles a person may see in the newsroom. */
    public enum Scope {
        /** Every article: editors and admins. */
        ALL,
        /** The articles the person started: authors. */
        STARTED,
        /** The articles with an edition the person may translate: assigned to them, or open and unassigned. */
        TRANSLATING
    }

    /** The person the listing is for. */
    public record Viewer(String username, Scope scope) {
        public static Viewer everything() {
            return new Viewer("", Scope.ALL);
        }
    }

    /**
     * What to list: {@code state} is a status code, {@code missing}, {@code behind} or empty for
     * all; only the articles {@code viewer} may see.
     */
    public record Filter(String query, String state, Viewer viewer) {
        public Filter {
            query = query == null ? "" : query.strip();
            state = state == null ? "" : state.strip();
            viewer = viewer == null ? Viewer.everything() : viewer;
        }

        public Filter(String query, String state) {
            this(query, state, Viewer.everything());
        }
    }

    public record Page(List<ArticleOverview> articles, int page, int total) {
        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /**
     * Page {@code page} (from 1) of the articles that pass {@code filter}.
     *
     * @throws IllegalArgumentException when the filter's state is not a status code, {@code missing} or {@code behind}
     */
    public Page list(Filter filter, int page) {
        int shown = Math.max(page, 1);
        return db.withHandle(h -> {
            int total = listing.count(h, filter);
            List<ListedArticle> articles = listing.list(h, filter, PAGE_SIZE, (shown - 1) * PAGE_SIZE);
            return new Page(overviews(h, articles, filter.viewer()), shown, total);
        });
    }

    private List<ArticleOverview> overviews(Handle h, List<ListedArticle> articles, Viewer viewer) {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<String> ids = articles.stream().map(ListedArticle::id).toList();
        Map<String, List<EditionWithLastSave>> byArticle = new HashMap<>();
        listing.listEditions(h, ids).forEach(row -> byArticle
                .computeIfAbsent(row.articleId(), k -> new ArrayList<>())
                .add(row));
        Map<String, Map<Lang, String>> assigned = new HashMap<>();
        assignments.listForArticles(h, ids).forEach(a -> assigned.computeIfAbsent(a.articleId(), k -> new HashMap<>())
                .put(a.lang(), a.username()));
        Map<String, Map<Lang, List<Integer>>> untranslated = gapRepository.untranslated(h, ids);
        List<ArticleOverview> result = new ArrayList<>();
        for (ListedArticle article : articles) {
            result.add(overview(
                    h,
                    article,
                    viewer,
                    article.id(),
                    article.sourceLang(),
                    byArticle.getOrDefault(article.id(), List.of()),
                    assigned.getOrDefault(article.id(), Map.of()),
                    untranslated.getOrDefault(article.id(), Map.of())));
        }
        return result;
    }

    private ArticleOverview overview(
            Handle h,
            ListedArticle listed,
            Viewer viewer,
            String id,
            Lang sourceLang,
            List<EditionWithLastSave> editions,
            Map<Lang, String> assignees,
            Map<Lang, List<Integer>> untranslated) {
        EditionWithLastSave source = editions.stream()
                .filter(e -> e.lang() == sourceLang)
                .findFirst()
                .orElse(editions.isEmpty() ? null : editions.getFirst());
        List<EditionState> states = new ArrayList<>();
        Instant updated = null;
        for (EditionWithLastSave e : editions) {
            boolean behind = source != null
                    && e != source
                    && e.origin() == EditionOrigin.AUTHORED
                    && e.basedOnHash() != null
                    && !e.basedOnHash().equals(source.sourceHash());
            Instant last = e.savedAt() != null ? e.savedAt() : e.updated();
            states.add(new EditionState(
                    e.lang(),
                    e.status(),
                    e.origin(),
                    behind,
                    e.published(),
                    last,
                    e.savedBy(),
                    assignees.get(e.lang()),
                    new TranslationGap(
                            untranslated.getOrDefault(e.lang(), List.of()),
                            behind ? gaps.behindBlocks(h, id, e.lang(), source.lang(), e.basedOnHash()) : 0)));
            updated = updated == null || last.isAfter(updated) ? last : updated;
        }
        return new ArticleOverview(
                id,
                source == null ? id : source.title(),
                sourceLang,
                updated,
                states,
                assignees,
                hidden(listed, viewer, assignees));
    }

    /** The editions a translator may not see: not the source, and neither given to them nor free to take. */
    private static Set<Lang> hidden(ListedArticle article, Viewer viewer, Map<Lang, String> assignees) {
        Set<Lang> hidden = EnumSet.noneOf(Lang.class);
        if (viewer.scope() == Scope.TRANSLATING) {
            for (Lang lang : Lang.values()) {
                String assignee = assignees.get(lang);
                boolean mine = viewer.username().equals(assignee) || (assignee == null && article.openToTranslation());
                if (lang != article.sourceLang() && !mine) {
                    hidden.add(lang);
                }
            }
        }
        return hidden;
    }
}
