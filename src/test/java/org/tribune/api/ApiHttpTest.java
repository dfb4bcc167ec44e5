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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.Role;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;

/** The REST API over HTTP: reading published articles, writing with tokens, problems for bad input. */
class ApiHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient BARE = HttpClient.newHttpClient();

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    static String editor;
    static String translator;
    static String author;

    @BeforeAll
    static void tokens() {
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            var tokens = new ApiTokenService(db, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
            editor = tokens.create("wire-desk", Role.EDITOR);
            translator = tokens.create("translation-agency", Role.TRANSLATOR);
            author = tokens.create("columnist", Role.AUTHOR);
            tokens.create("old-integration", Role.ADMIN);
            tokens.revoke("old-integration");
        }
    }

    private static HttpResponse<String> call(String method, String path, String token, String body, String... headers) {
        var request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
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

    @Test
    void the_cursor_walks_every_published_article_once_newest_first() {
        List<String> ids = new ArrayList<>();
        List<String> published = new ArrayList<>();
        String next = "/api/v1/articles?limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = call("GET", next, null, null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode body = json(page);
            body.get("items").forEach(item -> {
                ids.add(item.get("id").asText());
                published.add(item.get("published").asText());
            });
            next = body.get("next").isNull() ? null : body.get("next").asText();
            pages++;
        }

        assertThat(pages).isGreaterThan(1);
        assertThat(ids).doesNotHaveDuplicates().contains("alliance-drift", "trade-winds");
        assertThat(published).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void an_article_carries_its_published_editions_with_authors_topics_and_site_addresses() {
        JsonNode article = json(call("GET", "/api/v1/articles/alliance-drift", null, null));

        assertThat(article.get("editions"))
                .extracting(e -> e.get("lang").asText())
                .containsExactly("en", "zh-Hans", "zh-Hant");
        JsonNode en = article.get("editions").get(0);
        assertThat(en.get("title").asText()).isEqualTo("Alliance Drift in the Pacific");
        assertThat(en.get("url").asText()).endsWith("/en/articles/alliance-drift");
        assertThat(en.get("authors").get(0).get("key").asText()).isNotEmpty();
        assertThat(en.get("bodyHtml").asText()).startsWith("<");

        JsonNode hans = json(call("GET", "/api/v1/articles/alliance-drift?lang=zh-Hans", null, null));
        assertThat(hans.get("editions")).hasSize(1);
        assertThat(hans.get("editions").get(0).get("lang").asText()).isEqualTo("zh-Hans");
    }

    @Test
    void a_reader_with_the_current_etag_gets_304() {
        HttpResponse<String> first = call("GET", "/api/v1/articles/trade-winds", null, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = call("GET", "/api/v1/articles/trade-winds", null, null, "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void bad_reads_are_problem_documents_never_stack_traces() {
        HttpResponse<String> missing = call("GET", "/api/v1/articles/no-such-thing", null, null);
        HttpResponse<String> badCursor = call("GET", "/api/v1/articles?cursor=bm90LWEtY3Vyc29y", null, null);
        HttpResponse<String> badLimit = call("GET", "/api/v1/articles?limit=5000", null, null);
        HttpResponse<String> badLang = call("GET", "/api/v1/articles?lang=fr", null, null);

        for (var response : List.of(missing, badCursor, badLimit, badLang)) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).get("status").asInt()).isEqualTo(response.statusCode());
            assertThat(response.body()).doesNotContain("Exception", "at org.");
        }
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(json(badLimit).get("detail").asText()).contains("1 to 100");
    }

    @Test
    void an_editor_token_creates_publishes_and_withdraws_an_edition_and_readers_follow() {
        String edition = """
                {"title": "Wire Copy", "summary": "From the wire.", "body": "First.\\n\\nSecond.",
                 "authors": [{"key": "wire", "name": "Wire Desk"}], "topics": [{"key": "security", "name": "Security"}]}""";

        HttpResponse<String> created = call("PUT", "/api/v1/articles/wire-copy/editions/en", editor, edition);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("status").asText()).isEqualTo("draft");
        assertThat(call("GET", "/api/v1/articles/wire-copy", null, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> published = call("POST", "/api/v1/articles/wire-copy/editions/en/publish", editor, null);
        assertThat(json(published).get("status").asText()).isEqualTo("published");
        assertThat(json(call("GET", "/api/v1/articles/wire-copy", null, null))
                        .get("editions")
                        .get(0)
                        .get("title")
                        .asText())
                .isEqualTo("Wire Copy");
        assertThat(server.get("/en/articles/wire-copy").statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/articles/wire-copy/editions/en/publish", editor, null)
                        .statusCode())
                .as("publishing twice")
                .isEqualTo(409);

        HttpResponse<String> updated = call(
                "PUT",
                "/api/v1/articles/wire-copy/editions/en",
                editor,
                edition.replace("Wire Copy", "Wire Copy, updated"));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).get("status").asText())
                .as("an update keeps the state")
                .isEqualTo("published");

        call("POST", "/api/v1/articles/wire-copy/editions/en/withdraw", editor, null);
        assertThat(call("GET", "/api/v1/articles/wire-copy", null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void invalid_input_names_every_bad_field() {
        HttpResponse<String> refused = call("PUT", "/api/v1/articles/bad-one/editions/en", editor, """
                {"title": "", "summary": 7, "published": "yesterday",
                 "authors": [{"key": "Not A Key", "name": ""}]}""");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).get("errors"))
                .extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("title", "summary", "published", "authors[0].key", "authors[0].name");
        assertThat(call("PUT", "/api/v1/articles/bad-one/editions/en", editor, "{not json")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void tokens_are_checked_and_roles_kept_to_their_rights() {
        String body = "{\"title\": \"Mine\"}";

        HttpResponse<String> none = call("PUT", "/api/v1/articles/alliance-drift/editions/en", null, body);
        HttpResponse<String> revoked =
                call("PUT", "/api/v1/articles/alliance-drift/editions/en", "trb_not-a-real-token", body);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(revoked.statusCode()).isEqualTo(401);

        assertThat(call("PUT", "/api/v1/articles/alliance-drift/editions/en", translator, body)
                        .statusCode())
                .as("a translator may not write the source")
                .isEqualTo(403);
        assertThat(call("PUT", "/api/v1/articles/alliance-drift/editions/en", author, body)
                        .statusCode())
                .as("an author may not write someone else's article")
                .isEqualTo(403);
        assertThat(call("POST", "/api/v1/articles/alliance-drift/editions/en/withdraw", translator, null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> othersArticle =
                call("POST", "/api/v1/articles/alliance-drift/editions/en/submit", author, null);
        HttpResponse<String> noArticle =
                call("POST", "/api/v1/articles/no-such-article-anywhere/editions/en/submit", author, null);
        assertThat(othersArticle.statusCode())
                .as("an author moving someone else's article is answered as if it did not exist")
                .isEqualTo(404);
        assertThat(json(othersArticle).get("detail").asText())
                .isEqualTo(
                        json(noArticle).get("detail").asText().replace("no-such-article-anywhere", "alliance-drift"));
        assertThat(server.get("/en/articles/alliance-drift").body()).doesNotContain(">Mine<");
    }
}
