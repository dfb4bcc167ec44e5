package org.tribune.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tribune.db.Database;
import org.tribune.web.InvalidFields;
import org.tribune.web.InvalidFields.FieldProblem;

/**
 * Webhook subscribers: registering one by URL (it gets a signing secret, shown once), listing and
 * removing them.
 *
 * <pre>{@code
 * Webhook hook = webhooks.add("https://partner.example/tribune", Set.of("article.published"));
 * // give hook.secret() to the partner: it checks X-Tribune-Signature with it
 * }</pre>
 */
public final class WebhookService {
    private final WebhookRepository webhooks;
    private final Clock clock;

    public WebhookService(Database db, Clock clock) {
        this.webhooks = new WebhookRepository(db);
        this.clock = clock;
    }

    /**
     * Deletes the deliveries delivered or given up on that were made more than {@code retention}
     * ago; pending ones stay whatever their age. One node at a time: another pruning at the same
     * moment returns 0.
     *
     * @return how many were deleted
     */
    public int pruneFinished(Duration retention) {
        return webhooks.deleteFinishedBefore(clock.instant().minus(retention));
    }

    /**
     * Registers a subscriber.
     *
     * @param events the types wanted; empty for all
     * @throws InvalidFields when the address is not an absolute http(s) URL or an event type is unknown
     */
    public Webhook add(String url, Set<String> events) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isHttpUrl(url)) {
            problems.add(new FieldProblem("url", "expected an absolute http:// or https:// address"));
        }
        for (String type : events) {
            if (!Webhook.TYPES.contains(type)) {
                problems.add(new FieldProblem(
                        "events", "unknown event '" + type + "'; expected " + new TreeSet<>(Webhook.TYPES)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
        var hook = new Webhook(
                UUID.randomUUID().toString(),
                url,
                Set.copyOf(events),
                "whsec_" + WebhookSignature.newSecret(),
                clock.instant(),
                true);
        webhooks.insertWebhook(hook);
        return hook;
    }

    /** Every subscriber, without secrets. */
    public List<Webhook> list() {
        return webhooks.listWebhooks();
    }

    /** @return whether there was such a subscriber; its pending deliveries go with it */
    public boolean remove(String id) {
        return webhooks.deleteWebhook(id);
    }

    static Set<String> events(String stored) {
        return stored.equals("*")
                ? Set.of()
                : Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return uri.isAbsolute()
                    && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
