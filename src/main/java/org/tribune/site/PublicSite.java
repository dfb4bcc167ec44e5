package org.tribune.site;

import io.javalin.config.RoutesConfig;
import org.tribune.content.ContentService;
import org.tribune.search.SearchIndex;
import org.tribune.web.LayoutFactory;
import org.tribune.web.PageCache;
import org.tribune.web.Templates;

/** The reader-facing site: every public HTML page, registered in one call. */
public final class PublicSite {
    private final HomePages home;
    private final ArticlePages articles;
    private final ClassificationPages topics;
    private final ClassificationPages authors;
    private final ArchivePages archive;
    private final SearchPages search;

    public PublicSite(ContentService content, Templates templates, PageCache cache, LayoutFactory layouts,
            SearchIndex searchIndex) {
        var site = new SiteRequests(content, templates, cache, layouts);
        var listings = new ListingRenderer(site);
        this.home = new HomePages(site, listings);
        this.articles = new ArticlePages(site);
        this.topics = new ClassificationPages(site, listings, ClassificationPages.TOPICS);
        this.authors = new ClassificationPages(site, listings, ClassificationPages.AUTHORS);
        this.archive = new ArchivePages(site, listings);
        this.search = new SearchPages(site, searchIndex);
    }

    public void addRoutes(RoutesConfig routes) {
        home.addRoutes(routes);
        articles.addRoutes(routes);
        topics.addRoutes(routes);
        authors.addRoutes(routes);
        archive.addRoutes(routes);
        search.addRoutes(routes);
    }
}
