package org.tribune.api;

import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.tribune.auth.ApiAccess;
import org.tribune.auth.ApiTokenService;
import org.tribune.content.ContentService;
import org.tribune.db.Database;
import org.tribune.newsroom.NewsroomService;
import org.tribune.web.PageCache;

/**
 * Everything under {@code /api}, put together: the token guard, the articles, webhooks and the
 * OpenAPI document, and the dispatcher that delivers webhooks in the background.
 */
public final class Api implements AutoCloseable {
    private final ApiAccess access;
    private final ArticlesApi articles;
    private final WebhooksApi webhooks;
    private final OpenApiDocument openApi;
    private final WebhookDispatcher dispatcher;

    /** @param firstRetry how long a failed webhook delivery waits before its second attempt */
    public Api(
            Database db,
            ContentService content,
            NewsroomService newsroom,
            ApiTokenService tokens,
            WebhookService webhooks,
            PageCache cache,
            Supplier<String> baseUrl,
            Clock clock,
            Duration firstRetry) {
        this.access = new ApiAccess(tokens);
        this.articles = new ArticlesApi(content, newsroom, cache, baseUrl);
        this.webhooks = new WebhooksApi(webhooks);
        this.openApi = new OpenApiDocument();
        this.dispatcher = new WebhookDispatcher(db, newsroom, baseUrl, clock, firstRetry);
        content.onChange(dispatcher::wake);
    }

    public void addRoutes(RoutesConfig routes) {
        access.addGuard(routes);
        articles.addRoutes(routes);
        webhooks.addRoutes(routes);
        openApi.addRoutes(routes);
    }

    /** Reports the webhook deliveries to {@code registry}; once, by the server. */
    public void bindMetrics(MeterRegistry registry) {
        dispatcher.bindMetrics(registry);
    }

    public void start() {
        dispatcher.start();
    }

    @Override
    public void close() {
        dispatcher.close();
    }
}
