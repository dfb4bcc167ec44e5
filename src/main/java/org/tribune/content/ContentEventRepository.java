package org.tribune.content;

import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The content events outbox in SQL. Events are only ever written inside the transaction of the
 * write they describe, through its handle, so this repository needs no database of its own.
 */
public final class ContentEventRepository {
    private ContentEventRepository() {}

    /** Records an event of {@code type} about the edition, with a new random id. */
    static void insert(Handle h, String type, String articleId, Lang lang, Instant at) {
        h.createUpdate("insert into content_event (event_id, occurred_at, type, article_id, lang)"
                        + " values (:id, :at, :type, :article, :lang)")
                .bind("id", UUID.randomUUID().toString())
                .bind("at", at.toEpochMilli())
                .bind("type", type)
                .bind("article", articleId)
                .bind("lang", lang.tag())
                .execute();
    }

    /** Deletes the events fanned out to webhooks that occurred before {@code cutoff}; returns how many. */
    static int deleteDispatchedBefore(Handle h, Instant cutoff) {
        return h.createUpdate("delete from content_event where dispatched <> 0 and occurred_at < :cutoff")
                .bind("cutoff", cutoff.toEpochMilli())
                .execute();
    }
}
