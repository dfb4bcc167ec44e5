package org.tribune.api;

import io.javalin.config.RoutesConfig;
import java.util.function.Supplier;
import org.tribune.auth.ApiAccess;
import org.tribune.auth.ApiTokenService;
import org.tribune.content.ContentService;
import org.tribune.web.PageCache;

/** Everything under {@code /api}, put together: the token guard, the articles, the OpenAPI document. */
public final class Api {
    private final ApiAccess access;
    private final ArticlesApi articles;
    private final OpenApiDocument openApi;

    public Api(ContentService content, ApiTokenService tokens, PageCache cache, Supplier<String> baseUrl) {
        this.access = new ApiAccess(tokens);
        this.articles = new ArticlesApi(content, cache, baseUrl);
        this.openApi = new OpenApiDocument();
    }

    public void addRoutes(RoutesConfig routes) {
        access.addGuard(routes);
        articles.addRoutes(routes);
        openApi.addRoutes(routes);
    }
}
