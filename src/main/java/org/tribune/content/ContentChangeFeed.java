package org.tribune.content;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.db.ChangeNotifications;
import org.tribune.db.Dialect;

/**
 * Follows the outbox of content changes for this node: when another node (or another process,
 * such as an import from the command line) commits a write, the store's change listeners run here
 * as they do after a write of this node's own (cached pages dropped, the search index and the
 * export mirror brought up to date), and the Traditional derivation reads the site's variant and
 * glossary again.
 *
 * <pre>{@code
 * try (var feed = ContentChangeFeed.start(store)) {
 *     // serve; the listeners of store.onChange hear of every node's writes
 * }
 * }</pre>
 *
 * <p>On PostgreSQL a {@code NOTIFY} sent by the writing transaction wakes the feed at once; it also
 * looks every few seconds, and after its listening connection was lost, so that no change is
 * missed for long. SQLite has one node; there the feed looks every second for other processes'
 * writes. Whatever woke it, the feed reads the outbox after the position it last applied: the
 * outbox is the truth, the notification only a wake-up.
 */
public final class ContentChangeFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContentChangeFeed.class);
    private static final Duration CHECK_LISTENING = Duration.ofSeconds(5);
    private static final Duration CHECK_POLLING = Duration.ofSeconds(1);

    private final ContentStore store;
    private final ContentChangeRepository changes;
    private final ChangeNotifications notifications;
    private final Duration check;
    private final Thread follower;
    private volatile long applied;
    private volatile boolean closing;
    /** Wake-ups by an announcement (or a new listening connection), not by the periodic check. */
    private final AtomicLong announcedWakeUps = new AtomicLong();

    private ContentChangeFeed(ContentStore store, OptionalLong from) {
        this.store = store;
        this.changes = new ContentChangeRepository(store.database());
        this.notifications = store.database().listenForChanges();
        this.check = store.database().dialect() == Dialect.POSTGRESQL ? CHECK_LISTENING : CHECK_POLLING;
        long latest = changes.latest();
        this.applied = Math.min(from.orElse(latest), latest);
        this.follower = Thread.ofPlatform().daemon().name("content-changes").unstarted(this::follow);
    }

    /** Follows the store's outbox from its current position until closed: caches start empty. */
    public static ContentChangeFeed start(ContentStore store) {
        return start(store, OptionalLong.empty());
    }

    /**
     * Follows the store's outbox from {@code from} until closed: what was kept from before, such as
     * a search index as last committed at that position, hears of what changed since, renames
     * included, or that it must check everything when those changes are no longer kept.
     *
     * @param from the position what this node kept was current at; empty for the newest
     */
    public static ContentChangeFeed start(ContentStore store, OptionalLong from) {
        var feed = new ContentChangeFeed(store, from);
        feed.follower.start();
        return feed;
    }

    /**
     * How far this node is behind the outbox: the changes committed (on any node) that it has not
     * applied, and how long ago the first of them was committed. Reads the store.
     */
    public Lag lag() {
        var unapplied = changes.after(applied);
        if (unapplied.count() == 0) {
            return new Lag(0, Duration.ZERO);
        }
        return new Lag(
                unapplied.count(),
                Duration.ofMillis(Math.max(0, System.currentTimeMillis() - unapplied.firstChangedAt())));
    }

    /**
     * @param changes how many committed changes this node has not applied
     * @param time how long ago the first of them was committed; zero when there is none
     */
    public record Lag(long changes, Duration time) {}

    /** A feed that applies changes only when {@link #applyNewChanges()} is called: for tests. */
    static ContentChangeFeed notFollowing(ContentStore store) {
        return new ContentChangeFeed(store, OptionalLong.empty());
    }

    /** The outbox position this node has applied: every change up to it is reflected here. */
    public long appliedPosition() {
        return applied;
    }

    /**
     * How often the feed was woken by another transaction's announcement (or by a new listening
     * connection) rather than by its periodic check: zero where nothing announces, as on SQLite.
     */
    public long announcedWakeUps() {
        return announcedWakeUps.get();
    }

    private void follow() {
        while (!closing) {
            if (notifications.await(check)) {
                announcedWakeUps.incrementAndGet();
            }
            try {
                applyNewChanges();
            } catch (RuntimeException e) {
                if (!closing) {
                    log.warn("could not read the changes other nodes made; will try again", e);
                }
            }
        }
    }

    /**
     * Applies the changes committed since the position last applied, on the caller's thread: those
     * of another node run the store's change listeners once for all; this node's own ran them when
     * written.
     */
    public synchronized void applyNewChanges() {
        ContentChangeRepository.Since since = changes.since(applied);
        if (since.latest() == applied) {
            return;
        }
        if (since.byAnotherNode()) {
            store.derivation().forgetSiteSettings();
            store.announceChange();
        }
        if (since.forgotten()) {
            log.warn(
                    "changes after position {} are no longer kept in the outbox; checking everything against the store",
                    applied);
            store.announceChangesForgotten();
        } else if (!since.renamed().isEmpty()) {
            List<String> articleIds = articlesNaming(since.renamed());
            if (!articleIds.isEmpty()) {
                store.announceNamesChanged(articleIds);
            }
        }
        applied = since.latest();
    }

    /** The articles naming these authors and topics now. */
    private List<String> articlesNaming(List<ContentChangeRepository.Renamed> renamed) {
        return store.database().withHandle(h -> {
            Set<String> ids = new LinkedHashSet<>();
            for (var entity : renamed) {
                ids.addAll(store.entities().articlesLinking(h, entity.taxonomy(), entity.key()));
            }
            return List.copyOf(ids);
        });
    }

    @Override
    public void close() {
        closing = true;
        notifications.close();
        if (follower.getState() == Thread.State.NEW) {
            return;
        }
        try {
            follower.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
