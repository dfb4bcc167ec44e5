package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.Role;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/**
 * A server killed with SIGKILL while editors write through the API, on either store: every write
 * it acknowledged is there after the restart, and the search index, reopened from its last
 * commit rather than rebuilt, catches up with what it had not committed (the article written
 * just before the kill) and with what another process wrote while the server was down.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class CrashRestartIT {
    private static final Pattern METRIC_LINE = Pattern.compile("(?m)^(tribune_search_index_\\w+) (\\S+)$");

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    private String schema;
    private String jdbcUrl;
    private List<String> storeOptions;

    @BeforeEach
    void store() {
        Path data = dir.resolve("data");
        storeOptions = new ArrayList<>(List.of("--data", data.toString()));
        if (dialect == Dialect.POSTGRESQL) {
            schema = "tribune_crash_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            jdbcUrl = TestDatabase.POSTGRES_SERVER + "&currentSchema=" + schema;
            storeOptions.addAll(List.of("--db", jdbcUrl));
        } else {
            jdbcUrl = "jdbc:sqlite:" + data.resolve("tribune.db");
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (var connection = DriverManager.getConnection(TestDatabase.POSTGRES_SERVER);
                    var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    void acknowledged_writes_survive_a_kill_and_the_committed_index_catches_up_on_restart() throws Exception {
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        try (var first = ServerProcess.serve(dir.resolve("first.log"), with("--demo"))) {
            first.await("/health/ready", r -> r.statusCode() == 200, Duration.ofMinutes(3));
            String token;
            try (var db = Database.open(jdbcUrl)) {
                token = new ApiTokenService(db, Clock.systemUTC()).create("crash-test", Role.EDITOR);
            }
            var writer = Thread.ofPlatform().start(() -> {
                for (int i = 0; ; i++) {
                    String id = "crash-" + i;
                    if (!write(first, token, id, word(i))) {
                        return; // the server is gone
                    }
                    acknowledged.add(id);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            first.kill(); // in the middle of the writer's next request
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(10);

        // Another process writes while the server is down.
        Path line = dir.resolve("while-down.jsonl");
        Files.writeString(line, """
                {"id": "written-while-down", "lang": "en", "title": "Written While Down", "summary": "Imported.",
                 "published": "2025-01-01T00:00:00Z", "authors": [{"key": "night-desk", "name": "Night Desk"}],
                 "body": "A note about the pangolinwhiledown."}""".replace("\n", ""), StandardCharsets.UTF_8);
        List<String> importArgs = new ArrayList<>(List.of("import"));
        importArgs.addAll(storeOptions);
        importArgs.add(line.toString());
        var imported = ServerProcess.run(importArgs);
        assertThat(imported.exitCode()).as(imported.output()).isZero();

        try (var second = ServerProcess.serve(dir.resolve("second.log"), storeOptions)) {
            for (String id : acknowledged) {
                assertThat(second.get("/api/v1/articles/" + id).statusCode())
                        .as("acknowledged before the kill: %s", id)
                        .isEqualTo(200);
            }
            String last = acknowledged.getLast();
            int lastIndex = Integer.parseInt(last.substring("crash-".length()));
            Duration within = Duration.ofMinutes(2);
            second.await(
                    "/en/search?q=" + word(lastIndex), r -> r.body().contains("/en/articles/" + last + "\""), within);
            second.await(
                    "/en/search?q=pangolinwhiledown",
                    r -> r.body().contains("/en/articles/written-while-down\""),
                    within);
            second.await("/health/ready", r -> r.statusCode() == 200, within);

            String metrics = second.get("/metrics").body();
            assertThat(metric(metrics, "tribune_search_index_rebuilding")).isZero();
            double documents = metric(metrics, "tribune_search_index_documents");
            assertThat(documents).isGreaterThan(acknowledged.size());
            assertThat(metric(metrics, "tribune_search_index_updates_total"))
                    .as("only what changed since the last commit is indexed again, not every edition")
                    .isLessThan(documents / 2);
            assertThat(second.log()).doesNotContain("will be built from the store", "will be rebuilt");
        }
    }

    private List<String> with(String option) {
        List<String> options = new ArrayList<>(storeOptions);
        options.add(option);
        return options;
    }

    /** A word that appears in one article only: letters alone, so every analyzer keeps it whole. */
    private static String word(int i) {
        StringBuilder letters = new StringBuilder();
        int n = i;
        do {
            letters.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "quokkacrash" + letters;
    }

    /** Creates and publishes an edition; true once the server has acknowledged both. */
    private static boolean write(ServerProcess server, String token, String id, String word) {
        String edition = """
                {"title": "Crash %s", "summary": "Written before a kill.", "body": "About the %s.",
                 "authors": [{"key": "night-desk", "name": "Night Desk"}]}""".formatted(id, word);
        try {
            var put = server.send(request(server, "PUT", "/api/v1/articles/" + id + "/editions/en", token, edition));
            if (put.statusCode() / 100 != 2) {
                throw new AssertionError("PUT " + id + ": " + put.statusCode() + " " + put.body());
            }
            var publish = server.send(
                    request(server, "POST", "/api/v1/articles/" + id + "/editions/en/publish", token, null));
            if (publish.statusCode() != 200) {
                throw new AssertionError("publish " + id + ": " + publish.statusCode() + " " + publish.body());
            }
            return true;
        } catch (UncheckedIOException e) {
            return false; // the connection broke: the kill
        }
    }

    private static HttpRequest request(ServerProcess server, String method, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static double metric(String metrics, String name) {
        var matcher = METRIC_LINE.matcher(metrics);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        throw new AssertionError("no " + name + " in /metrics:\n" + metrics);
    }
}
