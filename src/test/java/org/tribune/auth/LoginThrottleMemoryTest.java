package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.content.MovingClock;
import org.tribune.db.Database;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** What each node remembers of waiting keys: fewer questions to the store, never another answer. */
class LoginThrottleMemoryTest {
    @TempDir
    Path tempDir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));

    /** The store's repository, counting the questions asked of it. */
    private static final class CountingRepository extends LoginThrottleRepository {
        final AtomicInteger finds = new AtomicInteger();

        CountingRepository(Database db) {
            super(db);
        }

        @Override
        Optional<Failures> find(String key) {
            finds.incrementAndGet();
            return super.find(key);
        }
    }

    @Test
    void attempts_refused_within_a_known_wait_do_not_reach_the_store() {
        try (TestDatabase db = TestDatabase.open(Dialect.SQLITE, tempDir)) {
            var store = new CountingRepository(db.database());
            var throttle = new LoginThrottle(store, clock, Duration.ZERO);
            for (int i = 0; i <= LoginThrottle.FREE_PER_PAIR + 3; i++) {
                clock.advance(throttle.wait("mei", "192.0.2.66"));
                throttle.failed("mei", "192.0.2.66");
            }
            Duration wait = throttle.wait("mei", "192.0.2.66");
            assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            int asked = store.finds.get();

            for (int i = 0; i < 1_000; i++) {
                assertThat(throttle.wait("mei", "192.0.2.66")).isEqualTo(wait);
            }
            clock.advance(wait.minusMillis(1));
            assertThat(throttle.wait("mei", "192.0.2.66")).isEqualTo(Duration.ofMillis(1));
            assertThat(store.finds.get())
                    .as("questions to the store during the wait")
                    .isEqualTo(asked);

            clock.advance(Duration.ofMillis(1));
            assertThat(throttle.wait("mei", "192.0.2.66")).isZero();
            assertThat(store.finds.get())
                    .as("asked again once the wait is over")
                    .isGreaterThan(asked);
            assertThat(throttle.wait("mei", "198.51.100.7"))
                    .as("the owner from a clean address")
                    .isZero();
        }
    }

    /**
     * Two nodes on one store, one of them remembering, fail, succeed and wait at random; after every
     * step the remembering node answers exactly as a node that remembers nothing (the store's answer).
     */
    @Property(tries = 40)
    void a_node_that_remembers_answers_as_the_store_does(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 150) int steps) throws IOException {
        Path dir = Files.createTempDirectory(tempDirOrDefault(), "throttle");
        try (TestDatabase db = TestDatabase.open(Dialect.SQLITE, dir)) {
            var random = new Random(seed);
            var stepClock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));
            var remembering = new LoginThrottle(db.database(), stepClock, Duration.ZERO);
            var other = new LoginThrottle(db.database(), stepClock, Duration.ZERO);
            String[] users = {"mei", "li"};
            String[] addresses = {"192.0.2.1", "192.0.2.2"};
            for (int step = 0; step < steps; step++) {
                String user = users[random.nextInt(users.length)];
                String address = addresses[random.nextInt(addresses.length)];
                LoginThrottle node = random.nextBoolean() ? remembering : other;
                switch (random.nextInt(6)) {
                    case 0, 1, 2 -> {
                        if (node.wait(user, address).isZero()) {
                            node.failed(user, address);
                        }
                    }
                    case 3 -> {
                        if (node.wait(user, address).isZero()) {
                            node.succeeded(user, address);
                        }
                    }
                    case 4 -> stepClock.advance(Duration.ofMillis(random.nextInt(4_000)));
                    default -> stepClock.advance(Duration.ofSeconds(random.nextInt(1_200)));
                }
                var fresh = new LoginThrottle(db.database(), stepClock, Duration.ZERO);
                for (String u : users) {
                    for (String a : addresses) {
                        assertThat(remembering.wait(u, a).isZero())
                                .as("%s from %s after step %d", u, a, step)
                                .isEqualTo(fresh.wait(u, a).isZero());
                    }
                }
            }
        }
    }

    /** jqwik's tries share the test instance, and JUnit fills {@code @TempDir} only for JUnit's tests. */
    private Path tempDirOrDefault() throws IOException {
        return tempDir != null ? tempDir : Files.createTempDirectory("login-throttle");
    }
}
