package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.ContentService;
import org.tribune.content.EditionInput;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

class SearchSyncTest {
    private static final Clock CLOCK = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void the_source_hashes_kept_in_memory_follow_edits_withdrawals_and_a_rebuild() throws Exception {
        try (TestDatabase db = TestDatabase.open(Dialect.SQLITE, dir);
                var index = SearchIndex.inMemory(ChineseConversions.load(), CLOCK)) {
            var content = new ContentService(db.database(), CLOCK);
            for (String id : List.of("first", "second", "third")) {
                content.save(Fixtures.edition(id, Lang.EN, "2025-06-01T00:00:00Z", "security"));
            }
            var sync = new SearchSync(content, index);
            assertThat(sync.syncNow()).isEqualTo(3);
            assertInStep(index, content);

            content.save(
                    Fixtures.edition("first", Lang.EN, "First, revised", "2025-06-01T00:00:00Z", List.of(), List.of()));
            content.save(withdrawn(Fixtures.edition("second", Lang.EN, "2025-06-01T00:00:00Z", "security")));
            assertThat(sync.syncNow()).as("one edited, one withdrawn").isEqualTo(2);
            assertInStep(index, content);
            assertThat(index.indexedSourceHashes()).containsOnlyKeys("first|en", "third|en");
            assertThat(sync.syncNow()).as("nothing changed since").isZero();

            assertThat(sync.rebuildNow()).isEqualTo(2);
            assertInStep(index, content);
            content.save(Fixtures.edition("fourth", Lang.EN, "2025-06-02T00:00:00Z", "security"));
            assertThat(sync.syncNow()).isEqualTo(1);
            assertInStep(index, content);
            assertThat(sync.syncNow()).isZero();
        }
    }

    @Test
    void writes_made_to_the_index_directly_are_put_right_by_the_next_sync() throws Exception {
        try (TestDatabase db = TestDatabase.open(Dialect.SQLITE, dir);
                var index = SearchIndex.inMemory(ChineseConversions.load(), CLOCK)) {
            var content = new ContentService(db.database(), CLOCK);
            content.save(Fixtures.edition("first", Lang.EN, "2025-06-01T00:00:00Z", "security"));
            content.save(Fixtures.edition("second", Lang.EN, "2025-06-01T00:00:00Z", "security"));
            var sync = new SearchSync(content, index);
            sync.syncNow();

            index.remove("first", Lang.EN);
            index.put(new SearchDocument(
                    "second",
                    Lang.EN,
                    "Stale",
                    "",
                    "",
                    List.of(),
                    List.of(),
                    Fixtures.NOW.minusSeconds(60),
                    "stale-hash"));
            index.put(new SearchDocument(
                    "gone",
                    Lang.EN,
                    "Not in the store",
                    "",
                    "",
                    List.of(),
                    List.of(),
                    Fixtures.NOW.minusSeconds(60),
                    "gone-hash"));
            index.publish();

            assertThat(sync.syncNow()).isEqualTo(3);
            assertInStep(index, content);
        }
    }

    /** The source hashes kept in memory, those in the index's documents and those in the store are one. */
    private static void assertInStep(SearchIndex index, ContentService content) {
        Map<String, String> visible = new HashMap<>();
        content.publishedStamps()
                .forEach(stamp -> visible.put(SearchIndex.key(stamp.articleId(), stamp.lang()), stamp.sourceHash()));
        assertThat(index.readIndexedSourceHashes()).isEqualTo(visible);
        assertThat(index.indexedSourceHashes()).isEqualTo(visible);
    }

    private static EditionInput withdrawn(EditionInput published) {
        return new EditionInput(
                published.articleId(),
                published.lang(),
                published.title(),
                published.summary(),
                published.bodyMarkdown(),
                null,
                published.updated(),
                published.authors(),
                published.topics());
    }

    @Test
    void closing_lets_a_running_sync_finish_uninterrupted_and_the_index_still_closes() throws Exception {
        try (TestDatabase db = TestDatabase.open(Dialect.SQLITE, dir)) {
            var content = new ContentService(db.database(), Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
            content.save(Fixtures.edition("first", Lang.EN, "2025-06-01T00:00:00Z", "security"));
            var index = SearchIndex.open(dir.resolve("index"), ChineseConversions.load(), Clock.systemUTC());
            var sync = new SearchSync(content, index);
            var insideSync = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            var interrupted = new AtomicBoolean();
            sync.onIndexChanged(() -> {
                insideSync.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS); // the worker is busy until the test lets it go
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
            });
            sync.start();
            assertThat(insideSync.await(10, TimeUnit.SECONDS)).isTrue();

            Thread closer = Thread.ofPlatform().start(sync::close);
            // close() has asked the worker to stop once it waits for it to finish.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (closer.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(closer.getState())
                    .as("close() waiting for the busy worker")
                    .isEqualTo(Thread.State.TIMED_WAITING);
            release.countDown();
            closer.join(TimeUnit.SECONDS.toMillis(30));

            assertThat(interrupted).isFalse();
            assertThat(index.size()).isEqualTo(1);
            assertThatCode(index::close).doesNotThrowAnyException();
        }
    }

    @Test
    void changes_heard_before_start_wait_for_it_so_a_starting_server_does_not_index_before_it_listens()
            throws Exception {
        try (TestDatabase db = TestDatabase.open(Dialect.SQLITE, dir);
                var index = SearchIndex.inMemory(ChineseConversions.load(), CLOCK);
                var sync = new SearchSync(new ContentService(db.database(), CLOCK), index)) {
            new ContentService(db.database(), CLOCK)
                    .save(Fixtures.edition("first", Lang.EN, "2025-06-01T00:00:00Z", "security"));
            var indexed = new CountDownLatch(1);
            sync.onIndexChanged(indexed::countDown);

            sync.requestSync();
            sync.reindexArticles(List.of("first"));
            sync.reindexAll();
            assertThat(indexed.await(1, TimeUnit.SECONDS))
                    .as("indexed before start")
                    .isFalse();
            assertThat(index.size()).isZero();

            sync.start();
            assertThat(indexed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(index.size()).isEqualTo(1);
        }
    }
}
