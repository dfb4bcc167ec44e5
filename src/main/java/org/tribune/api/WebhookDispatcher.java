package org.tribune.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.api.WebhookRepository.DueDelivery;
import org.tribune.api.WebhookRepository.PendingEvent;
import org.tribune.content.Lang;
import org.tribune.db.Database;
import org.tribune.newsroom.NewsroomService;
import org.tribune.web.SitePaths;

/**
 * Tells subscribers what changed, away from the writers: content events recorded with each write
 * are fanned out into one delivery per interested subscriber, and deliveries are sent on threads
 * of their own, signed, with retries at growing intervals when a subscriber fails. Publishing
 * only ever writes a row; a slow or dead subscriber costs it nothing.
 */
public final class WebhookDispatcher implements AutoCloseable {
    static final int MAX_ATTEMPTS = 8;
    private static final int IN_FLIGHT = 16;
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final Duration CLAIM = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Database db;
    private final WebhookRepository webhooks;
    private final NewsroomService newsroom;
    private final Supplier<String> baseUrl;
    private final Clock clock;
    private final Duration firstRetry;
    /** Made on the first delivery: building one loads the TLS stack, which most starts never need. */
    private volatile HttpClient http;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("webhooks").factory());
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final AtomicLong fannedOut = new AtomicLong();

    /** @param firstRetry the wait before the second attempt; each later wait doubles, up to 6 hours */
    public WebhookDispatcher(
            Database db, NewsroomService newsroom, Supplier<String> baseUrl, Clock clock, Duration firstRetry) {
        this.db = db;
        this.webhooks = new WebhookRepository(db);
        this.newsroom = newsroom;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.firstRetry = firstRetry;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::tick, 0, 1, TimeUnit.SECONDS);
    }

    /** Looks for new events soon, e.g. right after a write. */
    public void wake() {
        if (wakePending.compareAndSet(false, true)) {
            timer.execute(() -> {
                wakePending.set(false);
                tick();
            });
        }
    }

    private void tick() {
        try {
            fanOut();
            sendDue();
        } catch (RuntimeException e) {
            log.warn("webhook dispatch failed; will try again", e);
        }
    }

    /** One delivery per event and interested subscriber; each event is claimed by one node only. */
    void fanOut() {
        List<PendingEvent> events = webhooks.listPendingEvents(500);
        if (events.isEmpty()) {
            return;
        }
        List<Webhook> hooks = webhooks.listWebhooks();
        Instant now = clock.instant();
        for (PendingEvent e : events) {
            // Written only when someone wants the event: an import makes thousands nobody subscribed to.
            String payload = hooks.stream().anyMatch(hook -> hook.wants(e.type())) ? payload(e) : null;
            db.useTransaction(h -> {
                if (!webhooks.claimEvent(h, e.id())) {
                    return;
                }
                fannedOut.incrementAndGet();
                for (Webhook hook : hooks) {
                    if (hook.wants(e.type())) {
                        webhooks.insertDelivery(h, UUID.randomUUID().toString(), hook.id(), e, payload, now);
                    }
                }
            });
        }
    }

    private String payload(PendingEvent event) {
        String articleId = event.articleId();
        String langTag = event.lang();
        Lang lang = Lang.fromTag(langTag).orElseThrow();
        var edition = newsroom.edition(articleId, lang);
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", articleId);
        article.put("lang", langTag);
        article.put("title", edition.map(e -> e.title()).orElse(null));
        article.put("status", edition.map(e -> e.status().code()).orElse(null));
        article.put("url", baseUrl.get() + SitePaths.article(lang, articleId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type());
        body.put("occurredAt", event.occurred().toString());
        body.put("article", article);
        try {
            return ArticlesApi.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook payload", e);
        }
    }

    void sendDue() {
        int room = IN_FLIGHT - inFlight.get();
        if (room <= 0) {
            return;
        }
        Instant now = clock.instant();
        for (DueDelivery d : webhooks.listDueDeliveries(now, room)) {
            boolean claimed = webhooks.claimDelivery(d.id(), now, now.plus(CLAIM));
            if (claimed) {
                inFlight.incrementAndGet();
                senders.execute(() -> {
                    try {
                        send(d);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
        }
    }

    private void send(DueDelivery d) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            var request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Tribune-Webhooks/1")
                    .header("X-Tribune-Event", d.type())
                    .header("X-Tribune-Delivery", d.id())
                    .header("X-Tribune-Timestamp", String.valueOf(timestamp))
                    .header("X-Tribune-Signature", WebhookSignature.sign(d.secret(), timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                    .build();
            HttpResponse<Void> response = http().send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivered(d, response.statusCode());
            } else {
                failed(d, response.statusCode(), "answered " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(d, null, "interrupted while sending");
        } catch (Exception e) {
            failed(d, null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void delivered(DueDelivery d, int status) {
        webhooks.markDelivered(d.id(), status, clock.instant());
        delivered.incrementAndGet();
        log.debug("webhook {} delivered to {}", d.type(), d.url());
    }

    private void failed(DueDelivery d, Integer status, String error) {
        int attempts = d.attempts() + 1;
        boolean giveUp = attempts >= MAX_ATTEMPTS;
        long wait = Math.min(LONGEST_WAIT.toMillis(), firstRetry.toMillis() << Math.min(attempts - 1, 30));
        webhooks.markFailed(
                d.id(),
                giveUp,
                attempts,
                status,
                error.length() > 500 ? error.substring(0, 500) : error,
                clock.instant().plusMillis(wait));
        failedAttempts.incrementAndGet();
        if (giveUp) {
            abandoned.incrementAndGet();
            log.warn("webhook {} to {} failed {} times ({}); giving up", d.type(), d.url(), attempts, error);
        } else {
            log.info("webhook {} to {} failed ({}); attempt {} in {} ms", d.type(), d.url(), error, attempts + 1, wait);
        }
    }

    /**
     * Reports to {@code registry}: {@code tribune.webhooks.deliveries} by outcome of each attempt
     * this node made ({@code delivered}, {@code failed}; {@code abandoned} counts the failures
     * that were the last attempt), {@code tribune.webhooks.events} (content events fanned out into
     * deliveries by this node), and the store's queue, shared by every node:
     * {@code tribune.webhooks.pending} (deliveries not yet made) and {@code tribune.webhooks.retry.queue}
     * (those among them that failed before and wait for another attempt). Once, by the server.
     */
    public void bindMetrics(MeterRegistry registry) {
        FunctionCounter.builder("tribune.webhooks.deliveries", delivered, AtomicLong::get)
                .tag("outcome", "delivered")
                .description("Webhook delivery attempts by this node, by outcome")
                .register(registry);
        FunctionCounter.builder("tribune.webhooks.deliveries", failedAttempts, AtomicLong::get)
                .tag("outcome", "failed")
                .description("Webhook delivery attempts by this node, by outcome")
                .register(registry);
        FunctionCounter.builder("tribune.webhooks.deliveries", abandoned, AtomicLong::get)
                .tag("outcome", "abandoned")
                .description("Webhook delivery attempts by this node, by outcome")
                .register(registry);
        FunctionCounter.builder("tribune.webhooks.events", fannedOut, AtomicLong::get)
                .description("Content events this node fanned out into webhook deliveries")
                .register(registry);
        Gauge.builder("tribune.webhooks.pending", webhooks, repository -> repository.countPending(false))
                .description("Webhook deliveries not yet made, on every node")
                .register(registry);
        Gauge.builder("tribune.webhooks.retry.queue", webhooks, repository -> repository.countPending(true))
                .description("Webhook deliveries that failed and wait for another attempt, on every node")
                .register(registry);
    }

    @Override
    public void close() {
        timer.shutdown();
        senders.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                client = http;
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    http = client;
                }
            }
        }
        return client;
    }
}
