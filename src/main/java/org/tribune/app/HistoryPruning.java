package org.tribune.app;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.api.WebhookService;
import org.tribune.content.ContentHistory;

/**
 * Deletes, every hour, what the store keeps only for a while: content events already fanned out
 * and finished webhook deliveries older than {@code --history-retention}, outbox changes older than
 * {@code --outbox-retention}. Every node runs it; a lock in the database lets one node at a time do
 * the work, the others skip that round.
 */
final class HistoryPruning implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HistoryPruning.class);
    private static final Duration EVERY = Duration.ofHours(1);
    /** After start, so that pruning does not compete with a node coming up. */
    private static final Duration FIRST_AFTER = Duration.ofMinutes(5);

    private final ContentHistory content;
    private final WebhookService webhooks;
    private final Clock clock;
    private final Duration historyRetention;
    private final Duration outboxRetention;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("history-pruning").factory());

    HistoryPruning(
            ContentHistory content,
            WebhookService webhooks,
            Clock clock,
            Duration historyRetention,
            Duration outboxRetention) {
        this.content = content;
        this.webhooks = webhooks;
        this.clock = clock;
        this.historyRetention = historyRetention;
        this.outboxRetention = outboxRetention;
    }

    void start() {
        timer.scheduleWithFixedDelay(
                this::pruneQuietly, FIRST_AFTER.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pruneQuietly() {
        try {
            pruneNow();
        } catch (RuntimeException e) {
            log.warn("could not prune old events, deliveries and outbox changes; will try again", e);
        }
    }

    /** Prunes now, on the caller's thread. */
    void pruneNow() {
        content.prune(clock.instant(), historyRetention, outboxRetention).ifPresent(pruned -> {
            int deliveries = webhooks.pruneFinished(historyRetention);
            if (pruned.events() + pruned.changes() + deliveries > 0) {
                log.info(
                        "pruned {} content events, {} webhook deliveries and {} outbox changes",
                        pruned.events(),
                        deliveries,
                        pruned.changes());
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
