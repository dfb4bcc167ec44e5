package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.tribune.web.RequestLog;

/** Every request has an id, echoed to the client, in the request log line, and on the 500 page. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestLogHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    /** Reads each event's logging context as it is logged: the request's is cleared right after. */
    private static final ListAppender<ILoggingEvent> requestLines = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    @BeforeAll
    static void listen() {
        var logger = (Logger) LoggerFactory.getLogger("org.tribune.requests");
        requestLines.setContext(logger.getLoggerContext());
        requestLines.start();
        logger.addAppender(requestLines);
    }

    @AfterAll
    static void stopListening() {
        ((Logger) LoggerFactory.getLogger("org.tribune.requests")).detachAppender(requestLines);
    }

    @Test
    @Order(1)
    void a_request_id_sent_is_echoed_and_one_is_made_when_none_or_nonsense_is_sent() {
        assertThat(server.get("/en/", "X-Request-Id", "lb-7f3a.42").headers().firstValue(RequestLog.HEADER))
                .hasValue("lb-7f3a.42");
        assertThat(server.get("/en/").headers().firstValue(RequestLog.HEADER))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(server.get("/en/", "X-Request-Id", "x".repeat(65)).headers().firstValue(RequestLog.HEADER))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
    }

    @Test
    @Order(2)
    void each_request_makes_one_log_line_with_route_status_duration_bytes_and_its_id() {
        HttpResponse<String> page = server.get("/zh-hans/articles/no-such-article", "X-Request-Id", "line-test-1");

        ILoggingEvent line = awaitLine("line-test-1");
        assertThat(line.getFormattedMessage())
                .matches("GET /\\{lang}/articles/\\{slug} 404 [0-9.]+ms [0-9]+B")
                .endsWith(" " + page.body().getBytes(StandardCharsets.UTF_8).length + "B");
        assertThat(requestLines.list.stream()
                        .filter(e -> "line-test-1".equals(e.getMDCPropertyMap().get(RequestLog.MDC_KEY))))
                .hasSize(1);
    }

    @Test
    @Order(3)
    void the_500_page_shows_the_request_id_for_the_reader_to_quote() {
        // The store goes away under the server: the next page that needs it fails.
        server.app().services().database().close();

        HttpResponse<String> failed = server.get("/en/archive/", "X-Request-Id", "trace-500-abc");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.headers().firstValue(RequestLog.HEADER)).hasValue("trace-500-abc");
        assertThat(failed.body()).contains("trace-500-abc").doesNotContain("\tat ", "Exception");
        assertThat(server.get("/en/archive/", "X-Request-Id", "trace-500-abc", "Accept", "application/json")
                        .body())
                .doesNotContain("Exception");
    }

    private static ILoggingEvent awaitLine(String requestId) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<ILoggingEvent> lines = List.copyOf(requestLines.list);
            for (ILoggingEvent e : lines) {
                if (requestId.equals(e.getMDCPropertyMap().get(RequestLog.MDC_KEY))) {
                    return e;
                }
            }
            LockSupport.parkNanos(20_000_000L);
        }
        throw new AssertionError("no request log line for " + requestId + " in " + requestLines.list);
    }
}
