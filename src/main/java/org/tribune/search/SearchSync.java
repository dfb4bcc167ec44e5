package org.tribune.search;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.ContentService;
import org.tribune.content.EditionStamp;
import org.tribune.content.Lang;
import org.tribune.content.PublishedEditions;

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
    /** Editions indexed between two commits of a long catch-up or a rebuild. */
    static final int COMMIT_EVERY = 2_000;
    /** Editions read from the store in one go (a query per language) when many are behind. */
    private static final int READ_TOGETHER = 60;

    private final ContentService content;
    private final SearchIndex index;
    private final int commitEvery;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-sync").factory());
    private final AtomicBoolean pending = new AtomicBoolean();
    /**
     * Work asked for before {@link #start()}: a server opens its site (and hears the change feed)
     * before it listens, and the catch-up must not compete with starting up for the processor.
     * Guarded by {@code startLock}; null once started.
     */
    private List<Runnable> heldUntilStart = new ArrayList<>();

    private final Object startLock = new Object();
    private volatile long lastVersion = Long.MIN_VALUE;
    private volatile long lastFullCheck;
    private volatile boolean closing;
    /** When a readiness check first saw the store ahead of the index; 0 while none has. */
    private volatile long behindSince;
    /** Editions put into the index since start, for the metrics. */
    private final AtomicLong documentsIndexed = new AtomicLong();

    private final Object behindLock = new Object();
    private final long startedAt = System.currentTimeMillis();

    public SearchSync(ContentService content, SearchIndex index) {
        this(content, index, COMMIT_EVERY);
    }

    /** @param commitEvery editions indexed between two commits of a long catch-up */
    SearchSync(ContentService content, SearchIndex index, int commitEvery) {
        this.content = content;
        this.index = index;
        this.commitEvery = commitEvery;
    }

    /** Runs {@code listener} whenever the index has taken in changes, e.g. to drop cached result pages. */
    public void onIndexChanged(Runnable listener) {
        indexChanged.add(listener);
    }

    /**
     * Catches the index up in the background, then watches for changes. An index whose last
     * commit records the store as it still is has nothing to do: searches and readiness take it as
     * current at once. Otherwise only the editions whose source differs from the indexed one are
     * indexed again (all of them for an index being rebuilt), the old index answering meanwhile.
     */
    public void start() {
        worker.execute(this::resumeOrCatchUp);
        List<Runnable> held;
        synchronized (startLock) {
            held = heldUntilStart;
            heldUntilStart = null;
        }
        if (held != null) {
            held.forEach(worker::execute);
        }
        worker.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void runOnWorker(Runnable task) {
        synchronized (startLock) {
            if (heldUntilStart != null) {
                heldUntilStart.add(task);
                return;
            }
        }
        worker.execute(task);
    }

    private void resumeOrCatchUp() {
        try {
            var position = index.position();
            if (position.isPresent()
                    && content.unchangedSince(
                            position.get().contentVersion(), position.get().readAt())) {
                synchronized (this) {
                    lastVersion = position.get().contentVersion();
                    lastFullCheck = System.currentTimeMillis();
                }
                log.info(
                        "search index as committed is current (content version {}): nothing to catch up on",
                        position.get().contentVersion());
                return;
            }
            log.info(
                    "search index {}; catching up in the background",
                    index.rebuilding()
                            ? "is being rebuilt"
                            : position.map(p -> "committed at content version " + p.contentVersion())
                                    .orElse("records no position"));
        } catch (RuntimeException e) {
            log.warn("could not read where the search index stands; comparing it with the store", e);
        }
        syncQuietly();
    }

    /** Brings the index up to date soon; requests made while one is waiting count once. */
    public void requestSync() {
        noteBehind(System.currentTimeMillis());
        if (pending.compareAndSet(false, true)) {
            runOnWorker(this::syncQuietly);
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
        runOnWorker(() -> {
            try {
                reindexNow(ids);
            } catch (RuntimeException e) {
                log.warn("could not index {} articles again after a change of names", ids.size(), e);
            }
        });
    }

    /**
     * Indexes every visible edition again soon, whatever its hash says, then removes what is no
     * longer visible: changes were missed whose effect on names the hashes do not show. The index as
     * it is answers meanwhile.
     */
    public void reindexAll() {
        runOnWorker(() -> {
            try {
                reindexAllNow();
            } catch (RuntimeException e) {
                log.warn("could not index every edition again", e);
            }
        });
    }

    private synchronized void reindexAllNow() {
        if (closing) {
            return;
        }
        int indexed = indexAgain(List.copyOf(content.publishedEditions().stamps()));
        index.publish();
        indexChanged.forEach(Runnable::run);
        log.info("search index: {} editions indexed again after missed changes", indexed);
        syncNow();
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
        lastFullCheck = System.currentTimeMillis();
        PublishedEditions reading = content.publishedEditions();
        // Kept in memory by the index; only the first sync reads them from its documents.
        Map<String, String> indexed = index.indexedSourceHashes();
        Set<String> visible = new HashSet<>();
        List<EditionStamp> behind = new ArrayList<>();
        for (EditionStamp stamp : reading.stamps()) {
            String key = SearchIndex.key(stamp.articleId(), stamp.lang());
            visible.add(key);
            if (!stamp.sourceHash().equals(indexed.get(key))) {
                behind.add(stamp);
            }
        }
        int changed = indexAgain(behind);
        if (closing) {
            return changed; // what is left is found behind on the next start, from the last position
        }
        for (String key : indexed.keySet()) {
            if (!visible.contains(key)) {
                index.removeKey(key);
                changed++;
            }
        }
        var reached = new IndexPosition(reading.contentVersion(), reading.readAt());
        if (changed > 0 || index.rebuilding() || !index.position().equals(Optional.of(reached))) {
            // A rebuild, a first start or a large import: worth a merge, which takes seconds.
            if (changed >= Math.max(1, index.size() / 4)) {
                long mergeStart = System.nanoTime();
                index.merge();
                log.info("search index merged into one segment in {} ms", (System.nanoTime() - mergeStart) / 1_000_000);
            }
            index.publish(reached);
        }
        if (changed > 0) {
            log.info("search index: {} editions indexed or removed, {} in all", changed, index.size());
            indexChanged.forEach(Runnable::run);
        }
        lastVersion = reading.contentVersion();
        synchronized (behindLock) {
            behindSince = 0;
        }
        return changed;
    }

    /**
     * Indexes these editions again, committing every {@code commitEvery} of them: a rebuild or a
     * long catch-up interrupted by a crash resumes where its last commit left it, and searches see
     * its progress. Analysis is most of the work, and the index writer takes documents from
     * several threads.
     */
    private int indexAgain(List<EditionStamp> behind) {
        int indexedAgain = 0;
        for (int from = 0; from < behind.size() && !closing; from += commitEvery) {
            var done = new AtomicInteger();
            readings(behind.subList(from, Math.min(behind.size(), from + commitEvery))).parallelStream()
                    .forEach(slice -> {
                        for (Reading reading : slice) {
                            if (closing) {
                                return;
                            }
                            for (var view : content.articlesWithoutRelated(reading.articleIds(), reading.lang())) {
                                index.put(SearchDocument.of(view));
                                done.incrementAndGet();
                            }
                        }
                    });
            indexedAgain += done.get();
            documentsIndexed.addAndGet(done.get());
            if (from + commitEvery < behind.size() || closing) {
                index.publish();
                indexChanged.forEach(Runnable::run);
            }
        }
        return indexedAgain;
    }

    /** Editions read together from the store, in one language. */
    private record Reading(Lang lang, List<String> articleIds) {}

    /**
     * The editions in slices of at most {@value #READ_TOGETHER} as they come (the editions of an
     * article come together), each slice read language by language: reading them one by one took
     * five queries per edition. An article's two Chinese editions are thus analysed by the same
     * thread, one shortly after the other, and the second finds the first's tokens remembered
     * ({@link FoldingAnalyzer}).
     */
    private static List<List<Reading>> readings(List<EditionStamp> stamps) {
        List<List<Reading>> slices = new ArrayList<>();
        for (int at = 0; at < stamps.size(); at += READ_TOGETHER) {
            Map<Lang, List<String>> byLang = new EnumMap<>(Lang.class);
            stamps.subList(at, Math.min(stamps.size(), at + READ_TOGETHER))
                    .forEach(stamp -> byLang.computeIfAbsent(stamp.lang(), lang -> new ArrayList<>())
                            .add(stamp.articleId()));
            slices.add(byLang.entrySet().stream()
                    .map(entry -> new Reading(entry.getKey(), entry.getValue()))
                    .toList());
        }
        return slices;
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
        return now - noteBehind(now) < tolerance.toMillis();
    }

    /** Notes that the store is ahead of the index at {@code now}, unless it was already; returns since when. */
    private long noteBehind(long now) {
        synchronized (behindLock) {
            if (behindSince == 0) {
                behindSince = now;
            }
            return behindSince;
        }
    }

    /**
     * Reports the index to {@code registry}: {@code tribune.search.index.lag} (seconds the index
     * has been behind the store; 0 when it holds the store's last change), {@code
     * tribune.search.index.documents}, {@code tribune.search.index.rebuilding} (1 while it is
     * being filled from empty) and {@code tribune.search.index.updates} (editions indexed since
     * start). Once, by the server.
     */
    public void bindMetrics(MeterRegistry registry) {
        Gauge.builder("tribune.search.index.lag", this, SearchSync::lagSeconds)
                .description("Seconds the search index has been behind the store's last change")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("tribune.search.index.documents", index, SearchIndex::size)
                .description("Editions the search index holds")
                .register(registry);
        Gauge.builder("tribune.search.index.rebuilding", index, i -> i.rebuilding() ? 1 : 0)
                .description("1 while the search index is being filled from empty")
                .register(registry);
        FunctionCounter.builder("tribune.search.index.updates", documentsIndexed, AtomicLong::get)
                .description("Editions indexed since the server started")
                .register(registry);
    }

    /** Editions put into the index since this sync was made. */
    long documentsIndexed() {
        return documentsIndexed.get();
    }

    private double lagSeconds() {
        long now = System.currentTimeMillis();
        long since = lastVersion == Long.MIN_VALUE ? startedAt : behindSince;
        return since == 0 ? 0 : (now - since) / 1000.0;
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
