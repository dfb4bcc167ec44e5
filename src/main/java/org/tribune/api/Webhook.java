package org.tribune.api;

import java.time.Instant;
import java.util.Set;

/**
 * A subscriber: where to send which events, and the key that signs them.
 *
 * @param events the event types it wants; empty means all of them
 * @param secret shown once, when the hook is made; null when listing
 */
public record Webhook(String id, String url, Set<String> events, String secret, Instant created, boolean active) {
    public static final Set<String> TYPES = Set.of("article.published", "article.updated", "article.withdrawn");

    public boolean wants(String type) {
        return active && (events.isEmpty() || events.contains(type));
    }
}
