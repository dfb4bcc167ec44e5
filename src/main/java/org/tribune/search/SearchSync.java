package org.tribune.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.ContentService;
import org.tribune.content.EditionStamp;
import org.tribune.content.Lang;

/**
 * Keeps the index in step with the store, on a thread of its own so neither writers nor readers
 * wait: on start (filling a new or rebuilt index while the site serves), after every write the
 * store's change listeners hear of (this node's, and other nodes' and processes' through the
 * change outbox), and every minute (editions scheduled to appear).
 *
 * <pre>{@code
 * var sync = new SearchSync(content, index);
 * content.onChange(sync::requestSync);
 * sync.start();
 * }</pre>
 *
 * <p>An edition is indexed again when its source hash differs from the indexed one (so text that
 * changes without a new {@code updated} time, such as a derived edition derived again, is caught);
 * editions no longer visible are removed.
 */
public final class SearchSync implements AutoCloseable {
    private final List<Runnable> indexChanged = new CopyOnWriteArrayList<>();
    private static final Logger log = LoggerFactory.getLogger(SearchSync.class);
    private static final long POLL_MILLIS = 1_000;
    private static final long FULL_CHECK_MILLIS = 60_000;

    private final ContentService content;
    private final SearchIndex index;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-sync").factory());
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastVersion = Long.MIN_VALUE;
    private volatile long lastFullCheck;
    private volatile boolean closing;
    /** When a readiness check first saw the store ahead of the index; 0 while none has. */
    private volatile long behindSince;

    public SearchSync(ContentService content, SearchIndex index) {
        this.content = content;
        this.index = index;
    }

    /** Runs {@code listener} whenever the index has taken in changes, e.g. to drop cached result pages. */
    public void onIndexChanged(Runnable listener) {
        indexChanged.add(listener);
    }

    /** Fills the index in the background, then watches for changes. */
    public void start() {
        requestSync();
        worker.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Brings the index up to date soon; requests made while one is waiting count once. */
    public void requestSync() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(this::syncQuietly);
        }
    }

    private void poll() {
        try {
            if (System.currentTimeMillis() - lastFullCheck >= FULL_CHECK_MILLIS) {
                syncNow();
            }
        } catch (RuntimeException e) {
            log.warn("could not bring the search index up to date; will try again", e);
        }
    }

    private void syncQuietly() {
        pending.set(false);
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("could not bring the search index up to date; will try again", e);
        }
    }

    /**
     * Indexes these articles' visible editions again soon, whatever their hashes say: the names of
     * their authors or topics changed, which their text's hash does not show.
     */
    public void reindexArticles(Collection<String> articleIds) {
        List<String> ids = List.copyOf(articleIds);
        worker.execute(() -> {
            try {
                reindexNow(ids);
            } catch (RuntimeException e) {
                log.warn("could not index {} articles again after a change of names", ids.size(), e);
            }
        });
    }

    private synchronized void reindexNow(List<String> articleIds) {
        if (closing) {
            return;
        }
        int changed = 0;
        for (String id : articleIds) {
            for (Lang lang : Lang.values()) {
                var view = content.articleWithoutRelated(id, lang);
                if (view.isPresent()) {
                    index.put(SearchDocument.of(view.get()));
                    changed++;
                }
            }
        }
        if (changed > 0) {
            index.publish();
            indexChanged.forEach(Runnable::run);
        }
    }

    /**
     * Brings the index up to date now, on the caller's thread.
     *
     * @return how many editions were indexed again or removed
     */
    public synchronized int syncNow() {
        if (closing) {
            return 0;
        }
        long version = content.contentVersion();
        lastFullCheck = System.currentTimeMillis();
        // Kept in memory by the index; only the first sync reads them from its documents.
        Map<String, String> indexed = index.indexedSourceHashes();
        List<EditionStamp> stamps = content.publishedStamps();
        Set<String> visible = new HashSet<>();
        List<EditionStamp> behind = new ArrayList<>();
        for (EditionStamp stamp : stamps) {
            String key = SearchIndex.key(stamp.articleId(), stamp.lang());
            visible.add(key);
            if (!stamp.sourceHash().equals(indexed.get(key))) {
                behind.add(stamp);
            }
        }
        // Analysis is most of the work, and the index writer takes documents from several threads.
        var indexedAgain = new AtomicInteger();
        behind.parallelStream().forEach(stamp -> {
            if (closing) {
                return; // what is left is found behind on the next start
            }
            content.articleWithoutRelated(stamp.articleId(), stamp.lang()).ifPresent(view -> {
                index.put(SearchDocument.of(view));
                indexedAgain.incrementAndGet();
            });
        });
        int changed = indexedAgain.get();
        for (String key : indexed.keySet()) {
            if (!visible.contains(key)) {
                index.removeKey(key);
                changed++;
            }
        }
        if (changed > 0) {
            // A rebuild, a first start or a large import: worth a merge, which takes seconds.
            if (changed >= Math.max(1, index.size() / 4)) {
                long mergeStart = System.nanoTime();
                index.compact();
                log.info("search index merged into one segment in {} ms", (System.nanoTime() - mergeStart) / 1_000_000);
            } else {
                index.publish();
            }
            log.info("search index: {} editions indexed or removed, {} in all", changed, index.size());
            indexChanged.forEach(Runnable::run);
        }
        lastVersion = version;
        behindSince = 0;
        return changed;
    }

    /**
     * Whether searches see the store, for a readiness check: the index was filled since start, and
     * holds the store's last change or has been behind it for less than {@code tolerance} (an edit
     * reaches the index within about a second; a node whose index stays behind should take no
     * readers). Reads the store's content version.
     */
    public boolean caughtUp(Duration tolerance) {
        if (lastVersion == Long.MIN_VALUE) {
            return false;
        }
        if (content.contentVersion() == lastVersion) {
            return true;
        }
        long now = System.currentTimeMillis();
        long since = behindSince;
        if (since == 0) {
            behindSince = now;
            return true;
        }
        return now - since < tolerance.toMillis();
    }

    /**
     * Brings the index up to date now unless a sync has just seen the store as it is: the first
     * sync after start may have done the work already.
     *
     * @return how many editions were indexed again or removed
     */
    public synchronized int catchUp() {
        if (content.contentVersion() == lastVersion && System.currentTimeMillis() - lastFullCheck < FULL_CHECK_MILLIS) {
            return 0;
        }
        return syncNow();
    }

    /**
     * Empties the index and fills it again from the store, on the caller's thread.
     *
     * @return how many editions the index holds now
     */
    public synchronized int rebuildNow() {
        index.clear();
        index.publish();
        syncNow();
        return index.size();
    }

    /**
     * Stops watching and waits for a sync under way to stop. The worker is never interrupted: an
     * interrupt inside Lucene's file I/O closes the index lock's channel, and the index could then
     * no longer be committed or closed.
     */
    @Override
    public void close() {
        closing = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("search sync still running after 30 s; closing without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
