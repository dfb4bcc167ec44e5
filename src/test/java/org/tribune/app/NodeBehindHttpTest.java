package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.EditionInput;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/**
 * A node that stops applying what other nodes change (its change feed stuck) reports the outbox lag
 * in its metrics and stops saying it is ready once the lag exceeds {@code --ready-max-lag}.
 */
class NodeBehindHttpTest {
    private static final Duration MAX_LAG = Duration.ofSeconds(1);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path tempDir;

    static TestDatabase db;
    static Server nodeA;
    static Server nodeB;

    @BeforeAll
    static void start() {
        db = TestDatabase.open(Dialect.POSTGRESQL, tempDir);
        nodeA = Server.start(node("a"), Clock.systemUTC());
        nodeB = Server.start(node("b").withReadyMaxLag(MAX_LAG), Clock.systemUTC());
    }

    private static Settings node(String name) {
        return Settings.forDataDir(tempDir.resolve(name)).withPort(0).withDatabaseUrl(db.url());
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
        db.close();
    }

    @Test
    void a_node_whose_change_feed_is_stuck_reports_its_lag_and_turns_not_ready() throws Exception {
        await(nodeB, "/health/ready", "\"changes\":\"ok\"", Duration.ofSeconds(30));
        assertThat(await(nodeB, "/metrics", "tribune_changes_lag_changes", Duration.ofSeconds(5)))
                .contains("tribune_changes_lag_changes 0.0", "tribune_changes_lag_seconds 0.0");

        nodeB.site().changeFeed.close();
        nodeA.services().content().save(edition("stuck-feed", "Stuck feed"));
        nodeA.services().content().save(edition("stuck-feed", "Stuck feed, again"));

        String ready = await(nodeB, "/health/ready", "\"changes\":\"behind\"", Duration.ofSeconds(30));
        assertThat(ready).contains("\"status\":\"unavailable\"");
        assertThat(CLIENT.send(get(nodeB, "/health/ready"), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(503);
        String metrics = await(nodeB, "/metrics", "tribune_changes_lag_changes", Duration.ofSeconds(5));
        assertThat(gauge(metrics, "tribune_changes_lag_changes")).isGreaterThanOrEqualTo(2);
        assertThat(gauge(metrics, "tribune_changes_lag_seconds")).isGreaterThan(MAX_LAG.toMillis() / 1000.0);
        assertThat(await(nodeA, "/health/ready", "\"status\":\"ready\"", Duration.ofSeconds(30)))
                .contains("\"changes\":\"ok\"");
    }

    private static double gauge(String metrics, String name) {
        var m = Pattern.compile("(?m)^" + name + " (\\S+)$").matcher(metrics);
        assertThat(m.find()).as(name + " in " + metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static EditionInput edition(String id, String title) {
        return new EditionInput(
                id,
                Lang.EN,
                title,
                "Summary.",
                "Body.",
                Instant.parse("2025-06-01T00:00:00Z"),
                null,
                List.of(new Named("jane-doe", "Jane Doe")),
                List.of());
    }

    private static HttpRequest get(Server node, String path) {
        return HttpRequest.newBuilder(URI.create(node.url() + path)).build();
    }

    /** The body of {@code path} once it contains {@code text}; fails after {@code within}. */
    private static String await(Server node, String path, String text, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String last;
        do {
            last = CLIENT.send(get(node, path), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (last.contains(text)) {
                return last;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("'" + text + "' not in " + path + " within " + within + "; last: " + last);
    }
}
