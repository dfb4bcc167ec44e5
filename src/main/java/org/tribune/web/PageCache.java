package org.tribune.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered pages by address, dropped as soon as content changes.
 *
 * <p>Whoever hears of a change calls {@link #invalidateAll()}: the store's change listeners, after
 * a write made in this process at once, after one made by another node or process as soon as the
 * change outbox shows it. Entries are keyed by a generation that every invalidation bumps, so a
 * page rendered from old content while an invalidation happens is never served afterwards.
 */
public final class PageCache implements AutoCloseable {
    private final Cache<String, RenderedPage> pages;
    private final AtomicLong generation = new AtomicLong();

    public PageCache(long maxBytes) {
        // Upkeep (eviction, buffer draining) on the thread that wrote, not on the common pool: a
        // hand-off per page woke an idle pool thread per write, and an export writes every page.
        this.pages = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumWeight(maxBytes)
                .weigher((String key, RenderedPage page) -> page.weight() + key.length())
                .recordStats()
                .build();
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

    @Override
    public void close() {
        pages.invalidateAll();
    }
}
