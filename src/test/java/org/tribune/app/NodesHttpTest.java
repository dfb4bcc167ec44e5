package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.AuthorTopicEdit;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.content.Taxonomy;
import org.tribune.db.TestDatabase;

/**
 * Two servers on one PostgreSQL schema, as two nodes behind a load balancer: what an editor changes
 * through one is what readers get from the other, each node woken by the other's announcements.
 */
class NodesHttpTest {
    private static final int EDITS = 10;

    @TempDir
    static Path tempDir;

    static TwoNodeServers nodes;
    static Server nodeA;
    static Server nodeB;

    @BeforeAll
    static void start() {
        nodes = new TwoNodeServers(tempDir, settings -> settings);
        nodeA = nodes.nodeA;
        nodeB = nodes.nodeB;
    }

    @AfterAll
    static void stop() {
        nodes.close();
    }

    @Test
    void edits_published_through_one_node_reach_the_other_woken_by_its_announcement() throws Exception {
        publish(nodeA, "harbour-talks", "Harbour talks, first draft");
        TwoNodeServers.awaitPage(
                nodeB, "/en/articles/harbour-talks", "Harbour talks, first draft", Duration.ofSeconds(5));
        TwoNodeServers.awaitPage(
                nodeA, "/en/articles/harbour-talks", "Harbour talks, first draft", Duration.ofSeconds(5));
        long wakeUpsA = nodeA.site().changeFeed.announcedWakeUps();
        long wakeUpsB = nodeB.site().changeFeed.announcedWakeUps();

        for (int i = 1; i <= EDITS; i++) {
            String title = "Harbour talks, revision " + i;
            Server writer = i % 2 == 0 ? nodeB : nodeA;
            Server reader = writer == nodeA ? nodeB : nodeA;
            publish(writer, "harbour-talks", title);

            awaitApplied(reader, writer.content().contentVersion(), Duration.ofSeconds(15));
            TwoNodeServers.awaitPage(reader, "/en/articles/harbour-talks", title, Duration.ofSeconds(15));
            TwoNodeServers.awaitPage(reader, "/en/", title, Duration.ofSeconds(15));
        }

        // How fast is bench/propagation.py's figure; here, that each edit woke the other node by
        // its NOTIFY rather than waiting for the periodic check, which would also apply it.
        assertThat(nodeA.site().changeFeed.announcedWakeUps() - wakeUpsA)
                .as("node A woken by node B's edits")
                .isGreaterThanOrEqualTo(EDITS / 2);
        assertThat(nodeB.site().changeFeed.announcedWakeUps() - wakeUpsB)
                .as("node B woken by node A's edits")
                .isGreaterThanOrEqualTo(EDITS / 2);
    }

    /** Waits until {@code node} has applied the change outbox up to {@code position}; fails after {@code within}. */
    private static void awaitApplied(Server node, long position, Duration within) throws InterruptedException {
        long start = System.nanoTime();
        while (node.site().changeFeed.appliedPosition() < position) {
            if (System.nanoTime() - start > within.toNanos()) {
                throw new AssertionError("the node applied the outbox up to "
                        + node.site().changeFeed.appliedPosition() + ", not " + position + ", within "
                        + within.toMillis() + " ms");
            }
            Thread.sleep(1);
        }
    }

    @Test
    void search_on_the_other_node_finds_an_edit_soon() throws Exception {
        publish(nodeA, "lighthouse-keepers", "Lighthouse keepers strike");
        TwoNodeServers.awaitPage(
                nodeB, "/en/search?q=lighthouse", "/en/articles/lighthouse-keepers", Duration.ofSeconds(30));

        publish(nodeA, "lighthouse-keepers", "Lighthouse keepers return to work");

        TwoNodeServers.awaitPage(
                nodeB, "/en/search?q=return", "/en/articles/lighthouse-keepers", Duration.ofSeconds(5));
    }

    @Test
    void a_node_whose_listening_connection_was_cut_catches_up_with_what_it_missed() throws Exception {
        publish(nodeA, "ferry-timetable", "Ferry timetable, winter");
        TwoNodeServers.awaitPage(
                nodeB, "/en/articles/ferry-timetable", "Ferry timetable, winter", Duration.ofSeconds(5));

        cutListeningConnections();
        publish(nodeA, "ferry-timetable", "Ferry timetable, spring");

        TwoNodeServers.awaitPage(
                nodeB, "/en/articles/ferry-timetable", "Ferry timetable, spring", Duration.ofSeconds(10));
    }

    /** Ends the nodes' LISTEN sessions from the server side, as a network failure or a restart of PostgreSQL would. */
    private static void cutListeningConnections() throws Exception {
        try (var c = DriverManager.getConnection(TestDatabase.POSTGRES_SERVER);
                var statement = c.createStatement();
                var ended = statement.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity"
                        + " where query like 'listen \"tribune_changes_" + nodes.db.schema() + "\"%'")) {
            int count = 0;
            while (ended.next()) {
                count++;
            }
            assertThat(count).as("listening connections ended").isEqualTo(2);
        }
    }

    @Test
    void a_topic_renamed_on_one_node_is_found_by_its_new_name_on_the_other() throws Exception {
        publish(nodeA, "tide-tables", "Tide tables for the estuary", List.of(new Named("tides", "Tides")));
        TwoNodeServers.awaitPage(nodeB, "/en/search?q=tides", "/en/articles/tide-tables", Duration.ofSeconds(30));

        nodeA.services()
                .authorsAndTopics()
                .update(
                        Taxonomy.TOPICS,
                        new AuthorTopicEdit("tides", Map.of(Lang.EN, "Moonpull"), Map.of(), null, null));

        TwoNodeServers.awaitPage(nodeB, "/en/search?q=moonpull", "/en/articles/tide-tables", Duration.ofSeconds(10));
    }

    @Test
    void a_topic_merged_on_one_node_filters_search_on_the_other() throws Exception {
        publish(nodeA, "canal-locks", "Canal locks reopen", List.of(new Named("canals", "Canals")));
        publish(nodeA, "river-barges", "River barges return", List.of(new Named("waterways", "Waterways")));
        TwoNodeServers.awaitPage(
                nodeB, "/en/search?q=canal&topic=canals", "/en/articles/canal-locks", Duration.ofSeconds(30));

        nodeA.services().authorsAndTopics().merge(Taxonomy.TOPICS, "canals", "waterways");

        TwoNodeServers.awaitPage(
                nodeB, "/en/search?q=canal&topic=waterways", "/en/articles/canal-locks", Duration.ofSeconds(10));
    }

    private static void publish(Server node, String id, String title) {
        publish(node, id, title, List.of());
    }

    private static void publish(Server node, String id, String title, List<Named> topics) {
        node.newsroom()
                .save(
                        new EditionInput(
                                id,
                                Lang.EN,
                                title,
                                "Summary.",
                                "Body of " + title + ".",
                                Instant.parse("2025-06-01T00:00:00Z"),
                                null,
                                List.of(new Named("jane-doe", "Jane Doe")),
                                topics),
                        "mei");
        node.newsroom().changeStatus(id, Lang.EN, EditionStatus.PUBLISHED, null, "editor", "publish");
    }
}
