package org.tribune.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered pages by address, dropped as soon as content changes.
 *
 * <p>Writes made in this process invalidate at once ({@link #invalidateAll()}); writes made
 * elsewhere (an import run from the command line, another node) are noticed by polling the
 * database's content version every {@code pollMillis}. Entries are keyed by a generation that
 * every invalidation bumps, so a page rendered from old content while an invalidation happens is
 * never served afterwards.
 */
public final class PageCache implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PageCache.class);

    private final Cache<String, RenderedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier contentVersion;
    private final ScheduledExecutorService poller;
    private volatile long lastSeenVersion;

    public PageCache(long maxBytes, LongSupplier contentVersion, long pollMillis) {
        // Upkeep (eviction, buffer draining) on the thread that wrote, not on the common pool: a
        // hand-off per page woke an idle pool thread per write, and an export writes every page.
        this.pages = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .weigher((String key, RenderedPage page) -> page.weight() + key.length())
                .recordStats()
                .build();
        this.contentVersion = contentVersion;
        this.lastSeenVersion = contentVersion.getAsLong();
        this.poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("page-cache-poll").factory());
        poller.scheduleWithFixedDelay(this::checkVersion, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** The cached page for {@code key}, rendering and keeping it when absent. */
    public RenderedPage get(String key, Supplier<RenderedPage> render) {
        return getMadeTogether(key, () -> Map.of(key, render.get()));
    }

    /**
     * The cached page for {@code key}; when absent, {@code render} makes it together with pages of
     * other addresses drawn from the same reading (a feed in its three notations), and all are kept.
     */
    public RenderedPage getMadeTogether(String key, Supplier<Map<String, RenderedPage>> render) {
        long current = generation.get();
        RenderedPage cached = pages.getIfPresent(current + " " + key);
        if (cached != null) {
            return cached;
        }
        Map<String, RenderedPage> fresh = render.get();
        fresh.forEach((made, page) -> {
            if (page.status() == 200) {
                pages.put(current + " " + made, page);
            }
        });
        return fresh.get(key);
    }

    /**
     * A number that changes whenever the cached pages are dropped: what is derived from content
     * and kept beside the pages can follow it instead of asking the database on every request.
     */
    public long generation() {
        return generation.get();
    }

    /** Reports hits, misses, evictions and size as the {@code cache.*} meters tagged {@code cache=pages}. */
    public void bindMetrics(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, pages, "pages");
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    private void checkVersion() {
        try {
            long version = contentVersion.getAsLong();
            if (version != lastSeenVersion) {
                lastSeenVersion = version;
                invalidateAll();
            }
        } catch (RuntimeException e) {
            log.warn("could not read the content version; cached pages kept for now", e);
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
