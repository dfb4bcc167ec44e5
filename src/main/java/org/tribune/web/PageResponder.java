package org.tribune.web;

import io.javalin.http.Context;

/**
 * Sends a rendered page with what makes it cheap to serve again: a 304 when the reader's copy is
 * current, the pre-compressed body when gzip is accepted, and validators for the next request.
 */
public final class PageResponder {
    private PageResponder() {}

    public static void send(Context ctx, RenderedPage page) {
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("Cache-Control", "no-cache");
        page.headers().forEach(ctx::header);
        boolean gzip = page.compressible() && acceptsGzip(ctx.header("Accept-Encoding"));
        String etag = "\"" + page.etag() + (gzip ? "-gz" : "") + "\"";
        ctx.header("ETag", etag);
        if (page.status() == 200 && matches(ctx.header("If-None-Match"), page.etag())) {
            ctx.status(304);
            return;
        }
        ctx.status(page.status());
        ctx.contentType(page.contentType());
        if (gzip) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(page.gzipped());
        } else {
            ctx.result(page.body());
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** True when If-None-Match names this page in either of its encodings, or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals("\"" + etag + "\"") || tag.equals("\"" + etag + "-gz\"")) {
                return true;
            }
        }
        return false;
    }
}
