package org.tribune.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tribune.auth.Permission;
import org.tribune.web.InvalidFields;

/** {@code /api/v1/webhooks}: admins register, list and remove subscribers. */
final class WebhooksApi {
    private final WebhookService webhooks;

    WebhooksApi(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    void addRoutes(RoutesConfig routes) {
        routes.get("/api/v1/webhooks", ctx -> send(ctx, 200, webhooks.list()), Permission.ADMINISTER);
        routes.post("/api/v1/webhooks", this::add, Permission.ADMINISTER);
        routes.delete("/api/v1/webhooks/{id}", this::remove, Permission.ADMINISTER);
    }

    private void add(Context ctx) {
        JsonNode body;
        try {
            body = ArticlesApi.JSON.readTree(ctx.body().isBlank() ? "{}" : ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("the body is not valid JSON: " + e.getOriginalMessage());
        }
        Set<String> events = new LinkedHashSet<>();
        JsonNode list = body.path("events");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw new InvalidFields(
                    List.of(new InvalidFields.FieldProblem("events", "expected an array of event types")));
        }
        list.forEach(e -> events.add(e.asText()));
        Webhook hook = webhooks.add(body.path("url").asText(""), events);
        ctx.header("Location", "/api/v1/webhooks/" + hook.id());
        send(ctx, 201, hook);
    }

    private void remove(Context ctx) {
        if (!webhooks.remove(ctx.pathParam("id"))) {
            throw new NotFoundResponse("no webhook " + ctx.pathParam("id"));
        }
        ctx.status(204);
    }

    private static void send(Context ctx, int status, Object value) {
        try {
            ctx.status(status)
                    .header("Cache-Control", "no-store")
                    .contentType("application/json; charset=utf-8")
                    .result(ArticlesApi.JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
