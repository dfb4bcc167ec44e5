package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a newcomer runs it: {@code tribune serve --demo} prints its address and serves the journal. */
class ServeJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @TempDir
    Path dataDir;

    @Test
    void serve_demo_prints_its_address_and_serves_the_demo_journal_in_three_languages() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-jar", System.getProperty("tribune.jar"),
                "serve", "--demo", "--port", "0", "--data", dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String url = awaitAddress(process);
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> en = client.send(HttpRequest.newBuilder(URI.create(url + "/en/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> hans = client.send(HttpRequest.newBuilder(URI.create(url + "/zh-hans/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(en.statusCode()).isEqualTo(200);
            assertThat(en.body()).contains("<html lang=\"en\">").contains("class=\"teaser\"");
            assertThat(hans.statusCode()).isEqualTo(200);
            assertThat(hans.body()).contains("<html lang=\"zh-Hans\">").contains("class=\"teaser\"");
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    private static String awaitAddress(Process process) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("the server never printed 'listening on http://127.0.0.1:PORT'");
    }
}
