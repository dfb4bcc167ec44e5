package org.tribune.feed;

import java.util.function.Supplier;

/** Absolute addresses: feeds and sitemaps are read away from the site, so no address may be relative. */
final class AbsoluteUrls {
    private final Supplier<String> baseUrl;

    /** @param baseUrl the site's public address, read on every call since it is known only once the server listens */
    AbsoluteUrls(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The absolute form of a root-relative {@code path}. */
    String of(String path) {
        String base = baseUrl.get();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
