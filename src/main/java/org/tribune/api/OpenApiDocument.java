package org.tribune.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.tribune.auth.Permission;
import org.tribune.web.PageResponder;
import org.tribune.web.ReadRoutes;
import org.tribune.web.RenderedPage;

/**
 * {@code /api/v1/openapi.json}: the API's description, written by hand in
 * {@code src/main/resources/api/openapi.yaml} (YAML reads better in review) and served as JSON.
 * A test holds it to the routes the server really has.
 */
public final class OpenApiDocument {
    private final RenderedPage document;

    public OpenApiDocument() {
        this.document = RenderedPage.of(200, "application/json; charset=utf-8", toJson(load()));
    }

    /** The document as read from the resource. */
    public static JsonNode load() {
        try (var in = OpenApiDocument.class.getResourceAsStream("/api/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("api/openapi.yaml is missing from the build");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read api/openapi.yaml", e);
        }
    }

    public void addRoutes(RoutesConfig routes) {
        ReadRoutes.add(routes, "/api/v1/openapi.json", ctx -> PageResponder.send(ctx, document), Permission.PUBLIC);
    }

    private static byte[] toJson(JsonNode node) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
