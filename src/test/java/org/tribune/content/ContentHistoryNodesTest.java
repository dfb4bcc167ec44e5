package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

/**
 * Nodes on one PostgreSQL schema prune one at a time: while one holds the pruning lock, another's
 * pruning returns at once having done nothing. (SQLite has one writer at a time.)
 */
class ContentHistoryNodesTest {
    @TempDir
    Path tempDir;

    @Test
    void while_one_node_prunes_another_skips() {
        try (var db = TestDatabase.open(Dialect.POSTGRESQL, tempDir);
                Database poolB = Database.open(db.url())) {
            var nodeA = new ContentStore(db.database(), new MovingClock(Fixtures.NOW), ChineseConversions.load());
            for (int i = 0; i < 2; i++) {
                db.database().useTransaction(h -> nodeA.articles().bumpContentVersion(h));
            }
            Instant later = Instant.now().plus(Duration.ofDays(2));

            Optional<ContentHistory.Pruned> whileHeld = poolB.inTransaction(h -> {
                assertThat(h.createQuery(poolB.sql().tryTransactionLock("history-pruning"))
                                .mapTo(int.class)
                                .one())
                        .isEqualTo(1);
                return new ContentHistory(nodeA).prune(later, Duration.ofDays(30), Duration.ofDays(1));
            });

            assertThat(whileHeld).isEmpty();
            assertThat(new ContentHistory(nodeA).prune(later, Duration.ofDays(30), Duration.ofDays(1)))
                    .hasValue(new ContentHistory.Pruned(0, 1));
        }
    }
}
