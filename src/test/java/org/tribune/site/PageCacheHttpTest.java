package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.content.ContentService;
import org.tribune.content.EditionInput;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.db.Database;

/** Cached pages: validators, compression, and freshness after content changes here or elsewhere. */
class PageCacheHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @Test
    void a_page_the_reader_already_has_is_answered_304_without_a_body() {
        HttpResponse<String> first = server.get("/en/articles/alliance-drift");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = server.get("/en/articles/alliance-drift", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void head_answers_like_get_without_the_body() throws Exception {
        var head = HttpRequest.newBuilder(server.uri("/en/articles/alliance-drift"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build();
        var missing = HttpRequest.newBuilder(server.uri("/en/articles/no-such-article"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build();
        var client = server.newClient(HttpClient.Redirect.NEVER);

        HttpResponse<String> found = client.send(head, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> notFound = client.send(missing, HttpResponse.BodyHandlers.ofString());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.headers().firstValue("ETag"))
                .isEqualTo(server.get("/en/articles/alliance-drift").headers().firstValue("ETag"));
        assertThat(found.body()).isEmpty();
        assertThat(notFound.statusCode()).isEqualTo(404);
    }

    @Test
    void text_is_sent_gzipped_to_readers_that_accept_it() throws IOException {
        HttpResponse<byte[]> zipped = server.getBytes("/en/", "Accept-Encoding", "gzip, deflate");
        HttpResponse<String> plain = server.get("/en/");

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary"))
                .hasValueSatisfying(v -> assertThat(v).contains("Accept-Encoding"));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(zipped.body().length).isLessThan(plain.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void a_change_saved_through_the_app_shows_at_once() {
        assertThat(server.get("/en/topics/security").body()).doesNotContain("Fresh Analysis");

        server.content().save(edition("fresh-analysis", "Fresh Analysis"));

        assertThat(server.get("/en/topics/security").body()).contains("Fresh Analysis");
        assertThat(server.get("/en/articles/fresh-analysis").statusCode()).isEqualTo(200);
    }

    @Test
    void a_change_written_by_another_process_shows_within_seconds() {
        assertThat(server.get("/en/").body()).doesNotContain("Imported Elsewhere");
        String url = "jdbc:sqlite:" + server.dataDir().resolve("tribune.db");

        try (Database other = Database.open(url)) {
            new ContentService(other, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
                    .save(edition("imported-elsewhere", "Imported Elsewhere"));
        }

        server.await("/en/", response -> response.body().contains("Imported Elsewhere"), Duration.ofSeconds(5));
    }

    private static EditionInput edition(String id, String title) {
        return new EditionInput(
                id,
                Lang.EN,
                title,
                "New.",
                "Body.",
                Instant.parse("2025-12-31T00:00:00Z"),
                null,
                List.of(new Named("jane-doe", "Jane Doe")),
                List.of(new Named("security", "Security")));
    }
}
