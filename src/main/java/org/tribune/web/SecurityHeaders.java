package org.tribune.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Headers every response carries, so content can never run script or be framed by others, nor read over plain HTTP once read over HTTPS. */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "img-src 'self' https: data:",
            "style-src 'self'",
            "script-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private SecurityHeaders() {}

    /**
     * The headers, with HSTS when readers reach the site over HTTPS: {@code publicUrlIsHttps} (the
     * base URL says so, typically behind a proxy that ends TLS) or the request came over HTTPS.
     */
    public static Handler forSite(boolean publicUrlIsHttps) {
        return ctx -> apply(ctx, publicUrlIsHttps);
    }

    static void apply(Context ctx, boolean publicUrlIsHttps) {
        ctx.header(
                "Content-Security-Policy",
                ctx.path().startsWith("/admin")
                        ? CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", "frame-ancestors 'none'")
                        : CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if (publicUrlIsHttps || "https".equals(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
