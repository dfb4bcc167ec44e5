package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /metrics speaks Prometheus' text format, counts what the server did, and answers only whom it should. */
class MetricsHttpTest {
    private static final String TOKEN = "a-long-enough-metrics-token";
    /** A sample line: name, optional labels, value (and an optional timestamp). */
    private static final Pattern SAMPLE =
            Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\.|[^\"\\\\])*\",?)*})? "
                    + "(-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)( -?[0-9]+)?");

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @RegisterExtension
    static TestServer withToken =
            TestServer.withFixture("/fixtures/journal.jsonl").tunedWithRealClock(s -> s.withMetricsToken(TOKEN));

    @Test
    void metrics_parse_as_prometheus_text_and_count_a_request_made() {
        assertThat(server.get("/zh-hant/").statusCode()).isEqualTo(200);
        assertThat(server.get("/en/search?q=korea").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = server.await(
                "/metrics",
                r -> r.body().contains("uri=\"/{lang}\"") && r.body().contains("tribune_search_queries_seconds_count"),
                Duration.ofSeconds(5));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        for (String line : metrics.body().split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(line).matches(SAMPLE);
            }
        }
        assertThat(metrics.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*"
                        + "uri=\"/\\{lang}\"[^}]*} [1-9]")
                .contains("http_server_requests_seconds_bucket{")
                .contains("jvm_memory_used_bytes{", "jvm_gc_", "process_uptime_seconds")
                .contains("hikaricp_connections_active{", "hikaricp_connections_acquire_seconds")
                .contains("cache_gets_total{cache=\"pages\"", "cache_evictions_total{cache=\"pages\"")
                .contains("tribune_search_queries_seconds_bucket{");
    }

    @Test
    void the_search_index_the_scheduler_and_the_webhooks_report_how_they_stand() {
        String metrics = server.get("/metrics").body();
        assertThat(metrics)
                .contains("tribune_search_index_lag_seconds ", "tribune_search_index_updates_total ")
                .contains("tribune_search_index_rebuilding 0.0")
                .contains("tribune_scheduler_published_total ", "tribune_scheduler_failures_total ")
                .contains(
                        "tribune_webhooks_deliveries_total{outcome=\"delivered\"}",
                        "tribune_webhooks_deliveries_total{outcome=\"failed\"}",
                        "tribune_webhooks_deliveries_total{outcome=\"abandoned\"}",
                        "tribune_webhooks_events_total ",
                        "tribune_webhooks_pending ",
                        "tribune_webhooks_retry_queue ");
        assertThat(metrics)
                .as("the index holds the fixture's editions")
                .containsPattern("(?m)^tribune_search_index_documents [1-9][0-9]*\\.0$");
    }

    @Test
    void an_article_is_counted_under_its_route_template_not_its_address() {
        server.get("/en/articles/no-such-article");
        server.get("/no/such/address/at/all");

        HttpResponse<String> metrics =
                server.await("/metrics", r -> r.body().contains("status=\"404\""), Duration.ofSeconds(5));

        assertThat(metrics.body())
                .contains("uri=\"/{lang}/articles/{slug}\"")
                .doesNotContain("no-such-article", "/no/such/address");
    }

    @Test
    void metrics_are_refused_to_a_request_that_came_through_a_proxy() {
        assertThat(server.get("/metrics", "X-Forwarded-For", "203.0.113.9").statusCode())
                .isEqualTo(403);
        assertThat(server.get("/metrics", "Forwarded", "for=203.0.113.9").statusCode())
                .isEqualTo(403);
    }

    @Test
    void with_a_metrics_token_only_the_token_opens_them() {
        assertThat(withToken.get("/metrics").statusCode()).isEqualTo(403);
        assertThat(withToken
                        .get("/metrics", "Authorization", "Bearer wrong-token-of-some-length")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> metrics =
                withToken.get("/metrics", "Authorization", "Bearer " + TOKEN, "X-Forwarded-For", "203.0.113.9");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
