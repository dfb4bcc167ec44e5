package org.tribune.search;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Each edition's source hash as the index's published view holds it, kept in memory: a sync runs
 * after every edit, and reading the hashes of every document each time would be most of its work.
 *
 * <p>The hashes are read from the index once, when first asked for. After that every write is
 * noted as it reaches the writer and counts from the next successful publish on, so the hashes
 * are always those of the published view: a sync that fails before publishing finds its editions
 * still behind next time, as it would if it read the hashes from the index itself.
 */
final class IndexedSourceHashes {
    /** A write to the index, which may fail. */
    interface IndexWrite {
        void run() throws IOException;
    }

    private final Supplier<Map<String, String>> readFromIndex;
    /**
     * Writers hold it shared (the sync puts from several threads), publishing and loading hold it
     * alone, so that no write falls between a publish and the noting of what it made visible.
     */
    private final ReadWriteLock publishing = new ReentrantReadWriteLock();
    /** Written since the last publish: key to source hash, or empty for a removal. */
    private final Map<String, Optional<String>> unpublished = new ConcurrentHashMap<>();

    private boolean clearedSincePublish;
    /** Null until first asked for. */
    private Map<String, String> published;

    IndexedSourceHashes(Supplier<Map<String, String>> readFromIndex) {
        this.readFromIndex = readFromIndex;
    }

    void put(String key, String sourceHash, IndexWrite write) throws IOException {
        noting(publishing.readLock(), write, () -> unpublished.put(key, Optional.of(sourceHash)));
    }

    void remove(String key, IndexWrite write) throws IOException {
        noting(publishing.readLock(), write, () -> unpublished.put(key, Optional.empty()));
    }

    void clear(IndexWrite write) throws IOException {
        noting(publishing.writeLock(), write, () -> {
            unpublished.clear();
            clearedSincePublish = true;
        });
    }

    /** Runs {@code publish}; once it has succeeded, what was written before counts as indexed. */
    void publish(IndexWrite publish) throws IOException {
        noting(publishing.writeLock(), publish, this::countUnpublishedAsPublished);
    }

    /** Notes what {@code write} did only once it has succeeded. */
    private static void noting(Lock lock, IndexWrite write, Runnable note) throws IOException {
        lock.lock();
        try {
            write.run();
            note.run();
        } finally {
            lock.unlock();
        }
    }

    private void countUnpublishedAsPublished() {
        if (published != null) {
            if (clearedSincePublish) {
                published.clear();
            }
            unpublished.forEach(
                    (key, hash) -> hash.ifPresentOrElse(h -> published.put(key, h), () -> published.remove(key)));
        } else if (clearedSincePublish) {
            published = new ConcurrentHashMap<>(); // no need to read an index known to be empty
            unpublished.forEach((key, hash) -> hash.ifPresent(h -> published.put(key, h)));
        }
        unpublished.clear();
        clearedSincePublish = false;
    }

    /**
     * Each published edition's key ({@code id|lang}) and source hash: a read-only view that changes
     * at each publish.
     */
    Map<String, String> published() {
        publishing.writeLock().lock();
        try {
            if (published == null) {
                published = new ConcurrentHashMap<>(readFromIndex.get());
            }
            return Collections.unmodifiableMap(published);
        } finally {
            publishing.writeLock().unlock();
        }
    }
}
