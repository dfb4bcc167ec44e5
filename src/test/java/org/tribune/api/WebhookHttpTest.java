package org.tribune.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.Role;
import org.tribune.db.Database;

/** Webhooks delivered to a real HTTP server on loopback: signed, retried, and never in publishing's way. */
class WebhookHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl")
            .tunedWithRealClock(s -> s.withWebhookFirstRetry(Duration.ofMillis(200)));

    /** What the receiver got: the event header, the body, and whether the signature checked out. */
    record Received(String path, String event, JsonNode body, boolean signatureValid) {}

    static HttpServer receiver;
    static final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    static final AtomicInteger flakyCalls = new AtomicInteger();
    static final CountDownLatch slowRelease = new CountDownLatch(1);
    static final AtomicBoolean slowAnswered = new AtomicBoolean();
    static final Map<String, String> secrets = new ConcurrentHashMap<>();
    static String admin;

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            if (path.equals("/flaky") && flakyCalls.incrementAndGet() <= 2) {
                status = 500;
            }
            if (path.equals("/slow")) {
                awaitQuietly(slowRelease);
                slowAnswered.set(true);
            }
            String secret = secrets.get(path);
            long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Tribune-Timestamp"));
            boolean valid = secret != null
                    && WebhookSignature.sign(secret, timestamp, body)
                            .equals(exchange.getRequestHeaders().getFirst("X-Tribune-Signature"));
            if (status == 200) {
                received.add(new Received(
                        path, exchange.getRequestHeaders().getFirst("X-Tribune-Event"), JSON.readTree(body), valid));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try (Database db = Database.open("jdbc:sqlite:" + server.dataDir().resolve("tribune.db"))) {
            admin = new ApiTokenService(db, Clock.systemUTC()).create("hooks-admin", Role.ADMIN);
        }
    }

    @AfterAll
    static void stop() {
        slowRelease.countDown();
        receiver.stop(0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpResponse<String> api(String method, String path, String body) {
        var request = HttpRequest.newBuilder(server.uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String subscribe(String path, String... events) throws IOException {
        String list = events.length == 0 ? "" : ", \"events\": " + JSON.writeValueAsString(List.of(events));
        HttpResponse<String> made = api(
                "POST",
                "/api/v1/webhooks",
                "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + path + "\"" + list + "}");
        assertThat(made.statusCode()).isEqualTo(201);
        JsonNode hook = JSON.readTree(made.body());
        secrets.put(path, hook.get("secret").asText());
        return hook.get("id").asText();
    }

    private static void write(String id, String title) {
        assertThat(api("PUT", "/api/v1/articles/" + id + "/editions/en", "{\"title\": \"" + title + "\"}")
                        .statusCode())
                .isIn(200, 201);
    }

    /** The next delivery to {@code path}, waiting for it a while; others are put back. */
    private static Received next(String path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Received r = received.poll(100, TimeUnit.MILLISECONDS);
            if (r != null && r.path().equals(path)) {
                return r;
            }
            if (r != null) {
                received.add(r);
            }
        }
        throw new AssertionError("no delivery to " + path + " arrived");
    }

    @Test
    void a_subscriber_hears_of_publishing_updating_and_withdrawing_signed_with_its_secret() throws Exception {
        subscribe("/all");
        write("hooked-piece", "Hooked Piece");
        api("POST", "/api/v1/articles/hooked-piece/editions/en/publish", null);
        write("hooked-piece", "Hooked Piece, corrected");
        api("POST", "/api/v1/articles/hooked-piece/editions/en/withdraw", null);

        // Deliveries travel side by side, so they may arrive in any order; each says when it happened.
        Map<String, Received> byEvent = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            Received r = next("/all");
            byEvent.put(r.event(), r);
        }
        Received published = byEvent.get("article.published");
        Received updated = byEvent.get("article.updated");
        Received withdrawn = byEvent.get("article.withdrawn");

        assertThat(byEvent).containsOnlyKeys("article.published", "article.updated", "article.withdrawn");
        assertThat(List.of(published, updated, withdrawn)).allMatch(Received::signatureValid);
        assertThat(published.body().get("type").asText()).isEqualTo("article.published");
        assertThat(published.body().at("/article/id").asText()).isEqualTo("hooked-piece");
        assertThat(published.body().at("/article/lang").asText()).isEqualTo("en");
        assertThat(published.body().at("/article/url").asText()).endsWith("/en/articles/hooked-piece");
        assertThat(updated.body().at("/article/title").asText()).isEqualTo("Hooked Piece, corrected");
    }

    @Test
    void a_failing_subscriber_is_tried_again_until_it_answers() throws Exception {
        subscribe("/flaky", "article.published");
        write("retried-piece", "Retried Piece");

        api("POST", "/api/v1/articles/retried-piece/editions/en/publish", null);

        Received delivered = next("/flaky");
        assertThat(delivered.event()).isEqualTo("article.published");
        assertThat(flakyCalls.get()).isEqualTo(3);
    }

    @Test
    void a_slow_subscriber_does_not_hold_up_publishing() throws Exception {
        subscribe("/slow", "article.published");
        write("patient-piece", "Patient Piece");

        HttpResponse<String> published = api("POST", "/api/v1/articles/patient-piece/editions/en/publish", null);

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(slowAnswered)
                .as("publishing returned while the subscriber was still busy")
                .isFalse();
        assertThat(server.get("/en/articles/patient-piece").statusCode()).isEqualTo(200);
        slowRelease.countDown();
        assertThat(next("/slow").signatureValid()).isTrue();
    }

    @Test
    void a_dead_subscriber_changes_nothing_for_readers() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThat(api("POST", "/api/v1/webhooks", "{\"url\": \"http://127.0.0.1:" + closedPort + "/gone\"}")
                        .statusCode())
                .isEqualTo(201);
        write("unheard-piece", "Unheard Piece");

        assertThat(api("POST", "/api/v1/articles/unheard-piece/editions/en/publish", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(server.get("/en/articles/unheard-piece").statusCode()).isEqualTo(200);
    }

    @Test
    void bad_subscriptions_are_refused_naming_the_field() throws Exception {
        HttpResponse<String> refused =
                api("POST", "/api/v1/webhooks", "{\"url\": \"ftp://x\", \"events\": [\"article.eaten\"]}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("errors"))
                .extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("url", "events");
        String id = subscribe("/removable");
        assertThat(api("DELETE", "/api/v1/webhooks/" + id, null).statusCode()).isEqualTo(204);
        assertThat(api("DELETE", "/api/v1/webhooks/" + id, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/api/v1/webhooks", null).body()).doesNotContain(secrets.get("/removable"));
    }
}
