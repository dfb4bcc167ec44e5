package org.tribune.site;

import io.javalin.http.Context;
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
import org.tribune.web.PageResponder;
import org.tribune.web.RenderedPage;
import org.tribune.web.SitePaths;
import org.tribune.web.Templates;

/** What every public page handler shares: reading the address, rendering, caching and sending. */
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
    Lang lang(Context ctx) {
        return Lang.fromPathSegment(ctx.pathParam("lang"))
                .orElseThrow(() -> new PageNotFound(null, "no language " + ctx.pathParam("lang")));
    }

    /** The page number of a {@code /page/{n}} address: 2 or more, since page 1 has no number. */
    int pageNumber(Context ctx, Lang lang) {
        String n = ctx.pathParam("n");
        if (!PAGE_NUMBER.matcher(n).matches() || n.equals("1")) {
            throw new PageNotFound(lang, "no page " + n);
        }
        return Integer.parseInt(n);
    }

    /** Sends the cached page for this address, rendering it first when needed. */
    void serve(Context ctx, Supplier<RenderedPage> render) {
        PageResponder.send(ctx, cache.get(ctx.path(), render));
    }

    /** Like {@link #serve}, for pages whose address alone does not name them (search results). */
    void serve(Context ctx, String key, Supplier<RenderedPage> render) {
        PageResponder.send(ctx, cache.get(key, render));
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
        return new TeaserView(t.title(), SitePaths.article(t.lang(), t.articleId()), t.summary(), m.date(t.published()),
                t.published().toString(), authorLinks(t.lang(), t.authors()));
    }

    static java.util.List<Link> authorLinks(Lang lang, java.util.List<Named> authors) {
        return authors.stream().map(a -> new Link(a.name(), SitePaths.author(lang, a.key(), 1))).toList();
    }

    static java.util.List<Link> topicLinks(Lang lang, java.util.List<Named> topics) {
        return topics.stream().map(t -> new Link(t.name(), SitePaths.topic(lang, t.key(), 1))).toList();
    }
}
