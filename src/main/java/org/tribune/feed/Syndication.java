package org.tribune.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tribune.content.ContentService;
import org.tribune.web.PageCache;
import org.tribune.web.PageRoute;

/**
 * Feeds, sitemaps and {@code robots.txt}, as routes of the public page table.
 *
 * <pre>{@code
 * var syndication = new Syndication(content, pageCache, baseUrl::get, clock, false);
 * List<PageRoute> pages = syndication.pages();
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
    public Syndication(
            ContentService content, PageCache cache, Supplier<String> baseUrl, Clock clock, boolean fullContent) {
        var urls = new AbsoluteUrls(baseUrl);
        this.feeds = new FeedPages(content, new FeedAssembler(content, urls, fullContent), cache);
        var news = new GoogleNewsEditions(content, clock);
        this.sitemaps = new SitemapPages(content, news, urls, cache, clock, SitemapCatalog.URLS_PER_FILE);
    }

    /**
     * The routes. They go before the site's, whose {@code /{lang}} would otherwise claim
     * {@code /sitemap.xml} and {@code /robots.txt}.
     */
    public List<PageRoute> pages() {
        List<PageRoute> pages = new ArrayList<>(sitemaps.pages());
        pages.addAll(feeds.pages());
        return List.copyOf(pages);
    }
}
