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
import org.tribune.db.Dialect;

/** Two nodes on one store: what one writes, the other's feed counts as behind until it applies it. */
@ParameterizedClass
@EnumSource(Dialect.class)
class ContentChangeFeedTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private TwoNodes nodes;
    private ContentChangeFeed feedB;

    @BeforeEach
    void open() {
        nodes = new TwoNodes(dialect, tempDir);
        feedB = ContentChangeFeed.notFollowing(nodes.nodeB);
    }

    @AfterEach
    void close() {
        feedB.close();
        nodes.close();
    }

    @Test
    void a_node_that_applied_everything_has_no_lag() {
        assertThat(feedB.lag()).isEqualTo(new ContentChangeFeed.Lag(0, Duration.ZERO));
    }

    @Test
    void lag_counts_the_changes_another_node_committed_and_dates_them_from_the_first() throws Exception {
        TwoNodes.writeOn(nodes.nodeA, 1);
        // The first change is then at least 50 ms older than the second: a lag dated from the
        // last change could be shorter.
        Thread.sleep(50);
        TwoNodes.writeOn(nodes.nodeA, 1);

        ContentChangeFeed.Lag lag = feedB.lag();

        assertThat(lag.changes()).isEqualTo(2);
        assertThat(lag.time()).isGreaterThanOrEqualTo(Duration.ofMillis(50));

        feedB.applyNewChanges();

        assertThat(feedB.lag()).isEqualTo(new ContentChangeFeed.Lag(0, Duration.ZERO));
    }

    @Test
    void applying_another_nodes_change_runs_the_change_listeners_once() {
        List<String> heard = new ArrayList<>();
        nodes.nodeB.onChange(() -> heard.add("change"));
        TwoNodes.writeOn(nodes.nodeA, 2);

        feedB.applyNewChanges();
        feedB.applyNewChanges();

        assertThat(heard).containsExactly("change");
    }
}
