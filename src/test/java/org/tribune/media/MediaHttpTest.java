package org.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.AccountService;
import org.tribune.auth.AdminSession;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Role;
import org.tribune.auth.SessionService;
import org.tribune.content.Fixtures;
import org.tribune.db.Database;

/** Uploading an image in the newsroom and reading it back from the site. */
class MediaHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static String token;
    private static String csrf;

    @BeforeAll
    static void signIn() {
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
            var account =
                    new AccountService(db, clock).add("photo-desk", "Photo Desk", Role.AUTHOR, "a long password here");
            var sessions = new SessionService(db, clock);
            token = sessions.start(account);
            AdminSession session = sessions.resolve(token).orElseThrow();
            csrf = session.csrfToken();
        }
    }

    private static HttpResponse<String> upload(byte[] file, String name, String csrfToken) throws Exception {
        String boundary = "tribune-test-boundary";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrfToken
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(server.uri("/admin/media"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", NewsroomAccess.SESSION_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return freshConnection().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A client of its own for each upload: the server answers a refused upload before reading all
     * of it and closes that connection, which a shared client could hand to the next test.
     */
    private static HttpClient freshConnection() {
        return HttpClient.newHttpClient();
    }

    @Test
    void an_uploaded_image_is_served_cleaned_with_long_cache_headers_and_its_markdown_shown() throws Exception {
        HttpResponse<String> uploaded = upload(TestImages.jpegWithExif(), "harbour at dawn.jpg", csrf);

        assertThat(uploaded.statusCode()).isEqualTo(201);
        String markdown =
                Jsoup.parse(uploaded.body()).selectFirst("#uploaded-markdown").val();
        assertThat(markdown).startsWith("![harbour at dawn](/media/").endsWith(".jpg)");
        String path = markdown.substring(markdown.indexOf("(/") + 1, markdown.length() - 1);

        HttpResponse<byte[]> image = server.getBytes(path);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("immutable"));
        assertThat(new String(image.body(), StandardCharsets.ISO_8859_1)).doesNotContain(TestImages.SECRET);
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertThat(server.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void a_file_that_is_not_an_image_is_refused_with_the_reason() throws Exception {
        HttpResponse<String> refused = upload("<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8), "shell.png", csrf);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.body()).selectFirst(".form-error").text())
                .contains("PNG, JPEG or GIF");
    }

    @Test
    void an_upload_without_the_csrf_token_is_refused() throws Exception {
        assertThat(upload(TestImages.png(2, 2), "a.png", "wrong").statusCode()).isEqualTo(403);
    }

    @Test
    void a_30_mb_upload_is_refused_with_413_and_the_size_limit_and_no_error_is_logged() throws Exception {
        HttpResponse<String> refused = upload(new byte[30 * 1024 * 1024], "huge.png", csrf);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("10 MB");
        assertThat(server.loggedErrors()).noneMatch(m -> m.contains("/admin/media"));
    }

    @Test
    void a_malformed_multipart_body_is_refused_with_400_and_no_error_is_logged() throws Exception {
        var request = HttpRequest.newBuilder(server.uri("/admin/media"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "multipart/form-data; boundary=tribune-test-boundary")
                .header("Cookie", NewsroomAccess.SESSION_COOKIE + "=" + token)
                .POST(HttpRequest.BodyPublishers.ofString("this is not multipart at all"))
                .build();

        HttpResponse<String> refused = freshConnection().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(server.loggedErrors()).noneMatch(m -> m.contains("/admin/media"));
    }

    @Test
    void addresses_that_are_not_stored_images_are_not_found() {
        assertThat(server.get("/media/" + "a".repeat(64) + ".png").statusCode()).isEqualTo(404);
        assertThat(server.get("/media/..%2Ftribune.db").statusCode()).isIn(400, 404);
    }
}
