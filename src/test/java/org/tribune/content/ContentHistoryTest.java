package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.db.Dialect;

/** Pruning events and the outbox on both stores, and what a node finds when the changes it missed are gone. */
@ParameterizedClass
@EnumSource(Dialect.class)
class ContentHistoryTest {
    private static final Duration HISTORY = Duration.ofDays(30);
    private static final Duration OUTBOX = Duration.ofDays(1);

    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private TwoNodes nodes;
    private ContentStore nodeA;
    private ContentStore nodeB;

    @BeforeEach
    void open() {
        nodes = new TwoNodes(dialect, tempDir);
        nodeA = nodes.nodeA;
        nodeB = nodes.nodeB;
    }

    @AfterEach
    void close() {
        nodes.close();
    }

    @Test
    void fanned_out_events_and_changes_older_than_their_retention_go_and_the_newest_change_stays() {
        Instant now = Instant.now().plus(Duration.ofDays(2));
        TwoNodes.writeOn(nodeA, 3);
        insertEvent("old-sent", now.minus(Duration.ofDays(40)), true);
        insertEvent("old-waiting", now.minus(Duration.ofDays(40)), false);
        insertEvent("recent-sent", now.minus(Duration.ofDays(1)), true);

        var pruned = new ContentHistory(nodeA).prune(now, HISTORY, OUTBOX);

        assertThat(pruned).hasValue(new ContentHistory.Pruned(1, 2));
        assertThat(eventIds()).containsExactlyInAnyOrder("old-waiting", "recent-sent");
        assertThat(changesKept()).isEqualTo(1);
        assertThat(new ContentHistory(nodeA).prune(Instant.now(), HISTORY, OUTBOX))
                .hasValue(new ContentHistory.Pruned(0, 0));
    }

    @Test
    void a_node_whose_unapplied_changes_were_pruned_checks_everything_and_one_that_is_current_does_not() {
        var behind = ContentChangeFeed.notFollowing(nodeB);
        TwoNodes.writeOn(nodeA, 3);
        var current = ContentChangeFeed.notFollowing(nodeB);
        List<String> heard = new ArrayList<>();
        nodeB.onChangesForgotten(() -> heard.add("forgotten"));
        nodeB.onChange(() -> heard.add("change"));

        new ContentHistory(nodeA).prune(Instant.now().plus(Duration.ofDays(2)), HISTORY, OUTBOX);
        current.applyNewChanges();

        assertThat(heard).isEmpty();

        behind.applyNewChanges();

        assertThat(heard).containsExactly("change", "forgotten");
        assertThat(behind.appliedPosition()).isEqualTo(current.appliedPosition());
        behind.close();
        current.close();
    }

    private void insertEvent(String id, Instant at, boolean dispatched) {
        nodes.poolA.useHandle(
                h -> h.createUpdate("insert into content_event (event_id, occurred_at, type, article_id, lang,"
                                + " dispatched) values (:id, :at, 'article.updated', 'a', 'en', :dispatched)")
                        .bind("id", id)
                        .bind("at", at.toEpochMilli())
                        .bind("dispatched", dispatched ? 1 : 0)
                        .execute());
    }

    private List<String> eventIds() {
        return nodes.poolA.withHandle(h -> h.createQuery("select event_id from content_event")
                .mapTo(String.class)
                .list());
    }

    private int changesKept() {
        return nodes.poolA.withHandle(h -> h.createQuery("select count(*) from content_change")
                .mapTo(int.class)
                .one());
    }
}
