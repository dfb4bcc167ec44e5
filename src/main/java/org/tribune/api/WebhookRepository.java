package org.tribune.api;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.tribune.db.Database;

/**
 * Webhooks in SQL: the subscribers, the content events not yet fanned out to them, and the
 * deliveries waiting to be sent. Times are stored as epoch milliseconds.
 */
final class WebhookRepository {
    private final Database db;

    WebhookRepository(Database db) {
        this.db = db;
    }

    /** A content event written with a change and not yet turned into deliveries. */
    record PendingEvent(String id, Instant occurred, String type, String articleId, String lang) {}

    /** A delivery whose time has come, with where to send it and the key that signs it. */
    record DueDelivery(String id, String url, String secret, String type, String payload, int attempts) {}

    void insertWebhook(Webhook hook) {
        db.useHandle(h -> h.createUpdate("insert into webhook (webhook_id, url, secret, events, created_at, active)"
                        + " values (:id, :url, :secret, :events, :at, 1)")
                .bind("id", hook.id())
                .bind("url", hook.url())
                .bind("secret", hook.secret())
                .bind("events", hook.events().isEmpty() ? "*" : String.join(",", new TreeSet<>(hook.events())))
                .bind("at", hook.created().toEpochMilli())
                .execute());
    }

    /** Every subscriber, without secrets, oldest first. */
    List<Webhook> listWebhooks() {
        return db.withHandle(h -> h.createQuery("select * from webhook order by created_at, webhook_id")
                .map((rs, ctx) -> new Webhook(
                        rs.getString("webhook_id"),
                        rs.getString("url"),
                        WebhookService.events(rs.getString("events")),
                        null,
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getInt("active") != 0))
                .list());
    }

    /** @return whether there was such a subscriber */
    boolean deleteWebhook(String id) {
        return db.withHandle(h -> h.createUpdate("delete from webhook where webhook_id = :id")
                        .bind("id", id)
                        .execute())
                > 0;
    }

    /** The oldest events not yet fanned out, at most {@code limit}. */
    List<PendingEvent> listPendingEvents(int limit) {
        return db.withHandle(h -> h.createQuery("select event_id, occurred_at, type, article_id, lang"
                        + " from content_event where dispatched = 0 order by occurred_at, event_id limit :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new PendingEvent(
                        rs.getString("event_id"),
                        Instant.ofEpochMilli(rs.getLong("occurred_at")),
                        rs.getString("type"),
                        rs.getString("article_id"),
                        rs.getString("lang")))
                .list());
    }

    /** Marks the event fanned out; false when another node already did, so that it is fanned out once. */
    boolean claimEvent(Handle h, String eventId) {
        return h.createUpdate("update content_event set dispatched = 1 where event_id = :id and dispatched = 0")
                        .bind("id", eventId)
                        .execute()
                > 0;
    }

    void insertDelivery(
            Handle h, String deliveryId, String webhookId, PendingEvent event, String payload, Instant now) {
        h.createUpdate("""
                insert into webhook_delivery (delivery_id, webhook_id, event_id, type, payload, status,
                    attempts, next_attempt_at, created_at)
                values (:id, :hook, :event, :type, :payload, 'pending', 0, :now, :now)""")
                .bind("id", deliveryId)
                .bind("hook", webhookId)
                .bind("event", event.id())
                .bind("type", event.type())
                .bind("payload", payload)
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** Pending deliveries due by {@code now} that no node holds a live claim on, the longest waiting first. */
    List<DueDelivery> listDueDeliveries(Instant now, int limit) {
        return db.withHandle(h -> h.createQuery("""
                        select d.delivery_id, w.url, w.secret, d.type, d.payload, d.attempts
                        from webhook_delivery d join webhook w on w.webhook_id = d.webhook_id
                        where d.status = 'pending' and d.next_attempt_at <= :now
                          and (d.claimed_until is null or d.claimed_until < :now)
                        order by d.next_attempt_at limit :room""")
                .bind("now", now.toEpochMilli())
                .bind("room", limit)
                .map((rs, ctx) -> new DueDelivery(
                        rs.getString("delivery_id"),
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getString("type"),
                        rs.getString("payload"),
                        rs.getInt("attempts")))
                .list());
    }

    /**
     * How many deliveries are pending on every node; with {@code retriesOnly}, only those that
     * failed at least once and wait for another attempt.
     */
    double countPending(boolean retriesOnly) {
        return db.withHandle(h -> h.createQuery("select count(*) from webhook_delivery where status = 'pending'"
                        + (retriesOnly ? " and attempts > 0" : ""))
                .mapTo(long.class)
                .one());
    }

    /**
     * Claims the delivery until {@code until}; false when another node holds a live claim on it or
     * is no longer due: sent meanwhile by a node that listed it at the same time as this one, or
     * failed and waiting for its next attempt.
     */
    boolean claimDelivery(String deliveryId, Instant now, Instant until) {
        return db.withHandle(h -> h.createUpdate("update webhook_delivery set claimed_until = :until"
                                + " where delivery_id = :id and status = 'pending' and next_attempt_at <= :now"
                                + " and (claimed_until is null or claimed_until < :now)")
                        .bind("until", until.toEpochMilli())
                        .bind("id", deliveryId)
                        .bind("now", now.toEpochMilli())
                        .execute())
                == 1;
    }

    void markDelivered(String deliveryId, int status, Instant now) {
        db.useHandle(h -> h.createUpdate("update webhook_delivery set status = 'delivered', attempts = attempts + 1,"
                        + " last_status = :status, last_error = null, delivered_at = :now, claimed_until = null"
                        + " where delivery_id = :id")
                .bind("status", status)
                .bind("now", now.toEpochMilli())
                .bind("id", deliveryId)
                .execute());
    }

    /**
     * Records a failed attempt and releases the claim.
     *
     * @param giveUp whether the delivery is failed for good rather than pending until {@code next}
     * @param status the subscriber's HTTP status; null when it did not answer
     */
    void markFailed(String deliveryId, boolean giveUp, int attempts, Integer status, String error, Instant next) {
        db.useHandle(h -> h.createUpdate("update webhook_delivery set status = :state, attempts = :attempts,"
                        + " last_status = :status, last_error = :error, next_attempt_at = :next, claimed_until = null"
                        + " where delivery_id = :id")
                .bind("state", giveUp ? "failed" : "pending")
                .bind("attempts", attempts)
                .bind("status", status)
                .bind("error", error)
                .bind("next", next.toEpochMilli())
                .bind("id", deliveryId)
                .execute());
    }

    /** Deletes the deliveries delivered or given up on that were made before {@code cutoff}; returns how many. */
    int deleteFinishedBefore(Instant cutoff) {
        return db.inTransaction(h -> {
            if (h.createQuery(db.sql().tryTransactionLock("webhook-pruning"))
                            .mapTo(int.class)
                            .one()
                    == 0) {
                return 0;
            }
            return h.createUpdate("delete from webhook_delivery where status in ('delivered', 'failed')"
                            + " and created_at < :cutoff")
                    .bind("cutoff", cutoff.toEpochMilli())
                    .execute();
        });
    }
}
