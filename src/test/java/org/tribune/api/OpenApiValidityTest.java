package org.tribune.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;

/** The served OpenAPI document is valid OpenAPI 3.1, as a real parser and validator reads it. */
class OpenApiValidityTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static String served() {
        var response = server.get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void the_served_document_parses_without_a_single_message() {
        var options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        var result = new OpenAPIV3Parser().readContents(served(), null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getSpecVersion().name()).isEqualTo("V31");
        assertThat(result.getOpenAPI().getInfo().getLicense()).isNotNull();
    }

    @Test
    void every_operation_has_an_operation_id_of_its_own_and_a_response_object() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(served()).get("paths");
        List<String> ids = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String where = operation.getKey() + " " + path.getKey();
            assertThat(operation.getValue().path("operationId").asText())
                    .as(where)
                    .isNotBlank();
            assertThat(operation.getValue().get("responses").isObject())
                    .as(where)
                    .isTrue();
            ids.add(operation.getValue().path("operationId").asText());
        }));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void public_reads_say_they_need_no_token_and_writes_say_they_do() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(served()).get("paths");
        for (String path : List.of("/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/openapi.json")) {
            JsonNode security = paths.get(path).get("get").get("security");
            assertThat(security).as(path).isNotNull();
            assertThat(security.isArray() && security.isEmpty()).as(path).isTrue();
        }
        assertThat(paths.get("/api/v1/articles/{id}/editions/{lang}")
                        .get("put")
                        .get("security")
                        .get(0)
                        .has("token"))
                .isTrue();
    }

    /** JSON Schema 2020-12 and OpenAPI 3.1 words used in schemas; anything else is a typo or a YAML slip. */
    private static final Set<String> SCHEMA_WORDS = Set.of(
            "type",
            "properties",
            "required",
            "items",
            "$ref",
            "description",
            "enum",
            "format",
            "pattern",
            "minimum",
            "maximum",
            "default",
            "minLength",
            "maxLength",
            "minItems",
            "maxItems",
            "additionalProperties",
            "oneOf",
            "anyOf",
            "allOf",
            "const",
            "examples",
            "example",
            "title",
            "nullable");

    @Test
    void every_word_in_every_schema_is_a_schema_keyword() throws Exception {
        List<String> bad = new ArrayList<>();
        JsonNode schemas = new ObjectMapper().readTree(served()).at("/components/schemas");
        schemas.properties().forEach(schema -> collectUnknownWords(schema.getKey(), schema.getValue(), bad));
        assertThat(bad).isEmpty();
    }

    private static void collectUnknownWords(String where, JsonNode schema, List<String> bad) {
        schema.properties().forEach(field -> {
            if (!SCHEMA_WORDS.contains(field.getKey()) && !field.getKey().startsWith("x-")) {
                bad.add(where + ": " + field.getKey());
            }
        });
        schema.path("properties")
                .properties()
                .forEach(p -> collectUnknownWords(where + "." + p.getKey(), p.getValue(), bad));
        if (schema.path("items").isObject()) {
            collectUnknownWords(where + "[]", schema.get("items"), bad);
        }
    }
}
