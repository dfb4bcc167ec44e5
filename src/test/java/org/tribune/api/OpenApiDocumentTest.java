package org.tribune.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.Route;
import org.tribune.app.TestServer;

/** The OpenAPI document describes exactly the API the server answers. */
class OpenApiDocumentTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @Test
    void every_api_route_is_described_and_every_description_is_a_route() throws Exception {
        JsonNode served =
                new ObjectMapper().readTree(server.get("/api/v1/openapi.json").body());
        assertThat(served.get("openapi").asText()).isEqualTo("3.1.0");

        Set<String> documented = new TreeSet<>();
        served.get("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(method -> documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        Set<String> answered = new TreeSet<>();
        for (Route route : server.app().routes()) {
            if (route.path().startsWith("/api")
                    && Set.of("GET", "PUT", "POST", "PATCH", "DELETE").contains(route.method())) {
                answered.add(route.method() + " " + route.path());
            }
        }

        assertThat(documented).isEqualTo(answered);
    }

    @Test
    void every_reference_in_the_document_resolves() {
        JsonNode document = OpenApiDocument.load();
        List<String> broken = new ArrayList<>();
        document.findValues("$ref").forEach(ref -> {
            String pointer = ref.asText().substring(1);
            if (document.at(pointer).isMissingNode()) {
                broken.add(ref.asText());
            }
        });
        assertThat(broken).isEmpty();
    }
}
