package org.tribune.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.ContentStore;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.MovingClock;
import org.tribune.content.Named;
import org.tribune.content.Revision;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

/**
 * Several nodes on one database, each with its own connection pool, publishing what is due at the
 * same moment: every scheduled edition is published once, with one revision and one event.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class ScheduledPublicationNodesTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();
    private static final int NODES = 3;
    private static final int EDITIONS = 20;

    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private final MovingClock clock = new MovingClock(Fixtures.NOW);
    private TestDatabase db;
    private final List<Database> pools = new ArrayList<>();
    private final List<NewsroomService> nodes = new ArrayList<>();
    private final List<ContentStore> stores = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        for (int i = 0; i < NODES; i++) {
            Database pool = Database.open(db.url());
            pools.add(pool);
            var store = new ContentStore(pool, clock, CONVERSIONS);
            stores.add(store);
            nodes.add(new NewsroomService(store));
        }
    }

    @AfterEach
    void close() {
        pools.forEach(Database::close);
        db.close();
    }

    @Test
    void editions_due_at_the_same_moment_are_published_once_whatever_the_number_of_nodes() throws Exception {
        Instant at = Fixtures.NOW.plus(Duration.ofMinutes(5));
        NewsroomService editor = nodes.getFirst();
        scheduleEditions(editor, "scheduled", "Scheduled", at);
        clock.advance(Duration.ofMinutes(5));

        List<Integer> published = publishDueOnEveryNodeAtOnce();

        assertThat(published.stream().mapToInt(Integer::intValue).sum())
                .as("editions published by all nodes together")
                .isEqualTo(EDITIONS);
        for (int i = 0; i < EDITIONS; i++) {
            List<Revision> onSchedule = editor.revisions("scheduled-" + i, Lang.EN).stream()
                    .filter(r -> "published on schedule".equals(r.note()))
                    .toList();
            assertThat(onSchedule)
                    .as("revisions 'published on schedule' of edition " + i)
                    .hasSize(1);
        }
        assertThat(publishedEventsPerEdition()).hasSize(EDITIONS).allSatisfy((edition, events) -> assertThat(events)
                .as("article.published events of " + edition)
                .isEqualTo(1L));
    }

    @Test
    void more_editions_due_than_a_batch_are_published_batch_by_batch_once_each() throws Exception {
        int batch = 7;
        Instant at = Fixtures.NOW.plus(Duration.ofMinutes(5));
        NewsroomService editor = nodes.getFirst();
        scheduleEditions(editor, "batched", "Batched", at);
        clock.advance(Duration.ofMinutes(5));
        var batchesCommitted = new AtomicInteger();
        stores.forEach(store -> store.onChange(batchesCommitted::incrementAndGet));

        List<Integer> published = publishDueOnEveryNodeAtOnce(batch);

        assertThat(published.stream().mapToInt(Integer::intValue).sum()).isEqualTo(EDITIONS);
        assertThat(batchesCommitted).hasValueGreaterThanOrEqualTo((EDITIONS + batch - 1) / batch);
        assertThat(publishedEventsPerEdition()).hasSize(EDITIONS).allSatisfy((edition, events) -> assertThat(events)
                .as("article.published events of " + edition)
                .isEqualTo(1L));
        assertThat(nodes.getLast().publishDue()).as("left for a later run").isZero();
    }

    /** Every node's {@code publishDue}, started together on threads of their own; what each returned. */
    private List<Integer> publishDueOnEveryNodeAtOnce() throws Exception {
        return publishDueOnEveryNodeAtOnce(NewsroomService.PUBLISH_BATCH);
    }

    private List<Integer> publishDueOnEveryNodeAtOnce(int batch) throws Exception {
        var start = new CyclicBarrier(NODES);
        ExecutorService threads = Executors.newFixedThreadPool(NODES);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (NewsroomService node : nodes) {
                results.add(threads.submit(() -> {
                    start.await();
                    return node.publishDue(batch);
                }));
            }
            List<Integer> counts = new ArrayList<>();
            for (Future<Integer> result : results) {
                counts.add(result.get());
            }
            return counts;
        } finally {
            threads.shutdown();
        }
    }

    private Map<String, Long> publishedEventsPerEdition() {
        return db
                .database()
                .withHandle(h -> h.createQuery("select article_id, lang from content_event where type = :type")
                        .bind("type", "article.published")
                        .map((rs, ctx) -> rs.getString(1) + "/" + rs.getString(2))
                        .list())
                .stream()
                .collect(Collectors.groupingBy(edition -> edition, Collectors.counting()));
    }

    /** {@link #EDITIONS} English editions {@code slug-0}, {@code slug-1}, … saved and scheduled for {@code at}. */
    private static void scheduleEditions(NewsroomService editor, String slug, String title, Instant at) {
        for (int i = 0; i < EDITIONS; i++) {
            String id = slug + "-" + i;
            editor.save(
                    new EditionInput(
                            id,
                            Lang.EN,
                            title + " " + i,
                            "",
                            "Body " + i + ".",
                            null,
                            null,
                            List.of(new Named("jane-doe", "Jane Doe")),
                            List.of()),
                    "mei");
            editor.changeStatus(id, Lang.EN, EditionStatus.SCHEDULED, at, "editor", "schedule");
        }
    }
}
