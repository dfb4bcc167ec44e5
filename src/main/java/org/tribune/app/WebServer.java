package org.tribune.app;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import org.tribune.feed.Syndication;
import org.tribune.site.PublicSite;
import org.tribune.web.Assets;
import org.tribune.web.ErrorPages;
import org.tribune.web.ReadRoutes;
import org.tribune.web.SecurityHeaders;

/** The HTTP server: the only place Javalin is created and configured. */
final class WebServer implements AutoCloseable {
    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    static WebServer start(Settings settings, PublicSite site, Syndication syndication, Assets assets, ErrorPages errors,
            HealthCheck health) {
        Javalin javalin = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Pages are compressed once when cached (RenderedPage), not on every response.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.maxRequestSize = 1_000_000;
            config.jetty.host = settings.host();
            config.routes.before(SecurityHeaders::apply);
            ReadRoutes.add(config.routes, "/health", health::handle);
            assets.addRoutes(config.routes);
            // Before the site: its /{lang} would otherwise claim /sitemap.xml and /robots.txt.
            syndication.addRoutes(config.routes);
            site.addRoutes(config.routes);
            errors.addHandlers(config.routes);
        });
        javalin.start(settings.port());
        return new WebServer(javalin);
    }

    int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
