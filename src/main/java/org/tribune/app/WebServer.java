package org.tribune.app;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tribune.api.Api;
import org.tribune.editor.Newsroom;
import org.tribune.media.MediaLibrary;
import org.tribune.site.PublicPages;
import org.tribune.site.PublicSite;
import org.tribune.web.ErrorPages;
import org.tribune.web.PageRequest;
import org.tribune.web.PageResponder;
import org.tribune.web.PageRoute;
import org.tribune.web.ReadRoutes;
import org.tribune.web.RequestLog;
import org.tribune.web.SecurityHeaders;
import org.tribune.web.TrustedProxies;

/** The HTTP server: the only place Javalin is created and configured. */
final class WebServer implements AutoCloseable {
    private final Javalin javalin;
    private final List<Route> routes;

    private WebServer(Javalin javalin, List<Route> routes) {
        this.javalin = javalin;
        this.routes = List.copyOf(routes);
    }

    static WebServer start(
            Settings settings,
            PublicPages pages,
            PublicSite site,
            ErrorPages errors,
            HealthCheck health,
            Metrics metrics,
            Newsroom newsroom,
            Api api) {
        var requests = new RequestLog(metrics.registry());
        List<Route> routes = new CopyOnWriteArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.events.handlerAdded(meta ->
                    routes.add(new Route(meta.getHttpMethod().name(), meta.getPath(), Set.copyOf(meta.getRoles()))));
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            // Pages are compressed once when cached (RenderedPage), not on every response.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            // Room for long edition bodies from the editor's form, percent-encoded as browsers send them.
            config.http.maxRequestSize = 8_000_000;
            config.jetty.multipartConfig.maxFileSize(MediaLibrary.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MediaLibrary.MAX_UPLOAD_BYTES + 100_000L, SizeUnit.BYTES);
            config.jetty.host = settings.host();
            TrustedProxies proxies = settings.trustedProxies();
            config.contextResolver.ip =
                    ctx -> proxies.clientAddress(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
            config.routes.before(requests::begin);
            config.requestLogger.http(requests::end);
            config.routes.before(SecurityHeaders.forSite(settings.publicUrlIsHttps()));
            ReadRoutes.add(config.routes, "/health", health::handle);
            ReadRoutes.add(config.routes, "/health/live", health::live);
            ReadRoutes.add(config.routes, "/health/ready", health::ready);
            config.routes.get("/metrics", metrics::handle);
            newsroom.addRoutes(config.routes);
            api.addRoutes(config.routes);
            // Before the public pages: their /{lang} would otherwise claim /language.
            site.addServerRoutes(config.routes, settings.publicUrlIsHttps());
            for (PageRoute route : pages.routes()) {
                ReadRoutes.add(
                        config.routes,
                        route.pattern(),
                        ctx -> PageResponder.send(ctx, route.handler().render(PageRequest.of(ctx))));
            }
            errors.addHandlers(config.routes);
        });
        javalin.start(settings.port());
        return new WebServer(javalin, routes);
    }

    /** Every route added, with the roles it declared: for checking that none ships unprotected. */
    List<Route> routes() {
        return routes;
    }

    int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
