package org.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.ContentService;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;
import org.tribune.zh.ChineseConversions;

class SearchSyncTest {
    @TempDir
    Path dir;

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
            assertThat(closer.getState()).as("close() waiting for the busy worker").isEqualTo(Thread.State.TIMED_WAITING);
            release.countDown();
            closer.join(TimeUnit.SECONDS.toMillis(30));

            assertThat(interrupted).isFalse();
            assertThat(index.size()).isEqualTo(1);
            assertThatCode(index::close).doesNotThrowAnyException();
        }
    }
}
