package org.tribune.content;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tribune.db.Database;

/**
 * Prunes what the store only keeps for a while: content events already fanned out to webhooks,
 * older than the history retention, and outbox changes older than the outbox retention. The
 * newest change is always kept: it tells a node how far the outbox reaches. A node whose position
 * falls before the oldest change kept finds it missed changes and checks everything against the
 * store ({@link ContentStore#onChangesForgotten}); the retention only decides how rare that is.
 *
 * <pre>{@code
 * new ContentHistory(store).prune(clock.instant(), Duration.ofDays(30), Duration.ofDays(1));
 * }</pre>
 */
public final class ContentHistory {
    private final Database db;
    private final ContentChangeRepository changes;

    public ContentHistory(ContentStore store) {
        this.db = store.database();
        this.changes = new ContentChangeRepository(db);
    }

    /** What one pruning deleted. */
    public record Pruned(int events, int changes) {}

    /**
     * Deletes fanned-out events older than {@code eventRetention} and outbox changes older than
     * {@code outboxRetention}, as of {@code now}, in one transaction, unless another node is pruning
     * at this moment.
     *
     * @return what was deleted; empty when another node held the pruning
     */
    public Optional<Pruned> prune(Instant now, Duration eventRetention, Duration outboxRetention) {
        return db.inTransaction(h -> {
            if (!changes.tryPruningLock(h)) {
                return Optional.empty();
            }
            int events = ContentEventRepository.deleteDispatchedBefore(h, now.minus(eventRetention));
            int changed = changes.deleteBefore(h, now.minus(outboxRetention));
            return Optional.of(new Pruned(events, changed));
        });
    }
}
