package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.tribune.web.RequestLog;

/** --log-format json: one JSON object a line, with the request id of the logging context. */
class LogsTest {
    @Test
    void json_logs_are_one_object_a_line_with_level_logger_message_and_request_id() throws Exception {
        var context = new LoggerContext();
        // A context of its own, sharing the process's logging context as the real one does.
        context.setMDCAdapter(MDC.getMDCAdapter());
        context.start();
        var out = new ByteArrayOutputStream();
        Logs.useJson(context, out);

        MDC.put(RequestLog.MDC_KEY, "json-test-1");
        try {
            context.getLogger("org.tribune.requests").info("GET {} 200", "/{lang}");
        } finally {
            MDC.remove(RequestLog.MDC_KEY);
        }
        context.stop();

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).as(out.toString(StandardCharsets.UTF_8)).hasSize(1);
        JsonNode event = new ObjectMapper().readTree(lines[0]);
        assertThat(event.path("level").asText()).as(lines[0]).isEqualTo("INFO");
        assertThat(event.path("loggerName").asText()).isEqualTo("org.tribune.requests");
        assertThat(event.path("formattedMessage").asText("")
                        + event.path("message").asText(""))
                .contains("GET");
    }
}
