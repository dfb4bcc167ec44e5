package org.tribune.app;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tribune.api.Api;
import org.tribune.editor.Newsroom;
import org.tribune.feed.Syndication;
import org.tribune.media.MediaLibrary;
import org.tribune.site.PublicSite;
import org.tribune.web.Assets;
import org.tribune.web.ErrorPages;
import org.tribune.web.ReadRoutes;
import org.tribune.web.SecurityHeaders;

/** The HTTP server: the only place Javalin is created and configured. */
final class WebServer implements AutoCloseable {
    private final Javalin javalin;
    private final List<Route> routes;

    private WebServer(Javalin javalin, List<Route> routes) {
        this.javalin = javalin;
        this.routes = List.copyOf(routes);
    }

    static WebServer start(Settings settings, PublicSite site, Syndication syndication, Assets assets, ErrorPages errors,
            HealthCheck health, Newsroom newsroom, Api api) {
        List<Route> routes = new CopyOnWriteArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.events.handlerAdded(meta -> routes.add(new Route(meta.getHttpMethod().name(), meta.getPath(),
                    Set.copyOf(meta.getRoles()))));
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
            config.routes.before(SecurityHeaders::apply);
            ReadRoutes.add(config.routes, "/health", health::handle);
            assets.addRoutes(config.routes);
            newsroom.addRoutes(config.routes);
            api.addRoutes(config.routes);
            // Before the site: its /{lang} would otherwise claim /sitemap.xml and /robots.txt.
            syndication.addRoutes(config.routes);
            site.addRoutes(config.routes);
            errors.addHandlers(config.routes);
        });
        javalin.start(settings.port());
        return new WebServer(javalin, routes);
    }

    /**
     * What the server answers to {@code GET path}, asked in memory: the same handlers, filters and
     * error pages as over the network, on the calling thread, without a socket, an HTTP client or a
     * connector ({@link InMemoryExchange}).
     */
    public InMemoryResponse get(String path) {
        if (!path.startsWith("/") || hasControlOrSpace(path)) {
            // No address a link names: a browser sends spaces and line breaks encoded, and over
            // HTTP they would end or split the request line.
            throw new IllegalArgumentException("not a request path: " + path.strip());
        }
        return InMemoryExchange.get(javalin.javalinServlet(), asciiOnly(path));
    }

    private static boolean hasControlOrSpace(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Non-ASCII characters percent-encoded as UTF-8, as a browser sends them. */
    private static String asciiOnly(String path) {
        StringBuilder ascii = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); ) {
            int c = path.codePointAt(i);
            if (c < 0x80) {
                ascii.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    ascii.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            i += Character.charCount(c);
        }
        return ascii.toString();
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
