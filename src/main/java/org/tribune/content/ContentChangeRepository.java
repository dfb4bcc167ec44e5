package org.tribune.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/**
 * The outbox of content changes in SQL ({@code content_change}): a row per write, committed with
 * it, which every node follows to drop its cached pages and bring its search index and export
 * mirror up to date.
 */
final class ContentChangeRepository {
    private final Database db;

    ContentChangeRepository(Database db) {
        this.db = db;
    }

    /** An author or topic whose names changed, as the outbox records it. */
    record Renamed(Taxonomy taxonomy, String key) {}

    /**
     * What happened after a position.
     *
     * @param latest the newest position
     * @param byAnotherNode whether another node wrote any of it
     * @param forgotten whether rows after the position were pruned already, so that what they
     *     changed can no longer be told
     * @param renamed the authors and topics whose names other nodes changed
     */
    record Since(long latest, boolean byAnotherNode, boolean forgotten, List<Renamed> renamed) {}

    /**
     * Moves the content version on and records the change at the new version, by this node, in the
     * writing transaction of {@code h}; on PostgreSQL the other nodes are woken when it commits.
     */
    void record(Handle h) {
        record(h, Optional.empty());
    }

    /** As {@link #record(Handle)}, for a change to the names of an author or topic. */
    void record(Handle h, Optional<Renamed> renamed) {
        h.createUpdate("update content_version set version = version + 1 where id = 1")
                .execute();
        long position = h.createQuery("select version from content_version where id = 1")
                .mapTo(long.class)
                .one();
        h.createUpdate("insert into content_change (position, changed_at, origin, renamed_taxonomy, renamed_key)"
                        + " values (:position, :at, :origin, :taxonomy, :key)")
                .bind("position", position)
                .bind("at", System.currentTimeMillis())
                .bind("origin", db.nodeId())
                .bind("taxonomy", renamed.map(r -> r.taxonomy().singular()).orElse(null))
                .bind("key", renamed.map(Renamed::key).orElse(null))
                .execute();
        db.sql()
                .announceChange()
                .ifPresent(notify -> h.createQuery(notify).mapTo(String.class).one());
    }

    /** Takes the pruning lock for the transaction of {@code h}: false when another node holds it. */
    boolean tryPruningLock(Handle h) {
        return h.createQuery(db.sql().tryTransactionLock("history-pruning"))
                        .mapTo(int.class)
                        .one()
                != 0;
    }

    /** Deletes the changes written before {@code cutoff}, except the newest; returns how many. */
    int deleteBefore(Handle h, Instant cutoff) {
        return h.createUpdate("delete from content_change where changed_at < :cutoff"
                        + " and position < (select max(position) from content_change)")
                .bind("cutoff", cutoff.toEpochMilli())
                .execute();
    }

    /** The newest position: where a node starting now stands. */
    long latest() {
        return db.withHandle(ContentChangeRepository::latest);
    }

    /** The changes committed after {@code position}: how many, and when the first was written (epoch ms; 0 for none). */
    record Unapplied(long count, long firstChangedAt) {}

    Unapplied after(long position) {
        return db.withHandle(
                h -> h.createQuery("select count(*), min(changed_at) from content_change where position > :position")
                        .bind("position", position)
                        .map((rs, ctx) -> new Unapplied(rs.getLong(1), rs.getLong(2)))
                        .one());
    }

    private static long latest(Handle h) {
        return h.createQuery("select version from content_version where id = 1")
                .mapTo(long.class)
                .one();
    }

    /**
     * The changes committed after {@code position}, in short: one query, and a second only when
     * another node renamed an author or topic. Changes no longer kept count as made by another node:
     * nobody can tell any more who made them. The newest change is never pruned, so no row after
     * {@code position} means nothing happened since.
     */
    Since since(long position) {
        return db.withHandle(h -> {
            var summary = h.createQuery(
                            "select max(position), min(position), count(case when origin <> :me then 1 end),"
                                    + " count(case when origin <> :me and renamed_key is not null then 1 end)"
                                    + " from content_change where position > :position")
                    .bind("me", db.nodeId())
                    .bind("position", position)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                    .one();
            long latest = summary[0];
            if (latest <= position) {
                return new Since(position, false, false, List.of());
            }
            // Positions are handed out without gaps, so a missing row after ours was pruned.
            boolean forgotten = summary[1] > position + 1;
            List<Renamed> renamed = summary[3] == 0 ? List.of() : renamedBetween(h, position, latest);
            return new Since(latest, forgotten || summary[2] > 0, forgotten, renamed);
        });
    }

    private List<Renamed> renamedBetween(Handle h, long after, long upTo) {
        return h.createQuery(
                        "select distinct renamed_taxonomy, renamed_key from content_change"
                                + " where position > :after and position <= :upTo and origin <> :me and renamed_key is not null")
                .bind("me", db.nodeId())
                .bind("after", after)
                .bind("upTo", upTo)
                .map((rs, ctx) -> new Renamed(
                        rs.getString(1).equals(Taxonomy.AUTHORS.singular()) ? Taxonomy.AUTHORS : Taxonomy.TOPICS,
                        rs.getString(2)))
                .list();
    }
}
