package org.tribune.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.ContentService;
import org.tribune.db.Database;
import org.tribune.demo.DemoJournal;
import org.tribune.feed.Syndication;
import org.tribune.search.SearchIndex;
import org.tribune.search.SearchSync;
import org.tribune.search.SimilarArticles;
import org.tribune.site.PublicSite;
import org.tribune.zh.ChineseConversions;
import org.tribune.web.Assets;
import org.tribune.web.ErrorPages;
import org.tribune.web.LayoutFactory;
import org.tribune.web.PageCache;
import org.tribune.web.Templates;

/**
 * The composition root: builds every part of a running Tribune from {@link Settings}, with
 * constructors only. Tests build the same graph with test settings.
 *
 * <pre>{@code
 * try (App app = App.start(Settings.forDataDir(Path.of("tribune-data")).withPort(0), Clock.systemUTC())) {
 *     System.out.println("listening on " + app.url());
 * }
 * }</pre>
 */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);
    /** Rendered pages may use a quarter of the heap, and never more than 256 MB. */
    private static final long PAGE_CACHE_BYTES = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);

    private final Database db;
    private final ContentService content;
    private final PageCache pageCache;
    private final SearchIndex searchIndex;
    private final SearchSync searchSync;
    private final WebServer server;
    private final String url;

    private App(Settings settings, Database db, ContentService content, PageCache pageCache, SearchIndex searchIndex,
            SearchSync searchSync, WebServer server) {
        this.db = db;
        this.content = content;
        this.pageCache = pageCache;
        this.searchIndex = searchIndex;
        this.searchSync = searchSync;
        this.server = server;
        this.url = "http://" + settings.host() + ":" + server.port();
    }

    /** Opens the store, fills it with the demo journal if asked, and starts serving. */
    public static App start(Settings settings, Clock clock) {
        createDataDir(settings);
        Database db = Database.open(settings.effectiveDatabaseUrl());
        SearchIndex searchIndex = null;
        SearchSync searchSync = null;
        try {
            var conversions = ChineseConversions.load();
            // Filled and kept in step in the background: pages are served meanwhile.
            searchIndex = SearchIndex.open(settings.dataDir().resolve("index"), conversions, clock);
            var similar = new SimilarArticles(searchIndex);
            var content = new ContentService(db, clock, conversions, similar);
            if (settings.traditionalVariant() != null) {
                int rederived = content.useTraditionalVariant(settings.traditionalVariant());
                log.info("Traditional editions derived with {}; {} articles derived again",
                        settings.traditionalVariant(), rederived);
            }
            if (settings.demo()) {
                DemoJournal.loadIfEmpty(content);
            }
            var templates = settings.templateSources() == null
                    ? Templates.precompiled() : Templates.hotReload(settings.templateSources());
            var pageCache = new PageCache(PAGE_CACHE_BYTES, content::contentVersion, 1_000);
            content.onChange(pageCache::invalidateAll);
            var baseUrl = new BaseUrl(settings.baseUrl());
            var assets = new Assets();
            var layouts = new LayoutFactory(baseUrl::get, assets.path("site.css"));
            searchSync = new SearchSync(content, searchIndex);
            content.onChange(searchSync::requestSync);
            // Related rankings come from the index; pages showing them (and result pages) go after them.
            searchSync.onIndexChanged(similar::forgetAll);
            searchSync.onIndexChanged(pageCache::invalidateAll);
            searchSync.start();
            var site = new PublicSite(content, templates, pageCache, layouts, searchIndex);
            var syndication = new Syndication(content, pageCache, baseUrl::get, clock, false);
            var server = WebServer.start(settings, site, syndication, assets, new ErrorPages(templates, layouts),
                    new HealthCheck(content));
            baseUrl.listeningOn("http://" + settings.host() + ":" + server.port());
            log.info("serving on port {} from {} ({})", server.port(), settings.dataDir(), db.dialect());
            return new App(settings, db, content, pageCache, searchIndex, searchSync, server);
        } catch (RuntimeException e) {
            if (searchSync != null) {
                searchSync.close();
            }
            if (searchIndex != null) {
                searchIndex.close();
            }
            db.close();
            throw e;
        }
    }

    private static void createDataDir(Settings settings) {
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + settings.dataDir(), e);
        }
    }

    /** The address the server listens on, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        return url;
    }

    public int port() {
        return server.port();
    }

    public ContentService content() {
        return content;
    }

    @Override
    public void close() {
        log.info("stopping");
        server.close();
        searchSync.close();
        searchIndex.close();
        pageCache.close();
        db.close();
    }
}
