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

    /** Each file as sent at its fingerprinted address ({@code ?v=}): its bytes never change there. */
    private final Map<String, RenderedPage> versioned;
    /** The same files at their bare address, which a new build may change. */
    private final Map<String, RenderedPage> unversioned;

    private final RenderedPage favicon = RenderedPage.of(200, "image/x-icon", FaviconIco.bytes())
            .withHeader("Cache-Control", "public, max-age=86400");

    public Assets() {
        Map<String, RenderedPage> files = TYPES.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> load(e.getKey(), e.getValue())));
        this.versioned = withCacheControl(files, "public, max-age=31536000, immutable");
        this.unversioned = withCacheControl(files, "public, max-age=3600");
    }

    private static Map<String, RenderedPage> withCacheControl(Map<String, RenderedPage> files, String cacheControl) {
        return files.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue()
                .withHeader("Cache-Control", cacheControl)));
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
        RenderedPage file = versioned.get(name);
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
        RenderedPage file = (request.queryParam("v") != null ? versioned : unversioned).get(request.pathParam("name"));
        if (file == null) {
            throw new PageNotFound(null, "no asset " + request.pathParam("name"));
        }
        return file;
    }
}
