package org.tribune.site;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import org.tribune.content.ContentService;
import org.tribune.search.SearchIndex;
import org.tribune.web.LayoutFactory;
import org.tribune.web.PageCache;
import org.tribune.web.PageRoute;
import org.tribune.web.Templates;

/** The reader-facing site: every public HTML page, as routes of the public page table ({@link PublicPages}). */
public final class PublicSite {
    private final HomePages home;
    private final ArticlePages articles;
    private final SideBySidePages sideBySide;
    private final ClassificationPages topics;
    private final ClassificationPages authors;
    private final ArchivePages archive;
    private final SearchPages search;

    public PublicSite(
            ContentService content,
            Templates templates,
            PageCache cache,
            LayoutFactory layouts,
            SearchIndex searchIndex) {
        var site = new SiteRequests(content, templates, cache, layouts);
        var listings = new ListingRenderer(site);
        this.home = new HomePages(site, listings);
        this.articles = new ArticlePages(site);
        this.sideBySide = new SideBySidePages(site);
        this.topics = new ClassificationPages(site, listings, ClassificationPages.TOPICS);
        this.authors = new ClassificationPages(site, listings, ClassificationPages.AUTHORS);
        this.archive = new ArchivePages(site, listings);
        this.search = new SearchPages(site, searchIndex);
    }

    /** The site's pages; {@code /{lang}} matches any first segment, so these go after more specific routes. */
    public List<PageRoute> pages() {
        List<PageRoute> pages = new ArrayList<>();
        pages.addAll(home.pages());
        pages.addAll(articles.pages());
        pages.addAll(sideBySide.pages());
        pages.addAll(topics.pages());
        pages.addAll(authors.pages());
        pages.addAll(archive.pages());
        pages.addAll(search.pages());
        return List.copyOf(pages);
    }

    /** {@code /} and {@code /language}, which answer by the reader's browser and cookie: served, never exported. */
    public void addServerRoutes(RoutesConfig routes, boolean publicUrlIsHttps) {
        home.addServerRoutes(routes, publicUrlIsHttps);
    }
}
