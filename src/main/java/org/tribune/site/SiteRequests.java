package org.tribune.site;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tribune.content.ContentService;
import org.tribune.content.EditionTeaser;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.web.LayoutFactory;
import org.tribune.web.Messages;
import org.tribune.web.PageCache;
import org.tribune.web.PageNotFound;
import org.tribune.web.PageRequest;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;
import org.tribune.web.Templates;

/** What every public page handler shares: reading the address, rendering and caching. */
final class SiteRequests {
    private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]{0,5}");

    final ContentService content;
    final LayoutFactory layouts;
    private final Templates templates;
    private final PageCache cache;

    SiteRequests(ContentService content, Templates templates, PageCache cache, LayoutFactory layouts) {
        this.content = content;
        this.templates = templates;
        this.cache = cache;
        this.layouts = layouts;
    }

    /** The language named by the address's first segment; any other segment is a 404. */
    Lang lang(PageRequest request) {
        return Lang.fromPathSegment(request.pathParam("lang"))
                .orElseThrow(() -> new PageNotFound(null, "no language " + request.pathParam("lang")));
    }

    /** The page number of a {@code /page/{n}} address: 2 or more, since page 1 has no number. */
    int pageNumber(PageRequest request, Lang lang) {
        String n = request.pathParam("n");
        if (!PAGE_NUMBER.matcher(n).matches() || n.equals("1")) {
            throw new PageNotFound(lang, "no page " + n);
        }
        return Integer.parseInt(n);
    }

    /** The cached page for this address, rendering it first when needed. */
    RenderedPage cached(PageRequest request, Supplier<RenderedPage> render) {
        return cache.get(request.path(), render);
    }

    /**
     * The cached page for this address; when absent, {@code render} makes it together with the
     * pages of other addresses drawn from the same reading (keyed by address), and all are kept.
     */
    RenderedPage cachedTogether(PageRequest request, Supplier<Map<String, RenderedPage>> render) {
        return cache.getMadeTogether(request.path(), render);
    }

    /** Like {@link #cached(PageRequest, Supplier)}, for pages whose address alone does not name them (search results). */
    RenderedPage cached(String key, Supplier<RenderedPage> render) {
        return cache.get(key, render);
    }

    /** Changes whenever cached pages are dropped, as content changes ({@link PageCache#generation()}). */
    long cacheGeneration() {
        return cache.generation();
    }

    RenderedPage render(String template, Object page) {
        return RenderedPage.html(200, templates.render(template, page));
    }

    TeaserView teaser(EditionTeaser t) {
        Messages m = Messages.of(t.lang());
        return new TeaserView(
                t.title(),
                SitePaths.article(t.lang(), t.articleId()),
                t.summary(),
                m.date(t.published()),
                t.published().toString(),
                authorLinks(t.lang(), t.authors()),
                t.image() == null ? null : PictureView.thumbnail(t.image(), t.lang()));
    }

    static List<Link> authorLinks(Lang lang, List<Named> authors) {
        return authors.stream()
                .map(a -> new Link(a.name(), SitePaths.author(lang, a.key(), 1)))
                .toList();
    }

    static List<Link> topicLinks(Lang lang, List<Named> topics) {
        return topics.stream()
                .map(t -> new Link(t.name(), SitePaths.topic(lang, t.key(), 1)))
                .toList();
    }
}
