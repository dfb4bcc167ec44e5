package org.tribune.app;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.tribune.content.ContentChangeFeed;
import org.tribune.content.ContentService;
import org.tribune.db.Database;
import org.tribune.export.StaticExport;
import org.tribune.feed.Syndication;
import org.tribune.media.MediaFiles;
import org.tribune.search.SearchIndex;
import org.tribune.search.SearchSync;
import org.tribune.search.SimilarArticles;
import org.tribune.site.PublicPages;
import org.tribune.site.PublicSite;
import org.tribune.web.Assets;
import org.tribune.web.LayoutFactory;
import org.tribune.web.PageCache;
import org.tribune.web.Templates;
import org.tribune.zh.ChineseConversions;

/**
 * The second layer of the composition root: the site readers see, without a server. On the
 * {@link Services} it opens the search index (kept in step with the store in the background),
 * the templates, the page cache and the table of public pages. The static export opens this
 * alone: it binds no port, publishes nothing and sends no webhook. {@link Server} adds the rest.
 *
 * <pre>{@code
 * try (Site site = Site.open(settings, Clock.systemUTC())) {
 *     site.searchReady();
 *     site.staticExport().export(Path.of("public"), false);
 * }
 * }</pre>
 */
public final class Site implements AutoCloseable {
    final Services services;
    final SearchIndex searchIndex;
    final SearchSync searchSync;
    final ContentChangeFeed changeFeed;
    final Templates templates;
    final PageCache pageCache;
    final BaseUrl baseUrl;
    final Assets assets;
    final LayoutFactory layouts;
    final PublicSite publicSite;
    final PublicPages pages;

    private Site(
            Services services,
            SearchIndex searchIndex,
            SearchSync searchSync,
            ContentChangeFeed changeFeed,
            Templates templates,
            PageCache pageCache,
            BaseUrl baseUrl,
            Assets assets,
            LayoutFactory layouts,
            PublicSite publicSite,
            PublicPages pages) {
        this.services = services;
        this.searchIndex = searchIndex;
        this.searchSync = searchSync;
        this.changeFeed = changeFeed;
        this.templates = templates;
        this.pageCache = pageCache;
        this.baseUrl = baseUrl;
        this.assets = assets;
        this.layouts = layouts;
        this.publicSite = publicSite;
        this.pages = pages;
    }

    /**
     * Opens the store and the search index as last committed and makes the public pages; the index
     * answers searches at once and catches up once {@link #startSearchSync()} is called (a server
     * does so when it listens), or when {@link #searchReady()} is.
     */
    public static Site open(Settings settings, Clock clock) {
        return open(settings, clock, false);
    }

    /** Like {@link #open(Settings, Clock)}, for reading every page once (the static export): the store opened for bulk reads. */
    public static Site openForExport(Settings settings, Clock clock) {
        return open(settings, clock, true);
    }

