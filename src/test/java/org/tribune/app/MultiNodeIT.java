package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.auth.Role;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.content.Named;

/**
 * Tribune as an operator runs it on several machines, with real parts: a PostgreSQL schema of its
 * own, three nodes from the built jar on loopback ports, and Debian's nginx in front of them with
 * the shipped configuration ({@code deploy/nginx/tribune-nodes.conf}). Edits made through one node
 * are on every node within half a second; editions scheduled for the same second are published
 * once each, with one event and one webhook delivery, while nodes stop and start; a node killed
 * with {@code kill -9} under load costs readers going through nginx nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    static String schema;
    static String dbUrl;
    static final List<TribuneNode> nodes = new ArrayList<>();
    static NginxProcess nginx;
    static String token;
    static HttpServer receiver;
    static final Map<String, AtomicInteger> deliveriesPerEvent = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "Debian's nginx is not installed (.ci/run installs it); test skipped");
        schema = "tribune_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        dbUrl = POSTGRES + "&currentSchema=" + schema;
        startReceiver();
        // The store is migrated and given its token and subscriber before the nodes start.
        try (var services =
                Services.open(Settings.forDataDir(dir.resolve("setup")).withDatabaseUrl(dbUrl), Clock.systemUTC())) {
            token = services.tokens().create("it", Role.EDITOR);
            services.webhooks()
                    .add("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", Set.of("article.published"));
        }
        for (int i = 0; i < 3; i++) {
            nodes.add(new TribuneNode(dir.resolve("node-" + i), dbUrl, TribuneNode.freePort()));
        }
        nodes.parallelStream().forEach(TribuneNode::start);
        nginx = NginxProcess.start(
                NGINX,
                dir.resolve("nginx"),
                Path.of("deploy/nginx/tribune-nodes.conf"),
                nodes.stream().map(TribuneNode::port).toList());
    }

    private static void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            String event = body.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
            deliveriesPerEvent.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        nodes.forEach(TribuneNode::kill);
        if (receiver != null) {
            receiver.stop(0);
        }
        if (schema != null) {
            try (var c = DriverManager.getConnection(POSTGRES);
                    var statement = c.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    @Test
    @Order(1)
    void edits_through_one_node_are_visible_through_every_node_and_nginx() throws Exception {
        writeThroughApi(nodes.getFirst(), "harbour-talks", "Harbour talks, first draft");
        for (TribuneNode node : nodes) {
            awaitPage(node.url(), "/en/articles/harbour-talks", "Harbour talks, first draft", Duration.ofSeconds(10));
        }
        // How fast an edit travels is bench/propagation.py's figure, not this test's: on a CI
        // machine whose two cores serve several builds, a thread can wait for a core longer than
        // the whole propagation takes. Each edit goes through another node and must reach all.
        for (int i = 1; i <= nodes.size() * 2; i++) {
            String title = "Harbour talks, revision " + i;
            writeThroughApi(nodes.get(i % nodes.size()), "harbour-talks", title);
            for (TribuneNode node : nodes) {
                awaitPage(node.url(), "/en/articles/harbour-talks", title, Duration.ofSeconds(15));
            }
            awaitPage(nginx.url(), "/en/articles/harbour-talks", title, Duration.ofSeconds(15));
        }
    }

    @Test
    @Order(2)
    void editions_scheduled_for_one_second_are_published_once_each_while_nodes_stop_and_start() throws Exception {
        Instant at = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>();
        try (var services =
                Services.open(Settings.forDataDir(dir.resolve("setup")).withDatabaseUrl(dbUrl), Clock.systemUTC())) {
            for (int i = 0; i < 20; i++) {
                String id = "scheduled-" + i;
                ids.add(id);
                services.newsroom()
                        .save(
                                new EditionInput(
                                        id,
                                        Lang.EN,
                                        "Scheduled " + i,
                                        "",
                                        "Body.",
                                        null,
                                        null,
                                        List.of(new Named("jane-doe", "Jane Doe")),
                                        List.of()),
                                "mei");
                services.newsroom().changeStatus(id, Lang.EN, EditionStatus.SCHEDULED, at, "editor", "schedule");
            }
        }
        // Around the moment: one node stops, another starts again after a stop.
        TribuneNode stopping = nodes.get(1);
        TribuneNode restarting = nodes.get(2);
        restarting.stop();
        sleepUntil(at.minusMillis(300));
        stopping.stop();
        List.of(restarting, stopping).parallelStream().forEach(TribuneNode::start);

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (countRows("select count(*) from edition where status = 'scheduled'") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (deliveriesPerEvent.size() < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(2_000); // a second delivery of any event would come by now: the nodes tick every second

        Map<String, Long> revisions = countPerArticle(
                "select article_id, count(*) from edition_revision where note = 'published on schedule' group by article_id");
        Map<String, Long> events =
                countPerArticle("select article_id, count(*) from content_event where type = 'article.published'"
                        + " and article_id like 'scheduled-%' group by article_id");
        assertThat(countRows("select count(*) from edition where status = 'scheduled'"))
                .isZero();
        assertThat(revisions).hasSize(ids.size()).allSatisfy((id, count) -> assertThat(count)
                .as("revisions 'published on schedule' of " + id)
                .isEqualTo(1L));
        assertThat(events).hasSize(ids.size()).allSatisfy((id, count) -> assertThat(count)
                .as("article.published events of " + id)
                .isEqualTo(1L));
        Map<String, Long> deliveries = countPerArticle("select e.article_id, count(*) from webhook_delivery d"
                + " join content_event e on e.event_id = d.event_id where e.article_id like 'scheduled-%'"
                + " group by e.article_id");
        assertThat(deliveries).hasSize(ids.size()).allSatisfy((id, count) -> assertThat(count)
                .as("webhook deliveries of " + id)
                .isEqualTo(1L));
        assertThat(deliveriesPerEvent).allSatisfy((event, count) -> assertThat(count.get())
                .as("requests the subscriber received for event " + event)
                .isEqualTo(1));
        assertThat(deliveriesPerEvent).hasSizeGreaterThanOrEqualTo(ids.size());
    }

    @Test
    @Order(3)
    void a_node_killed_during_a_load_through_nginx_fails_no_request() throws Exception {
        List<String> paths =
                List.of("/en/", "/en/articles/harbour-talks", "/zh-hans/", "/en/articles/scheduled-3", "/sitemap.xml");
        for (String path : paths) {
            awaitPage(nginx.url(), path, "", Duration.ofSeconds(10));
        }
        var failures = new ConcurrentHashMap<String, Integer>();
        var answered = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        try (var readers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int reader = 0; reader < 8; reader++) {
                int first = reader;
                readers.execute(() -> {
                    for (int i = first; System.nanoTime() < end; i++) {
                        String path = paths.get(i % paths.size());
                        try {
                            HttpResponse<byte[]> response = CLIENT.send(
                                    HttpRequest.newBuilder(URI.create(nginx.url() + path))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                failures.merge(path + " " + response.statusCode(), 1, Integer::sum);
                            }
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            failures.merge(path + " " + e, 1, Integer::sum);
                        }
                    }
                });
            }
            Thread.sleep(2_000);
            nodes.getFirst().kill();
        }

        assertThat(answered.get()).as("requests answered").isGreaterThan(50);
        assertThat(failures).as("failed requests, of %d", answered.get()).isEmpty();
    }

    /** Saves and publishes an English edition through a node's REST API, as an integration would. */
    private static void writeThroughApi(TribuneNode node, String id, String title) throws Exception {
        String edition = "{\"title\":\"" + title + "\",\"summary\":\"Summary.\",\"body\":\"Body of " + title
                + ".\",\"published\":\"2025-06-01T00:00:00Z\",\"authors\":[{\"key\":\"jane-doe\",\"name\":\"Jane Doe\"}]}";
        var put = send(node, "PUT", "/api/v1/articles/" + id + "/editions/en", edition);
        assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        if (!put.body().contains("\"published\",") && !put.body().contains("\"status\":\"published\"")) {
            var publish = send(node, "POST", "/api/v1/articles/" + id + "/editions/en/publish", "{}");
            assertThat(publish.statusCode()).as(publish.body()).isIn(200, 409);
        }
    }

    private static HttpResponse<String> send(TribuneNode node, String method, String path, String json)
            throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(node.url() + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** How long until the page at {@code base + path} answered 200 containing {@code text}; fails after {@code within}. */
    static Duration awaitPage(String base, String path, String text, Duration within) throws Exception {
        long start = System.nanoTime();
        long deadline = start + within.toNanos();
        String last = "";
        do {
            try {
                HttpResponse<String> response = CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200 && response.body().contains(text)) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(5);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("'" + text + "' not on " + base + path + " within " + within.toMillis()
                + " ms; last answer: " + last.substring(0, Math.min(300, last.length())));
    }

    private static long countRows(String sql) throws Exception {
        try (var c = DriverManager.getConnection(dbUrl);
                var statement = c.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Long> countPerArticle(String sql) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (var c = DriverManager.getConnection(dbUrl);
                var statement = c.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
