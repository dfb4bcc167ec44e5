package org.tribune.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The site's own static files ({@code src/main/resources/assets}), loaded once, compressed once,
 * and addressed with a fingerprint so browsers may keep them for a year.
 */
public final class Assets {
    private static final Map<String, String> TYPES = Map.of(
            "site.css", "text/css; charset=utf-8",
            "admin.css", "text/css; charset=utf-8",
            "admin.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, RenderedPage> files;
    private final RenderedPage favicon = RenderedPage.of(200, "image/x-icon", FaviconIco.bytes())
            .withHeader("Cache-Control", "public, max-age=86400");

    public Assets() {
        this.files = TYPES.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> load(e.getKey(), e.getValue())));
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

    /** {@code /assets/{name}} and {@code /favicon.ico}, routes of the public page table. */
    public List<PageRoute> pages() {
        return List.of(new PageRoute("/assets/{name}", this::file), new PageRoute("/favicon.ico", request -> favicon));
    }

    /** A fingerprinted address ({@code ?v=}) names bytes that never change: browsers keep them a year. */
    private RenderedPage file(PageRequest request) {
        RenderedPage file = files.get(request.pathParam("name"));
        if (file == null) {
            throw new PageNotFound(null, "no asset " + request.pathParam("name"));
        }
        return file.withHeader(
                "Cache-Control",
                request.queryParam("v") != null ? "public, max-age=31536000, immutable" : "public, max-age=3600");
    }
}
