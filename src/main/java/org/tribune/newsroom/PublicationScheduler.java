package org.tribune.newsroom;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled editions when their time comes: on start (catching up on any time the
 * service was down) and every {@code interval} after (30 seconds unless an operator says otherwise).
 */
public final class PublicationScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);

    private final NewsroomService newsroom;
    private final Duration interval;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failedRuns = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("publication-scheduler").factory());

    public PublicationScheduler(NewsroomService newsroom, Duration interval) {
        this.newsroom = newsroom;
        this.interval = interval;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::publishDue, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void publishDue() {
        try {
            int due = newsroom.publishDue();
            published.addAndGet(due);
            if (due > 0) {
                log.info("published {} scheduled editions", due);
            }
        } catch (RuntimeException e) {
            failedRuns.incrementAndGet();
            log.warn("could not publish scheduled editions; will try again", e);
        }
    }

    /**
     * Reports {@code tribune.scheduler.published} (editions published on schedule by this node)
     * and {@code tribune.scheduler.failures} (runs that failed and will be tried again) to
     * {@code registry}. Once, by the server.
     */
    public void bindMetrics(MeterRegistry registry) {
        FunctionCounter.builder("tribune.scheduler.published", published, AtomicLong::get)
                .description("Scheduled editions this node published when their time came")
                .register(registry);
        FunctionCounter.builder("tribune.scheduler.failures", failedRuns, AtomicLong::get)
                .description("Runs of the scheduler that failed and will be tried again")
                .register(registry);
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