    private static Site open(Settings settings, Clock clock, boolean bulkReads) {
        Database db = Services.openDatabase(settings, bulkReads);
        SearchIndex searchIndex = null;
        SearchSync searchSync = null;
        PageCache pageCache = null;
        ContentChangeFeed changeFeed = null;
        try {
            var conversions = ChineseConversions.load();
            searchIndex = SearchIndex.open(settings.dataDir().resolve("index"), conversions, clock);
            var similar = new SimilarArticles(searchIndex);
            var services = Services.open(settings, clock, db, conversions, similar);
            var content = services.content();
            var templates = settings.templateSources() == null
                    ? Templates.precompiled()
                    : Templates.hotReload(settings.templateSources());
            pageCache = new PageCache(settings.pageCacheBytes());
            content.onChange(pageCache::invalidateAll);
            var baseUrl = new BaseUrl(settings.baseUrl());
            var assets = new Assets();
            var layouts = new LayoutFactory(baseUrl::get, assets.path("site.css"));
            searchSync = new SearchSync(content, searchIndex);
            content.onChange(searchSync::requestSync);
            services.authorsAndTopics().onNamesChanged(searchSync::reindexArticles);
            // Related rankings come from the index; pages showing them (and result pages) go after them.
            searchSync.onIndexChanged(similar::forgetAll);
            searchSync.onIndexChanged(pageCache::invalidateAll);
            // Other nodes' and processes' writes reach the same listeners as this node's own.
            // From where the index was committed: what changed since (renames too) reaches it.
            services.store().onChangesForgotten(searchSync::reindexAll);
            changeFeed = ContentChangeFeed.start(services.store(), searchIndex.committedContentVersion());
            var publicSite = new PublicSite(content, templates, pageCache, layouts, searchIndex);
            var syndication = new Syndication(content, pageCache, baseUrl::get, clock, settings.feedFullContent());
            var media = services.media();
            // Feeds and sitemaps before the site's pages, whose /{lang} matches any first segment.
            var pages = new PublicPages(
                    List.of(syndication.pages(), assets.pages(), new MediaFiles(media).pages(), publicSite.pages()));
            return new Site(
                    services,
                    searchIndex,
                    searchSync,
                    changeFeed,
                    templates,
                    pageCache,
                    baseUrl,
                    assets,
                    layouts,
                    publicSite,
                    pages);
        } catch (RuntimeException e) {
            if (changeFeed != null) {
                changeFeed.close();
            }
            if (searchSync != null) {
                searchSync.close();
            }
            if (searchIndex != null) {
                searchIndex.close();
            }
            if (pageCache != null) {
                pageCache.close();
            }
            db.close();
            throw e;
        }
    }

    public ContentService content() {
        return services.content();
    }

    /** Every public page by address, as the server registers them and the export renders them. */
    public PublicPages pages() {
        return pages;
    }

    /**
     * Reports the pool, the page cache, search latency, the index's lag and how far this node is behind
     * the change outbox to {@code registry}; once, by the server.
     */
    void bindMetrics(MeterRegistry registry) {
        services.database().bindMetrics(registry);
        pageCache.bindMetrics(registry);
        searchIndex.bindMetrics(registry);
        searchSync.bindMetrics(registry);
        Gauge.builder("tribune.changes.lag.changes", changeFeed, feed -> feed.lag()
                        .changes())
                .description("Changes committed to the outbox (by any node) that this node has not applied")
                .register(registry);
        Gauge.builder(
                        "tribune.changes.lag",
                        changeFeed,
                        feed -> feed.lag().time().toMillis() / 1000.0)
                .description("Seconds since the first change this node has not applied was committed; 0 when none")
                .baseUnit("seconds")
                .register(registry);
    }

    /**
     * Catches the search index up with the store in the background and keeps it in step from then
     * on. Started once the server listens: the catch-up after a crash or a rebuild competes for the
     * processor with starting up, and the index as last committed answers meanwhile.
     */
    void startSearchSync() {
        searchSync.start();
    }

    /** Brings the search index up to date now, so that what depends on it (related articles) is complete. */
    public void searchReady() {
        searchSync.catchUp();
    }

    /**
     * The static export of this site, whose files name the settings' base URL: the command and a
     * server keeping a folder in step ({@code serve --export-to}) make the same exports, and either
     * continues what the other left.
     *
     * @throws IllegalArgumentException when the settings name no base URL
     */
    public StaticExport staticExport() {
        if (services.settings.baseUrl() == null) {
            throw new IllegalArgumentException("an export needs the public address its files will be served from");
        }
        return new StaticExport(
                pages,
                services.content(),
                services.settings.baseUrl(),
                "feeds:" + services.settings.feedFullContent() + "|variant:" + services.settings.traditionalVariant());
    }

    @Override
    public void close() {
        changeFeed.close();
        searchSync.close();
        searchIndex.close();
        pageCache.close();
        services.close();
    }
}
