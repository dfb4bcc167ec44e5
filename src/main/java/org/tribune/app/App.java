package org.tribune.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.api.Api;
import org.tribune.auth.AccountService;
import org.tribune.content.ContentService;
import org.tribune.editor.Newsroom;
import org.tribune.media.MediaLibrary;
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
    private final Newsroom newsroom;
    private final Api api;
    private final WebServer server;
    private final String url;
    private final String demoAdminPassword;

    private App(Settings settings, Database db, ContentService content, PageCache pageCache, SearchIndex searchIndex,
            SearchSync searchSync, Newsroom newsroom, Api api, WebServer server, String demoAdminPassword) {
        this.api = api;
        this.newsroom = newsroom;
        this.demoAdminPassword = demoAdminPassword;
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
        return start(settings, clock, false);
    }

    /** Like {@link #start}, for the static export, which reads every page once: the store opened for bulk reads. */
    public static App startForExport(Settings settings, Clock clock) {
        return start(settings, clock, true);
    }

    private static App start(Settings settings, Clock clock, boolean bulkReads) {
        createDataDir(settings);
        String databaseUrl = settings.effectiveDatabaseUrl();
        Database db = bulkReads ? Database.openForBulkReads(databaseUrl) : Database.open(databaseUrl);
        SearchIndex searchIndex = null;
        SearchSync searchSync = null;
        Newsroom newsroom = null;
        Api api = null;
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
            var accounts = new AccountService(db, clock);
            String demoPassword = null;
            if (settings.demo()) {
                DemoJournal.loadIfEmpty(content);
                demoPassword = DemoJournal.resetAdmin(accounts);
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
            var syndication = new Syndication(content, pageCache, baseUrl::get, clock, settings.feedFullContent());
            var media = new MediaLibrary(db, settings.dataDir().resolve("media"), clock);
            newsroom = new Newsroom(db, content, accounts, media, templates, assets, clock,
                    settings.baseUrl() != null && settings.baseUrl().startsWith("https:"));
            api = new Api(db, content, pageCache, baseUrl::get, clock, settings.webhookFirstRetry());
            var server = WebServer.start(settings, site, syndication, assets, new ErrorPages(templates, layouts),
                    new HealthCheck(content), newsroom, api);
            newsroom.start();
            api.start();
            baseUrl.listeningOn("http://" + settings.host() + ":" + server.port());
            log.info("serving on port {} from {} ({})", server.port(), settings.dataDir(), db.dialect());
            return new App(settings, db, content, pageCache, searchIndex, searchSync, newsroom, api, server, demoPassword);
        } catch (RuntimeException e) {
            if (api != null) {
                api.close();
            }
            if (newsroom != null) {
                newsroom.close();
            }
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

    /** What the server answers to {@code GET path}, asked in memory ({@link WebServer#get}). */
    public InMemoryResponse get(String path) {
        return server.get(path);
    }

    public ContentService content() {
        return content;
    }

    /** With {@code --demo}: the password just given to the demo's {@code admin} account, to show once. */
    public java.util.Optional<String> demoAdminPassword() {
        return java.util.Optional.ofNullable(demoAdminPassword);
    }

    /** Brings the search index up to date now, so that what depends on it (related articles) is complete. */
    public void searchReady() {
        searchSync.catchUp();
    }

    /** Every route the server answers, with the roles each declared. */
    public java.util.List<Route> routes() {
        return server.routes();
    }

    @Override
    public void close() {
        log.info("stopping");
        server.close();
        newsroom.close();
        api.close();
        searchSync.close();
        searchIndex.close();
        pageCache.close();
        db.close();
    }
}
