package org.tribune.newsroom;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
            int published = newsroom.publishDue();
            if (published > 0) {
                log.info("published {} scheduled editions", published);
            }
        } catch (RuntimeException e) {
            log.warn("could not publish scheduled editions; will try again", e);
        }
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
