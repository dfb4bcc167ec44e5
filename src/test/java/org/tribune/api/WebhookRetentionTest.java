package org.tribune.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** Finished webhook deliveries older than the retention are deleted; pending ones stay, whatever their age. */
@ParameterizedClass
@EnumSource(Dialect.class)
class WebhookRetentionTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private TestDatabase db;
    private WebhookService webhooks;
    private String hookId;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        webhooks = new WebhookService(db.database(), Clock.fixed(NOW, ZoneOffset.UTC));
        hookId = webhooks.add("http://127.0.0.1:9/hook", Set.of()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void delivered_and_failed_deliveries_older_than_the_retention_are_pruned_pending_ones_stay() {
        insertDelivery("old-delivered", "delivered", NOW.minus(Duration.ofDays(31)));
        insertDelivery("old-failed", "failed", NOW.minus(Duration.ofDays(31)));
        insertDelivery("old-pending", "pending", NOW.minus(Duration.ofDays(31)));
        insertDelivery("recent-delivered", "delivered", NOW.minus(Duration.ofDays(29)));

        int pruned = webhooks.pruneFinished(Duration.ofDays(30));

        assertThat(pruned).isEqualTo(2);
        assertThat(deliveryIds()).containsExactlyInAnyOrder("old-pending", "recent-delivered");
    }

    private void insertDelivery(String id, String status, Instant created) {
        db.database()
                .useHandle(h -> h.createUpdate("insert into webhook_delivery (delivery_id, webhook_id, event_id, type,"
                                + " payload, status, next_attempt_at, created_at) values (:id, :hook, :id,"
                                + " 'article.updated', '{}', :status, :at, :at)")
                        .bind("id", id)
                        .bind("hook", hookId)
                        .bind("status", status)
                        .bind("at", created.toEpochMilli())
                        .execute());
    }

    private List<String> deliveryIds() {
        return db.database().withHandle(h -> h.createQuery("select delivery_id from webhook_delivery")
                .mapTo(String.class)
                .list());
    }
}
