package org.tribune.feed;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.util.function.Supplier;
import org.tribune.content.ContentService;
import org.tribune.web.PageCache;

/**
 * Feeds, sitemaps and {@code robots.txt}, registered in one call.
 *
 * <pre>{@code
 * var syndication = new Syndication(content, pageCache, baseUrl::get, clock, false);
 * Javalin.create(config -> syndication.addRoutes(config.routes));
 * }</pre>
 */
public final class Syndication {
    private final FeedPages feeds;
    private final SitemapPages sitemaps;

    /**
     * @param baseUrl the site's public address, known only once the server listens
     * @param clock "now" for the news sitemap's 48 hours: the content service's clock
     * @param fullContent feed entries carry the whole body rather than the summary alone
     */
    public Syndication(ContentService content, PageCache cache, Supplier<String> baseUrl, Clock clock,
            boolean fullContent) {
        var urls = new AbsoluteUrls(baseUrl);
        this.feeds = new FeedPages(content, new FeedAssembler(content, urls, fullContent), cache);
        var news = new GoogleNewsEditions(content, clock);
        this.sitemaps = new SitemapPages(content, news, urls, cache, SitemapCatalog.URLS_PER_FILE);
    }

    /**
     * Adds the routes. Register them before the site's, whose {@code /{lang}} would otherwise
     * claim {@code /sitemap.xml} and {@code /robots.txt}.
     */
    public void addRoutes(RoutesConfig routes) {
        sitemaps.addRoutes(routes);
        feeds.addRoutes(routes);
    }
}
