package org.tribune.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.Role;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;

/**
 * The API holds translations to the same rule as the newsroom: a Chinese edition saved with the
 * English body is untranslated, and publishing it is a 409 naming the blocks unless an editor
 * says to publish anyway.
 */
class UntranslatedBlocksApiHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BARE = HttpClient.newHttpClient();
    private static final String ENGLISH =
            "The navy sails weekly.\\n\\n| year | ships |\\n|---|---|\\n| 2024 | 12 |\\n\\n"
                    + "Trade follows the flag.";

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    static String editor;
    static String translator;

    @BeforeAll
    static void tokens() {
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            var tokens = new ApiTokenService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
            editor = tokens.create("wire-desk", Role.EDITOR);
            translator = tokens.create("translation-agency", Role.TRANSLATOR);
        }
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        try {
            return BARE.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** An English article and a Simplified edition whose body is the English one. */
    private static HttpResponse<String> copiedTranslation(String id, String extra) {
        assertThat(call(
                                "PUT",
                                "/api/v1/articles/" + id + "/editions/en",
                                editor,
                                "{\"title\": \"Strait\", \"body\": \"" + ENGLISH + "\"}")
                        .statusCode())
                .isEqualTo(201);
        return call(
                "PUT",
                "/api/v1/articles/" + id + "/editions/zh-Hans",
                translator,
                "{\"title\": \"海峡\", \"body\": \"" + ENGLISH + "\"" + extra + "}");
    }

    @Test
    void a_translation_saved_with_the_source_body_reports_its_untranslated_blocks() {
        HttpResponse<String> saved = copiedTranslation("api-copied", "");

        assertThat(saved.statusCode()).isEqualTo(201);
        assertThat(json(saved).get("untranslatedBlocks"))
                .extracting(JsonNode::asInt)
                .containsExactly(1, 2, 3);
    }

    @Test
    void publishing_an_untranslated_edition_is_a_409_problem_listing_the_blocks() {
        copiedTranslation("api-refused", "");

        HttpResponse<String> refused =
                call("POST", "/api/v1/articles/api-refused/editions/zh-Hans/publish", editor, "");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("untranslatedBlocks"))
                .extracting(JsonNode::asInt)
                .containsExactly(1, 2, 3);
        assertThat(json(refused).get("detail").asText()).contains("1, 2 and 3");
        assertThat(call("POST", "/api/v1/articles/api-refused/editions/zh-Hans/submit", translator, "")
                        .statusCode())
                .isEqualTo(409);
        assertThat(server.get("/zh-hans/articles/api-refused").statusCode()).isEqualTo(404);
    }

    @Test
    void blocks_listed_as_keep_as_is_let_the_edition_publish() {
        HttpResponse<String> saved = copiedTranslation("api-kept", ", \"keepAsIs\": [2]");
        assertThat(json(saved).get("untranslatedBlocks"))
                .extracting(JsonNode::asInt)
                .containsExactly(1, 3);
        call(
                "PUT",
                "/api/v1/articles/api-kept/editions/zh-Hans",
                translator,
                "{\"title\": \"海峡\", \"body\": \"海军每周航行。\\n\\n| year | ships |\\n|---|---|\\n| 2024 | 12 |\\n\\n贸易追随旗帜。\"}");

        HttpResponse<String> published = call("POST", "/api/v1/articles/api-kept/editions/zh-Hans/publish", editor, "");

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).get("untranslatedBlocks")).isEmpty();
    }

    @Test
    void an_editor_may_publish_anyway_and_the_page_marks_the_blocks_as_english() {
        copiedTranslation("api-anyway", ", \"keepAsIs\": [2]");

        assertThat(call(
                                "POST",
                                "/api/v1/articles/api-anyway/editions/zh-Hans/submit",
                                translator,
                                "{\"publishUntranslated\": true}")
                        .statusCode())
                .as("only editors and admins may override")
                .isEqualTo(403);
        HttpResponse<String> published = call(
                "POST",
                "/api/v1/articles/api-anyway/editions/zh-Hans/publish",
                editor,
                "{\"publishUntranslated\": true}");

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(json(published).get("status").asText()).isEqualTo("published");
        var page = Jsoup.parse(server.get("/zh-hans/articles/api-anyway").body());
        assertThat(page.select(".article-body [lang=en]"))
                .extracting(Element::text)
                .containsExactly("The navy sails weekly.", "Trade follows the flag.");
        assertThat(page.selectFirst(".article-body table").hasAttr("lang")).isFalse();
    }

    @Test
    void a_keep_as_is_number_outside_the_body_is_a_422_naming_the_field() {
        HttpResponse<String> refused = copiedTranslation("api-bad-keep", ", \"keepAsIs\": [9]");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("keepAsIs");
    }

    @Test
    void a_title_that_is_the_sources_holds_publication_back_until_kept_as_is() {
        assertThat(call(
                                "PUT",
                                "/api/v1/articles/api-title/editions/en",
                                editor,
                                "{\"title\": \"Strait\", \"body\": \"The navy sails weekly.\"}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> saved = call(
                "PUT",
                "/api/v1/articles/api-title/editions/zh-Hans",
                translator,
                "{\"title\": \"Strait\", \"body\": \"海军每周航行。\"}");
        assertThat(json(saved).get("untranslatedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("title");

        HttpResponse<String> refused = call("POST", "/api/v1/articles/api-title/editions/zh-Hans/publish", editor, "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).get("untranslatedFields"))
                .extracting(JsonNode::asText)
                .containsExactly("title");
        assertThat(json(refused).get("untranslatedBlocks")).isEmpty();
        assertThat(json(refused).get("detail").asText()).contains("the title");

        HttpResponse<String> kept = call(
                "PUT",
                "/api/v1/articles/api-title/editions/zh-Hans",
                translator,
                "{\"title\": \"Strait\", \"body\": \"海军每周航行。\", \"keepAsIs\": [\"title\"]}");
        assertThat(json(kept).get("untranslatedFields")).isEmpty();
        assertThat(call("POST", "/api/v1/articles/api-title/editions/zh-Hans/publish", editor, "")
                        .statusCode())
                .isEqualTo(200);
        assertThat(call(
                                "PUT",
                                "/api/v1/articles/api-title/editions/zh-Hans",
                                translator,
                                "{\"title\": \"Strait\", \"body\": \"海军每周航行。\", \"keepAsIs\": [\"headline\"]}")
                        .statusCode())
                .isEqualTo(422);
    }
}
