package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Liveness, readiness and the old /health, as a load balancer sees them through a node's life. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @Test
    @Order(1)
    void a_started_node_is_live_and_ready_and_health_answers_as_before() {
        HttpResponse<String> live = server.get("/health/live");
        HttpResponse<String> ready = server.get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"up\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\":\"ok\"", "\"search\":\"ok\"", "\"status\":\"ready\"");
        assertThat(ready.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(server.get("/health").body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    @Order(2)
    void a_node_shutting_down_is_not_ready_but_still_live_and_serving() {
        server.app().beginShutdown();

        HttpResponse<String> ready = server.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"shutting_down\":true");
        assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
        assertThat(server.get("/en/").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void a_node_whose_database_is_gone_is_not_ready_and_health_says_so() {
        server.app().services().database().close();

        HttpResponse<String> ready = server.get("/health/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"database\":\"unavailable\"");
        assertThat(server.get("/health").statusCode()).isEqualTo(503);
        assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
    }
}
