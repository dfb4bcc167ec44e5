package org.tribune.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.api.Api;
import org.tribune.content.ContentHistory;
import org.tribune.content.ContentService;
import org.tribune.demo.DemoJournal;
import org.tribune.editor.Newsroom;
import org.tribune.export.ExportMirror;
import org.tribune.media.MediaLibrary;
import org.tribune.newsroom.NewsroomService;
import org.tribune.web.ErrorPages;

/**
 * The third layer of the composition root: the {@link Site} served over HTTP, with the newsroom,
 * the REST API, the scheduler that publishes on time and the webhook deliveries. Tests build the
 * same graph with test settings.
 *
 * <pre>{@code
 * try (Server server = Server.start(Settings.forDataDir(Path.of("tribune-data")).withPort(0), Clock.systemUTC())) {
 *     System.out.println("listening on " + server.url());
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Server.class);

    private final Site site;
    private final Newsroom newsroom;
    private final Api api;
    private final WebServer web;
    private final Metrics metrics;
    private final HealthCheck health;
    private final HistoryPruning pruning;
    private final DataFolderLock folderLock;
    private final String url;
    private final String demoAdminPassword;

    private Server(
            Site site,
            Newsroom newsroom,
            Api api,
            WebServer web,
            Metrics metrics,
            HealthCheck health,
            HistoryPruning pruning,
            DataFolderLock folderLock,
            String demoAdminPassword) {
        this.folderLock = folderLock;
        this.health = health;
        this.pruning = pruning;
        this.metrics = metrics;
        this.site = site;
        this.newsroom = newsroom;
        this.api = api;
        this.web = web;
        this.demoAdminPassword = demoAdminPassword;
        this.url = "http://" + site.services.settings.host() + ":" + web.port();
    }

    /** Opens the site, fills it with the demo journal if asked, and starts serving. */
    public static Server start(Settings settings, Clock clock) {
        var folderLock = DataFolderLock.take(settings.dataDir());
        Site site;
        try {
            site = Site.open(settings, clock);
        } catch (RuntimeException e) {
            folderLock.close();
            throw e;
        }
        Newsroom newsroom = null;
        Api api = null;
        var metrics = new Metrics(settings.metricsToken());
        try {
            site.bindMetrics(metrics.registry());
            Services services = site.services;
            String demoPassword = null;
            if (settings.demo()) {
                DemoJournal.loadIfEmpty(services.content());
                demoPassword = DemoJournal.resetAdmin(services.accounts());
            }
            newsroom = new Newsroom(
                    services.content(),
                    services.newsroom(),
                    services.authorsAndTopics(),
                    services.overview(),
                    services.accounts(),
                    services.sessions(),
                    services.loginThrottle(),
                    services.media(),
                    services.content().redirects(),
                    site.templates,
                    site.assets,
                    clock,
                    settings.publicUrlIsHttps(),
                    settings.schedulerInterval());
            api = new Api(
                    services.database(),
                    services.content(),
                    services.newsroom(),
                    services.tokens(),
                    services.webhooks(),
                    site.pageCache,
                    site.baseUrl::get,
                    clock,
                    settings.webhookFirstRetry());
            newsroom.bindMetrics(metrics.registry());
            api.bindMetrics(metrics.registry());
            var health =
                    new HealthCheck(site.services.content(), site.searchSync, site.changeFeed, settings.readyMaxLag());
            var web = WebServer.start(
                    settings,
                    site.pages,
                    site.publicSite,
                    new ErrorPages(
                            site.templates,
                            site.layouts,
                            MediaLibrary.MAX_UPLOAD_BYTES,
                            site.services.content().redirects()::targetOf),
                    health,
                    metrics,
                    newsroom,
                    api);
            site.startSearchSync();
            newsroom.start();
            api.start();
            var pruning = new HistoryPruning(
                    new ContentHistory(services.store()),
                    services.webhooks(),
                    clock,
                    settings.historyRetention(),
                    settings.outboxRetention());
            pruning.start();
            site.baseUrl.listeningOn("http://" + settings.host() + ":" + web.port());
            log.info(
                    "serving on port {} from {} ({})",
                    web.port(),
                    settings.dataDir(),
                    site.services.database().dialect());
            return new Server(site, newsroom, api, web, metrics, health, pruning, folderLock, demoPassword);
        } catch (RuntimeException e) {
            if (api != null) {
                api.close();
            }
            if (newsroom != null) {
                newsroom.close();
            }
            site.close();
            metrics.close();
            folderLock.close();
            throw e;
        }
    }

    /** The address the server listens on, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        return url;
    }

    public int port() {
        return web.port();
    }

    public Site site() {
        return site;
    }

    public ContentService content() {
        return site.services.content();
    }

    /** The services as the server wires them, for tests that act as an editor or operator would. */
    public Services services() {
        return site.services;
    }

    /** The newsroom's workflow as the server wires it. */
    public NewsroomService newsroom() {
        return site.services.newsroom();
    }

    /** With {@code --demo}: the password just given to the demo's {@code admin} account, to show once. */
    public Optional<String> demoAdminPassword() {
        return Optional.ofNullable(demoAdminPassword);
    }

    /** Brings the search index up to date now, so that what depends on it (related articles) is complete. */
    public void searchReady() {
        site.searchReady();
    }

    /**
     * Keeps a static export of the site in {@code folder} ({@code serve --export-to}), brought up
     * to date after every change, its exports reported to the metrics. The caller closes it.
     */
    public ExportMirror startExportMirror(Path folder) {
        var mirror = ExportMirror.start(content(), this::searchReady, site.staticExport(), folder);
        mirror.bindMetrics(metrics.registry());
        return mirror;
    }

    /** Prunes old events, deliveries and outbox changes now, as the server does every hour. */
    public void pruneHistory() {
        pruning.pruneNow();
    }

    /** Every route the server answers, with the roles each declared. */
    public List<Route> routes() {
        return web.routes();
    }

    /**
     * Stops as a node behind a load balancer should: {@code /health/ready} turns 503 at once, so
     * that no new readers are sent here, the server goes on answering for the settings' shutdown
     * grace (requests in flight finish, the balancer notices), then closes.
     */
    public void stopGracefully() {
        beginShutdown();
        long graceMillis = site.services.settings.shutdownGrace().toMillis();
        if (graceMillis > 0) {
            log.info("shutting down: not ready, serving for {} ms more", graceMillis);
            try {
                Thread.sleep(graceMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        close();
    }

    /** Readiness turns false; everything else goes on. The first step of {@link #stopGracefully()}. */
    public void beginShutdown() {
        health.shuttingDown();
    }

    @Override
    public void close() {
        log.info("stopping");
        pruning.close();
        web.close();
        newsroom.close();
        api.close();
        site.close();
        metrics.close();
        folderLock.close();
    }
}
