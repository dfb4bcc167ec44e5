package org.tribune.app;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.security.RouteRole;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
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
    private final LocalConnector inMemory;
    private final List<Route> routes;

    private WebServer(Javalin javalin, List<Route> routes, LocalConnector inMemory) {
        this.javalin = javalin;
        this.routes = List.copyOf(routes);
        this.inMemory = inMemory;
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
        // Beside the network connector, and after it: Javalin reads its port from the first one.
        Server jetty = javalin.jettyServer().server();
        var inMemory = new LocalConnector(jetty, new HttpConnectionFactory(
                jetty.getConnectors()[0].getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()));
        jetty.addConnector(inMemory);
        try {
            if (!inMemory.isStarted()) {
                inMemory.start();
            }
        } catch (Exception e) {
            javalin.stop();
            throw new IllegalStateException("cannot start the in-memory connector", e);
        }
        return new WebServer(javalin, routes, inMemory);
    }

    /**
     * What the server answers to {@code GET path}, asked in memory: the same handlers, filters and
     * error pages as over the network, without a socket or an HTTP client (the static export asks
     * for every page of the site, and the loopback round trips cost a tenth of its time).
     */
    public InMemoryResponse get(String path) {
        if (!path.startsWith("/") || hasControlOrSpace(path)) {
            // The path goes into a request line: a space or line break would end or split it.
            throw new IllegalArgumentException("not a request path: " + path.strip());
        }
        String request = "GET " + asciiOnly(path) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        try {
            ByteBuffer raw = inMemory.getResponse(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)),
                    60, TimeUnit.SECONDS);
            HttpTester.Response response = raw == null ? null : HttpTester.parseResponse(raw);
            if (response == null) {
                throw new IllegalStateException("no answer to GET " + path + " within 60 s");
            }
            return new InMemoryResponse(response.getStatus(), response.getContentBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking for " + path, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot ask for " + path + ": " + e.getMessage(), e);
        }
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
