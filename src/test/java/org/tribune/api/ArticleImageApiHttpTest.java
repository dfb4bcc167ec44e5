package org.tribune.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.Role;
import org.tribune.content.Lang;
import org.tribune.media.StoredImage;
import org.tribune.media.TestImages;

/** An article's image written through the API with an edition, and read back with the article. */
class ArticleImageApiHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static String editor;
    private static StoredImage image;

    @BeforeAll
    static void tokenAndImage() {
        editor = server.app().services().tokens().create("wire-desk", Role.EDITOR);
        image = server.app().services().media().store(TestImages.jpeg(1200, 600), "harbour.jpg", "mei");
    }

    private static HttpResponse<String> put(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + editor)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode article(String id) throws Exception {
        var response = server.get("/api/v1/articles/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void an_image_given_with_two_editions_is_read_back_with_alt_text_in_both_languages_and_removed_with_null()
            throws Exception {
        String hash = image.fileName().substring(0, 64);
        var en = put("/api/v1/articles/trade-winds/editions/en", """
                {"title": "Trade Winds", "summary": "Supply chains move.", "body": "Ports.",
                 "image": {"src": "%s", "alt": "Cranes over a container port", "caption": "Busan, 2022.",
                           "credit": "Photo: Mei Lin"}}""".formatted(hash));
        var hans = put("/api/v1/articles/trade-winds/editions/zh-Hans", """
                {"title": "贸易风向", "summary": "供应链在迁移。", "body": "港口。",
                 "image": {"src": "/media/%s", "alt": "集装箱港口上的起重机"}}""".formatted(image.fileName()));
        assertThat(en.statusCode()).as(en.body()).isEqualTo(200);
        assertThat(hans.statusCode()).as(hans.body()).isEqualTo(200);

        JsonNode read = article("trade-winds").get("image");
        assertThat(read.get("media").asText()).isEqualTo(image.fileName());
        assertThat(read.get("url").asText()).endsWith("/media/" + image.fileName());
        assertThat(read.get("width").asInt()).isEqualTo(1200);
        assertThat(read.at("/alt/en").asText()).isEqualTo("Cranes over a container port");
        assertThat(read.at("/alt/zh-Hans").asText()).isEqualTo("集装箱港口上的起重机");
        assertThat(read.at("/caption/en").asText()).isEqualTo("Busan, 2022.");
        assertThat(read.get("credit").asText()).isEqualTo("Photo: Mei Lin");
        List<Integer> widths = new ArrayList<>();
        read.get("copies").forEach(copy -> widths.add(copy.get("width").asInt()));
        assertThat(widths).containsExactly(240, 480, 960, 1200);
        assertThat(server.get("/en/articles/trade-winds").body()).contains("-480w.jpg 480w");

        var removed = put("/api/v1/articles/trade-winds/editions/en", """
                {"title": "Trade Winds", "summary": "Supply chains move.", "body": "Ports.", "image": null}""");
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(article("trade-winds").get("image").isNull()).isTrue();
        assertThat(article("alliance-drift").get("image").isNull()).isTrue();
    }

    @Test
    void an_image_not_in_the_media_library_is_refused_and_the_edition_is_not_written() throws Exception {
        var refused = put("/api/v1/articles/never-written/editions/en", """
                {"title": "Never written", "image": {"src": "%s", "alt": "Nothing"}}""".formatted("0".repeat(64)));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asText()).isEqualTo("image.src");
        assertThat(refused.body()).contains("upload it first");
        assertThat(server.app().newsroom().edition("never-written", Lang.EN)).isEmpty();
    }

    @Test
    void an_image_without_alt_text_or_with_unknown_fields_is_refused_naming_each_field() throws Exception {
        var refused = put("/api/v1/articles/alliance-drift/editions/en", """
                {"title": "Alliance Drift", "image": {"src": "%s", "width": 3}}""".formatted(image.fileName()));

        assertThat(refused.statusCode()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        JSON.readTree(refused.body())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("image.width", "image.alt");
        assertThat(put("/api/v1/articles/alliance-drift/editions/en", """
                        {"title": "Alliance Drift", "image": "harbour.jpg"}""").statusCode())
                .isEqualTo(422);
    }
}
