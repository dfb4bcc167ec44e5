package org.tribune.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.app.Server;
import org.tribune.app.Settings;
import org.tribune.auth.NewsroomAccess;
import org.tribune.auth.Role;
import org.tribune.auth.SessionService;
import org.tribune.content.Fixtures;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** Two servers on one PostgreSQL schema, each with a data folder of its own, as two nodes behind a balancer. */
class MediaOnTwoNodesHttpTest {
    @TempDir
    Path tempDir;

    private TestDatabase db;
    private Server nodeA;
    private Server nodeB;

    @BeforeEach
    void start() {
        db = TestDatabase.open(Dialect.POSTGRESQL, tempDir);
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        nodeA = Server.start(
                Settings.forDataDir(tempDir.resolve("a")).withPort(0).withDatabaseUrl(db.url()), clock);
        nodeB = Server.start(
                Settings.forDataDir(tempDir.resolve("b")).withPort(0).withDatabaseUrl(db.url()), clock);
    }

    @AfterEach
    void stop() {
        nodeA.close();
        nodeB.close();
        db.close();
    }

    @Test
    void an_image_uploaded_through_one_node_is_served_by_the_other_with_its_smaller_copies() throws Exception {
        var account = nodeA.services().accounts().add("photo-desk", "Photo Desk", Role.AUTHOR, "a long password here");
        SessionService sessions = nodeA.services().sessions();
        String session = sessions.start(account);
        String csrf = sessions.resolve(session).orElseThrow().csrfToken();

        HttpResponse<String> uploaded = upload(nodeA, session, csrf, TestImages.jpeg(1000, 600));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String markdown =
                Jsoup.parse(uploaded.body()).selectFirst("#uploaded-markdown").val();
        String path = markdown.substring(markdown.indexOf("(/") + 1, markdown.length() - 1);

        HttpResponse<byte[]> fromA = get(nodeA, path);
        HttpResponse<byte[]> fromB = get(nodeB, path);
        HttpResponse<byte[]> copyFromB = get(nodeB, path.replace(".jpg", "-480w.jpg"));

        assertThat(fromA.statusCode()).isEqualTo(200);
        assertThat(fromB.statusCode()).isEqualTo(200);
        assertThat(fromB.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(fromB.body()).isEqualTo(fromA.body());
        assertThat(copyFromB.statusCode()).isEqualTo(200);
        assertThat(tempDir.resolve("b/media").resolve(path.substring("/media/".length())))
                .exists();
    }

    private static HttpResponse<String> upload(Server node, String session, String csrf, byte[] file) throws Exception {
        String boundary = "tribune-two-nodes";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"harbour.jpg\""
                        + "\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(node.url() + "/admin/media"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", NewsroomAccess.SESSION_COOKIE + "=" + session)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> get(Server node, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .timeout(Duration.ofSeconds(10))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
