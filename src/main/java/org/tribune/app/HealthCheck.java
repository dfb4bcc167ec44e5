package org.tribune.app;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribune.content.ContentChangeFeed;
import org.tribune.content.ContentService;
import org.tribune.search.SearchSync;

/**
 * What load balancers and orchestrators ask:
 *
 * <ul>
 *   <li>{@code /health/live}: the process answers (restart it when it does not);
 *   <li>{@code /health/ready}: send it readers: the store answers, the search index has caught up
 *       with it, the node has applied the changes other nodes made (within the settings' readiness
 *       lag), and the server is not shutting down;
 *   <li>{@code /health}: the store answers, as before the split (200, else 503).
 * </ul>
 */
final class HealthCheck {
    private final ContentService content;
    private final SearchSync search;
    private final ContentChangeFeed changes;
    private final Duration maxLag;
    private volatile boolean shuttingDown;

    /** @param maxLag how long the search index or the change feed may stay behind the store before the node stops taking readers */
    HealthCheck(ContentService content, SearchSync search, ContentChangeFeed changes, Duration maxLag) {
        this.content = content;
        this.search = search;
        this.changes = changes;
        this.maxLag = maxLag;
    }

    /** From now on {@code /health/ready} says 503, so that the load balancer sends no new readers. */
    void shuttingDown() {
        shuttingDown = true;
    }

    void live(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("status", "up"));
    }

    void ready(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Map<String, Object> body = new LinkedHashMap<>();
        boolean database = databaseAnswers();
        boolean searchCaughtUp = database && searchCaughtUp();
        boolean changesApplied = database && changesApplied();
        body.put("database", database ? "ok" : "unavailable");
        body.put("search", searchCaughtUp ? "ok" : "behind");
        body.put("changes", changesApplied ? "ok" : "behind");
        body.put("shutting_down", shuttingDown);
        boolean ready = database && searchCaughtUp && changesApplied && !shuttingDown;
        body.put("status", ready ? "ready" : "unavailable");
        ctx.status(ready ? 200 : 503).json(body);
    }

    void handle(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        if (databaseAnswers()) {
            ctx.json(Map.of("status", "ok"));
        } else {
            ctx.status(503).json(Map.of("status", "unavailable", "reason", "database"));
        }
    }

    private boolean databaseAnswers() {
        try {
            content.contentVersion();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean searchCaughtUp() {
        try {
            return search.caughtUp(maxLag);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean changesApplied() {
        try {
            return changes.lag().time().compareTo(maxLag) <= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
