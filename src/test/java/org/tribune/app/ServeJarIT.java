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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a newcomer runs it: {@code tribune serve --demo} prints its address and serves the journal. */
class ServeJarIT {
    private static final Pattern DEMO_PASSWORD = Pattern.compile("as admin with password (\\S+)");
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @TempDir
    Path dataDir;

    @Test
    void serve_demo_prints_its_address_and_serves_the_demo_journal_in_three_languages() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(
                        java,
                        "-jar",
                        System.getProperty("tribune.jar"),
                        "serve",
                        "--demo",
                        "--port",
                        "0",
                        "--data",
                        dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            List<String> printed = awaitAddress(process);
            String url = address(printed);
            HttpClient client = HttpClient.newHttpClient();

            HttpResponse<String> en = client.send(
                    HttpRequest.newBuilder(URI.create(url + "/en/")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> hans = client.send(
                    HttpRequest.newBuilder(URI.create(url + "/zh-hans/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(en.statusCode()).isEqualTo(200);
            assertThat(en.body()).contains("<html lang=\"en\">").contains("class=\"teaser\"");
            assertThat(hans.statusCode()).isEqualTo(200);
            assertThat(hans.body()).contains("<html lang=\"zh-Hans\">").contains("class=\"teaser\"");
            assertThat(signInAsDemoAdmin(client, url, printed))
                    .as("the printed one-time password signs in")
                    .isEqualTo(303);
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS))
                    .as("stops on SIGTERM")
                    .isTrue();
        }
    }

    /** Everything the server printed up to and including its address. */
    private static List<String> awaitAddress(Process process) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // A demo start takes seconds on a quiet machine and has taken 45 s on a loaded one.
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        List<String> printed = new ArrayList<>();
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            printed.add(line);
            if (LISTENING.matcher(line).find()) {
                return printed;
            }
        }
        throw new AssertionError(
                "the server never printed 'listening on http://127.0.0.1:PORT'; it printed " + printed);
    }

    private static String address(List<String> printed) {
        Matcher m = LISTENING.matcher(printed.getLast());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Signs in through the login form with the password the demo printed; the answer's status. */
    private static int signInAsDemoAdmin(HttpClient client, String url, List<String> printed) throws Exception {
        String password = printed.stream()
                .map(DEMO_PASSWORD::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo admin password in " + printed));
        HttpResponse<String> form = client.send(
                HttpRequest.newBuilder(URI.create(url + "/admin/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String body = "csrf=" + token.group(1) + "&username=admin&password=" + password;
        return client.send(
                        HttpRequest.newBuilder(URI.create(url + "/admin/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Cookie", cookie)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
