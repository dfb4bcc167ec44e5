package org.tribune.site;

import io.javalin.http.BadRequestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.search.SearchFilter;
import org.tribune.search.SearchHit;
import org.tribune.search.SearchIndex;
import org.tribune.search.SearchQuery;
import org.tribune.search.SearchResults;
import org.tribune.web.Layout;
import org.tribune.web.Messages;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.PageRoute;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;

/**
 * {@code /{lang}/search?q=…&page=N}: the editions of one language matching the reader's words.
 * Any query gets a normal page; only an absurdly long one is refused. Result pages are cached by
 * language, page and cleaned query, and dropped when content changes and again when the index
 * has caught up, so a repeated query costs no search.
 */
final class SearchPages {
    static final int PAGE_SIZE = 10;
    /** Beyond this the request is not a reader typing: 400. Shorter queries are cut, not refused. */
    static final int ABSURD_QUERY_CHARS = 2_000;

    private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,2}");

    private final SiteRequests site;
    private final SearchIndex index;
    private final SearchFilterChoices filterChoices;

    SearchPages(SiteRequests site, SearchIndex index) {
        this.site = site;
        this.index = index;
        this.filterChoices = new SearchFilterChoices(site.content, site::cacheGeneration);
    }

    List<PageRoute> pages() {
        return List.of(new PageRoute("/{lang}/search", this::search));
    }

    private RenderedPage search(PageRequest request) {
        Lang lang = site.lang(request);
        String raw = request.queryParam("q");
        if (raw != null && raw.length() > ABSURD_QUERY_CHARS) {
            throw new BadRequestResponse("search query of " + raw.length() + " characters");
        }
        int page = page(request.queryParam("page"));
        SearchFilter filter =
                SearchFilter.of(request.queryParam("topic"), request.queryParam("author"), request.queryParam("year"));
        if (index.rebuilding()) {
            // Each commit of the rebuild finds more: not a page to keep.
            return resultPage(lang, raw, page, filter, true);
        }
        String key = "search " + lang.tag() + " " + page + " " + filter + " " + SearchQuery.clean(raw);
        return site.cached(key, () -> resultPage(lang, raw, page, filter, false));
    }

    private RenderedPage resultPage(Lang lang, String raw, int page, SearchFilter filter, boolean rebuilding) {
        SearchResults results = index.search(lang, raw, page, PAGE_SIZE, filter);
        if (page > 1 && results.hits().isEmpty() && !rebuilding) {
            throw new PageNotFound(lang, "no search results page " + page);
        }
        return render(lang, results, filter, rebuilding).withHeader("X-Robots-Tag", "noindex");
    }

    private static int page(String value) {
        if (value == null || value.isEmpty()) {
            return 1;
        }
        if (!PAGE.matcher(value).matches()) {
            throw new BadRequestResponse("search page " + value);
        }
        return Integer.parseInt(value);
    }

    /** Page {@code page} of the results for {@code query}, with the filters kept. */
    static String searchPath(Lang lang, String query, int page, SearchFilter filter) {
        StringBuilder path = new StringBuilder(SitePaths.search(lang, query, page));
        if (filter.topic() != null) {
            path.append("&topic=").append(filter.topic());
        }
        if (filter.author() != null) {
            path.append("&author=").append(filter.author());
        }
        if (filter.year() != null) {
            path.append("&year=").append(filter.year());
        }
        return path.toString();
    }

    /** @param rebuilding the index is being filled: say so, and never that nothing matches */
    private RenderedPage render(Lang lang, SearchResults r, SearchFilter filter, boolean rebuilding) {
        Messages m = Messages.of(lang);
        String q = r.query();
        boolean asked = !q.isEmpty();
        String pageLabel = r.pageCount() > 1 ? m.get("pagination.page", r.page(), r.pageCount()) : null;
        String title = asked ? m.get("search.heading", q) : m.get("search.title");
        // The language switch leads to the same search (page 1: each language has its own number of pages).
        Layout layout = site.layouts.build(
                lang,
                pageLabel == null ? title : title + " · " + pageLabel,
                m.get("description.search"),
                Set.of(Lang.values()),
                other -> asked || !filter.isEmpty() ? searchPath(other, q, 1, filter) : SitePaths.search(other));
        Map<String, List<Named>> bylines =
                site.content.bylines(r.hits().stream().map(SearchHit::articleId).toList(), lang);
        boolean nothingFound = asked && r.total() == 0;
        var page = new SearchPage(
                layout,
                q,
                asked ? title : null,
                asked && !(rebuilding && nothingFound) ? count(m, r) : null,
                rebuilding ? m.get("search.rebuilding") : null,
                r.hits().stream()
                        .map(hit -> result(m, hit, bylines.getOrDefault(hit.articleId(), List.of())))
                        .toList(),
                nothingFound && !rebuilding ? m.get("search.none", q) : null,
                r.hasPrevious() ? searchPath(lang, q, r.page() - 1, filter) : null,
                r.hasNext() ? searchPath(lang, q, r.page() + 1, filter) : null,
                pageLabel,
                filterChoices.of(lang, filter, filter.isEmpty() ? null : SitePaths.search(lang, q, 1)),
                nothingFound && !rebuilding ? elsewhere(lang, q, m) : List.of());
        return site.render("site/search.jte", page);
    }

    /** "12 results", or "More than 1,000 results" where the search stopped counting. */
    static String count(Messages m, SearchResults r) {
        return m.get(r.totalExact() ? "search.count" : "search.count.more", r.total());
    }

    /** The same words searched in the other languages, where they find something. */
    private List<Link> elsewhere(Lang lang, String q, Messages m) {
        List<Link> links = new ArrayList<>();
        for (Lang other : Lang.values()) {
            if (other == lang) {
                continue;
            }
            int total = index.count(other, q);
            if (total > 0) {
                links.add(new Link(
                        m.get("search.elsewhere", total, m.get("language." + other.tag())),
                        SitePaths.search(other, q, 1)));
            }
        }
        return links;
    }

    private static SearchPage.Result result(Messages m, SearchHit hit, List<Named> authors) {
        return new SearchPage.Result(
                hit.titleHtml(),
                SitePaths.article(hit.lang(), hit.articleId()),
                hit.snippetHtml(),
                m.date(hit.published()),
                hit.published().toString(),
                SiteRequests.authorLinks(hit.lang(), authors));
    }
}
