package org.tribune.app;

import io.javalin.http.Context;
import java.util.Map;
import org.tribune.content.ContentService;

/** {@code /health}: 200 when the store answers, 503 otherwise, for load balancers and operators. */
final class HealthCheck {
    private final ContentService content;

    HealthCheck(ContentService content) {
        this.content = content;
    }

    void handle(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        try {
            content.contentVersion();
            ctx.json(Map.of("status", "ok"));
        } catch (RuntimeException e) {
            ctx.status(503).json(Map.of("status", "unavailable", "reason", "database"));
        }
    }
}
