package org.tribune.web;

import io.javalin.http.Context;

/** Headers every response carries, so content can never run script or be framed by others. */
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

    public static void apply(Context ctx) {
        ctx.header(
                "Content-Security-Policy",
                ctx.path().startsWith("/admin")
                        ? CONTENT_SECURITY_POLICY.replace("frame-ancestors 'self'", "frame-ancestors 'none'")
                        : CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
        if ("https".equals(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
