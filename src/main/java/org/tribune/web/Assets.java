package org.tribune.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The site's own static files ({@code src/main/resources/assets}), loaded once, compressed once,
 * and addressed with a fingerprint so browsers may keep them for a year.
 */
public final class Assets {
    private static final Map<String, String> TYPES = Map.of(
            "site.css", "text/css; charset=utf-8",
            "admin.css", "text/css; charset=utf-8",
            "admin.js", "text/javascript; charset=utf-8");

    private final Map<String, RenderedPage> files;

    public Assets() {
        this.files = TYPES.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> load(e.getKey(), e.getValue())));
    }

    private static RenderedPage load(String name, String contentType) {
        try (var in = Assets.class.getResourceAsStream("/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset " + name + " is missing from the build");
            }
            return RenderedPage.of(200, contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address to link: changes whenever the file does. */
    public String path(String name) {
        RenderedPage file = files.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no asset " + name);
        }
        return "/assets/" + name + "?v=" + file.etag();
    }

    public void addRoutes(RoutesConfig routes) {
        ReadRoutes.add(routes, "/assets/{name}", this::serve);
    }

    private void serve(Context ctx) {
        RenderedPage file = files.get(ctx.pathParam("name"));
        if (file == null) {
            throw new PageNotFound(null, "no asset " + ctx.pathParam("name"));
        }
        PageResponder.send(ctx, file);
        if (ctx.queryParam("v") != null) {
            ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        } else {
            ctx.header("Cache-Control", "public, max-age=3600");
        }
    }
}
