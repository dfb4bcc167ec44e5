package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

/**
 * A node that stops applying what other nodes change (its change feed stuck) reports the outbox lag
 * in its metrics and stops saying it is ready once the lag exceeds {@code --ready-max-lag}.
 */
class NodeBehindHttpTest {
    private static final Duration MAX_LAG = Duration.ofSeconds(1);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path tempDir;

    static TwoNodeServers nodes;
    static Server nodeA;
    static Server nodeB;

    @BeforeAll
    static void start() {
        nodes = new TwoNodeServers(tempDir, settings -> settings.withReadyMaxLag(MAX_LAG));
        nodeA = nodes.nodeA;
        nodeB = nodes.nodeB;
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void a_node_whose_change_feed_is_stuck_reports_its_lag_and_turns_not_ready() throws Exception {
        TwoNodeServers.awaitBody(nodeB, "/health/ready", "\"changes\":\"ok\"", Duration.ofSeconds(30));
        assertThat(TwoNodeServers.awaitBody(nodeB, "/metrics", "tribune_changes_lag_changes", Duration.ofSeconds(5)))
                .contains("tribune_changes_lag_changes 0.0", "tribune_changes_lag_seconds 0.0");

        nodeB.site().changeFeed.close();
        nodeA.services().content().save(edition("stuck-feed", "Stuck feed"));
        nodeA.services().content().save(edition("stuck-feed", "Stuck feed, again"));

        String ready =
                TwoNodeServers.awaitBody(nodeB, "/health/ready", "\"changes\":\"behind\"", Duration.ofSeconds(30));
        assertThat(ready).contains("\"status\":\"unavailable\"");
        assertThat(CLIENT.send(get(nodeB, "/health/ready"), HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(503);
        String metrics =
                TwoNodeServers.awaitBody(nodeB, "/metrics", "tribune_changes_lag_changes", Duration.ofSeconds(5));
        assertThat(gauge(metrics, "tribune_changes_lag_changes")).isGreaterThanOrEqualTo(2);
        assertThat(gauge(metrics, "tribune_changes_lag_seconds")).isGreaterThan(MAX_LAG.toMillis() / 1000.0);
        assertThat(TwoNodeServers.awaitBody(nodeA, "/health/ready", "\"status\":\"ready\"", Duration.ofSeconds(30)))
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
}
