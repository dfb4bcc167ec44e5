package org.tribune.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

/** Two nodes on one store: what one writes, the other's feed counts as behind until it applies it. */
@ParameterizedClass
@EnumSource(Dialect.class)
class ContentChangeFeedTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();

    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private TestDatabase db;
    private Database poolA;
    private Database poolB;
    private ContentStore nodeA;
    private ContentStore nodeB;
    private ContentChangeFeed feedB;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        poolA = Database.open(db.url());
        poolB = Database.open(db.url());
        nodeA = new ContentStore(poolA, new MovingClock(Fixtures.NOW), CONVERSIONS);
        nodeB = new ContentStore(poolB, new MovingClock(Fixtures.NOW), CONVERSIONS);
        feedB = ContentChangeFeed.notFollowing(nodeB);
    }

    @AfterEach
    void close() {
        feedB.close();
        poolA.close();
        poolB.close();
        db.close();
    }

    @Test
    void a_node_that_applied_everything_has_no_lag() {
        assertThat(feedB.lag()).isEqualTo(new ContentChangeFeed.Lag(0, Duration.ZERO));
    }

    @Test
    void lag_counts_the_changes_another_node_committed_and_dates_them_from_the_first() throws Exception {
        writeOn(nodeA);
        Thread.sleep(50);
        writeOn(nodeA);

        ContentChangeFeed.Lag lag = feedB.lag();

        assertThat(lag.changes()).isEqualTo(2);
        assertThat(lag.time()).isGreaterThanOrEqualTo(Duration.ofMillis(50));

        feedB.applyNewChanges();

        assertThat(feedB.lag()).isEqualTo(new ContentChangeFeed.Lag(0, Duration.ZERO));
    }

    @Test
    void applying_another_nodes_change_runs_the_change_listeners_once() {
        List<String> heard = new ArrayList<>();
        nodeB.onChange(() -> heard.add("change"));
        writeOn(nodeA);
        writeOn(nodeA);

        feedB.applyNewChanges();
        feedB.applyNewChanges();

        assertThat(heard).containsExactly("change");
    }

    private static void writeOn(ContentStore node) {
        node.database().useTransaction(h -> node.articles().bumpContentVersion(h));
    }
}
