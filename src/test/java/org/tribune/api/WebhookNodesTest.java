package org.tribune.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.ContentStore;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.newsroom.NewsroomService;
import org.tribune.zh.ChineseConversions;

/**
 * Three nodes' dispatchers over one database, sending at the same time: every event is fanned out
 * once and every delivery reaches the subscriber once.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class WebhookNodesTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();
    private static final int NODES = 3;
    private static final int EVENTS = 20;

    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private TestDatabase db;
    private final List<Database> pools = new ArrayList<>();
    private final List<WebhookDispatcher> dispatchers = new ArrayList<>();
    private HttpServer receiver;
    private final Map<String, AtomicInteger> deliveriesPerEvent = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void open() throws IOException {
        db = TestDatabase.open(dialect, tempDir);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes());
            String eventId = body.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
            deliveriesPerEvent
                    .computeIfAbsent(eventId, id -> new AtomicInteger())
                    .incrementAndGet();
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void close() {
        dispatchers.forEach(WebhookDispatcher::close);
        receiver.stop(0);
        pools.forEach(Database::close);
        db.close();
    }

    @Test
    void events_published_on_one_node_reach_the_subscriber_once_each_though_three_nodes_send()
            throws InterruptedException {
        new WebhookService(db.database(), Clock.systemUTC())
                .add("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", Set.of());
        var newsroom = new NewsroomService(new ContentStore(db.database(), Clock.systemUTC(), CONVERSIONS));
        for (int i = 0; i < EVENTS; i++) {
            newsroom.save(
                    new EditionInput(
                            "news-" + i,
                            Lang.EN,
                            "News " + i,
                            "",
                            "Body.",
                            Instant.parse("2025-01-01T00:00:00Z"),
                            null,
                            List.of(new Named("jane-doe", "Jane Doe")),
                            List.of()),
                    "mei");
            newsroom.changeStatus("news-" + i, Lang.EN, EditionStatus.PUBLISHED, null, "editor", "publish");
        }

        for (int i = 0; i < NODES; i++) {
            Database pool = Database.open(db.url());
            pools.add(pool);
            var node = new NewsroomService(new ContentStore(pool, Clock.systemUTC(), CONVERSIONS));
            var dispatcher = new WebhookDispatcher(
                    pool, node, () -> "http://journal.example", Clock.systemUTC(), Duration.ofSeconds(30));
            dispatchers.add(dispatcher);
        }
        dispatchers.forEach(WebhookDispatcher::start);
        // Each dispatcher wakes as a write on its node would wake it, many times, racing the others.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (requests.get() < EVENTS && System.nanoTime() < deadline) {
            dispatchers.forEach(WebhookDispatcher::wake);
            Thread.sleep(2);
        }
        // Time for a second sending of any delivery to arrive: the claims last a minute, the ticks a second.
        for (int i = 0; i < 100; i++) {
            dispatchers.forEach(WebhookDispatcher::wake);
            Thread.sleep(20);
        }

        assertThat(deliveriesPerEvent).hasSize(EVENTS);
        assertThat(deliveriesPerEvent).allSatisfy((event, count) -> assertThat(count.get())
                .as("deliveries of event " + event)
                .isEqualTo(1));
    }

    @Test
    void a_delivered_delivery_cannot_be_claimed_again_by_a_node_that_listed_it_before() {
        var hooks = new WebhookService(db.database(), Clock.systemUTC())
                .add("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", Set.of());
        var repository = new WebhookRepository(db.database());
        Instant now = Instant.now();
        var event = new WebhookRepository.PendingEvent("event-1", now, "article.published", "news", "en");
        db.database().useTransaction(h -> repository.insertDelivery(h, "delivery-1", hooks.id(), event, "{}", now));
        assertThat(repository.listDueDeliveries(now, 10)).hasSize(1); // listed by a node that is slow to claim

        assertThat(repository.claimDelivery("delivery-1", now, now.plusSeconds(60)))
                .isTrue();
        repository.markDelivered("delivery-1", 204, now);

        assertThat(repository.claimDelivery("delivery-1", now, now.plusSeconds(60)))
                .as("claimed after delivery")
                .isFalse();
    }

    @Test
    void a_delivery_that_failed_waits_for_its_retry_time_whoever_claims_it() {
        var hooks = new WebhookService(db.database(), Clock.systemUTC())
                .add("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", Set.of());
        var repository = new WebhookRepository(db.database());
        Instant now = Instant.now();
        var event = new WebhookRepository.PendingEvent("event-1", now, "article.published", "news", "en");
        db.database().useTransaction(h -> repository.insertDelivery(h, "delivery-1", hooks.id(), event, "{}", now));
        assertThat(repository.claimDelivery("delivery-1", now, now.plusSeconds(60)))
                .isTrue();
        repository.markFailed("delivery-1", false, 1, 500, "answered 500", now.plusSeconds(30));

        assertThat(repository.claimDelivery("delivery-1", now, now.plusSeconds(60)))
                .as("claimed before its retry time")
                .isFalse();
        assertThat(repository.claimDelivery("delivery-1", now.plusSeconds(31), now.plusSeconds(91)))
                .as("claimed at its retry time")
                .isTrue();
    }
}
