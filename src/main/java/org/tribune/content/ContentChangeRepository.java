package org.tribune.content;

import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/**
 * The outbox of content changes in SQL ({@code content_change}): a row per write, committed with
 * it, which every node follows to drop its cached pages and bring its search index and export
 * mirror up to date.
 */
final class ContentChangeRepository {
    /** How many of the latest changes are kept; a node further behind than that catches up as a whole. */
    static final long KEPT = 50_000;

    private final Database db;

    ContentChangeRepository(Database db) {
        this.db = db;
    }

    /** What happened after a position: the newest position, and whether another node wrote any of it. */
    record Since(long latest, boolean byAnotherNode) {}

    /**
     * Moves the content version on and records the change at the new version, by this node, in the
     * writing transaction of {@code h}; on PostgreSQL the other nodes are woken when it commits.
     */
    void record(Handle h) {
        h.createUpdate("update content_version set version = version + 1 where id = 1")
                .execute();
        long position = h.createQuery("select version from content_version where id = 1")
                .mapTo(long.class)
                .one();
        h.createUpdate("insert into content_change (position, changed_at, origin) values (:position, :at, :origin)")
                .bind("position", position)
                .bind("at", System.currentTimeMillis())
                .bind("origin", db.nodeId())
                .execute();
        if (position % 1_000 == 0) {
            h.createUpdate("delete from content_change where position <= :oldest")
                    .bind("oldest", position - KEPT)
                    .execute();
        }
        db.sql()
                .announceChange()
                .ifPresent(notify -> h.createQuery(notify).mapTo(String.class).one());
    }

    /** The newest position: where a node starting now stands. */
    long latest() {
        return db.withHandle(h -> h.createQuery("select version from content_version where id = 1")
                .mapTo(long.class)
                .one());
    }

    /**
     * The changes committed after {@code position}, in short. Changes no longer kept count as made
     * by another node: nobody can tell any more who made them.
     */
    Since since(long position) {
        return db.withHandle(h -> h.createQuery("select max(position), min(position),"
                        + " count(case when origin <> :me then 1 end) from content_change where position > :position")
                .bind("me", db.nodeId())
                .bind("position", position)
                .map((rs, ctx) -> {
                    long latest = rs.getLong(1);
                    if (rs.wasNull()) {
                        return new Since(position, false);
                    }
                    boolean forgotten = rs.getLong(2) > position + 1;
                    return new Since(latest, forgotten || rs.getLong(3) > 0);
                })
                .one());
    }
}
