package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.ContentService;
import org.tribune.content.ContentStore;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.MovingClock;
import org.tribune.content.RelatedArticles;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

/**
 * An index on disk reopened as a restart after a crash reopens it: it answers from its last
 * commit, knows from the position recorded there whether the store moved since, indexes only what
 * changed, and a rebuild cut short keeps what it committed and says it is still rebuilding.
 */
@ParameterizedClass
@EnumSource(Dialect.class)
class SearchRestartTest {
    private static final ChineseConversions CONVERSIONS = ChineseConversions.load();

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(Fixtures.NOW);
    private TestDatabase db;
    private ContentService content;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, dir);
        content = new ContentService(new ContentStore(db.database(), clock, CONVERSIONS), RelatedArticles.NONE);
        for (String id : List.of("first", "second", "third")) {
            content.save(Fixtures.edition(id, Lang.EN, "2025-06-01T00:00:00Z", "security"));
        }
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private SearchIndex openIndex(Path folder) {
        return SearchIndex.open(folder, CONVERSIONS, Clock.systemUTC());
    }

    private void indexAndClose(Path folder) {
        try (var index = openIndex(folder);
                var sync = new SearchSync(content, index)) {
            assertThat(sync.syncNow()).isEqualTo(3);
        }
    }

    @Test
    void a_completed_sync_records_the_stores_position_in_the_commit() {
        Path folder = dir.resolve("index");
        indexAndClose(folder);
        try (var index = openIndex(folder)) {
            assertThat(index.wasCreated()).isFalse();
            assertThat(index.rebuilding()).isFalse();
            assertThat(index.position())
                    .hasValueSatisfying(p -> assertThat(p.contentVersion()).isEqualTo(content.contentVersion()));
        }
    }

    @Test
    void an_index_reopened_on_an_unchanged_store_is_current_at_once_and_indexes_nothing() throws Exception {
        Path folder = dir.resolve("index");
        indexAndClose(folder);
        try (var index = openIndex(folder);
                var sync = new SearchSync(content, index)) {
            sync.start();
            await(() -> sync.caughtUp(Duration.ZERO));
            assertThat(sync.documentsIndexed()).isZero();
            assertThat(index.search(Lang.EN, "second", 1, 10).total()).isEqualTo(1);
        }
    }

    @Test
    void an_edit_made_while_the_server_was_down_is_the_only_edition_indexed_on_restart() throws Exception {
        Path folder = dir.resolve("index");
        indexAndClose(folder);
        content.save(Fixtures.edition(
                "second", Lang.EN, "Second, on lighthouses", "2025-06-01T00:00:00Z", List.of(), List.of()));
        try (var index = openIndex(folder);
                var sync = new SearchSync(content, index)) {
            assertThat(index.search(Lang.EN, "second", 1, 10).total())
                    .as("the committed index answers before it catches up")
                    .isEqualTo(1);
            sync.start();
            await(() -> sync.caughtUp(Duration.ZERO)
                    && index.search(Lang.EN, "lighthouses", 1, 10).total() == 1);
            assertThat(sync.documentsIndexed()).isEqualTo(1);
        }
    }

    @Test
    void an_edition_whose_publication_time_came_while_the_server_was_down_is_indexed_on_restart() throws Exception {
        content.save(
                Fixtures.edition("later", Lang.EN, "Later, on harbours", "2026-01-01T01:00:00Z", List.of(), List.of()));
        Path folder = dir.resolve("index");
        indexAndClose(folder);
        clock.advance(Duration.ofHours(2));
        try (var index = openIndex(folder);
                var sync = new SearchSync(content, index)) {
            assertThat(index.search(Lang.EN, "harbours", 1, 10).total()).isZero();
            sync.start();
            await(() -> index.search(Lang.EN, "harbours", 1, 10).total() == 1);
            assertThat(sync.documentsIndexed()).isEqualTo(1);
        }
    }

    @Test
    void a_rebuild_cut_short_keeps_what_it_committed_says_it_is_rebuilding_and_resumes_from_there() {
        content.save(Fixtures.edition("fourth", Lang.EN, "2025-06-01T00:00:00Z", "security"));
        content.save(Fixtures.edition("fifth", Lang.EN, "2025-06-01T00:00:00Z", "security"));
        Path folder = dir.resolve("index");
        Path crashed = dir.resolve("crashed");
        try (var index = openIndex(folder);
                var sync = new SearchSync(content, index, 2)) {
            assertThat(index.rebuilding())
                    .as("a new index is filled from empty")
                    .isTrue();
            var copied = new AtomicBoolean();
            // The folder as a crash would leave it after the rebuild's first commit.
            sync.onIndexChanged(() -> {
                if (copied.compareAndSet(false, true)) {
                    copyCommittedFiles(folder, crashed);
                }
            });
            assertThat(sync.syncNow()).isEqualTo(5);
            assertThat(index.rebuilding()).isFalse();
        }
        try (var index = openIndex(crashed);
                var sync = new SearchSync(content, index, 2)) {
            assertThat(index.wasCreated()).isFalse();
            assertThat(index.size()).as("the first commit's editions survive").isEqualTo(2);
            assertThat(index.rebuilding())
                    .as("and the index knows it is incomplete")
                    .isTrue();
            assertThat(index.position()).isEmpty();
            assertThat(sync.syncNow()).as("only the rest is indexed").isEqualTo(3);
            assertThat(index.rebuilding()).isFalse();
            assertThat(index.size()).isEqualTo(5);
        }
        try (var index = openIndex(crashed)) {
            assertThat(index.rebuilding()).isFalse();
            assertThat(index.position()).isPresent();
        }
    }

    @Test
    void clearing_the_index_makes_it_rebuilding_until_a_sync_completes() {
        try (var index = openIndex(dir.resolve("index"));
                var sync = new SearchSync(content, index)) {
            sync.syncNow();
            assertThat(index.rebuilding()).isFalse();
            index.clear();
            assertThat(index.rebuilding()).isTrue();
            assertThat(sync.rebuildNow()).isEqualTo(3);
            assertThat(index.rebuilding()).isFalse();
        }
    }

    private static void copyCommittedFiles(Path from, Path to) {
        try (var files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().equals("write.lock")) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
