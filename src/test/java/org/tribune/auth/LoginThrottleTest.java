package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribune.content.MovingClock;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/** The login throttle on both databases, its counts kept in the store. */
@ParameterizedClass
@EnumSource(Dialect.class)
class LoginThrottleTest {
    @Parameter
    Dialect dialect;

    @TempDir
    Path tempDir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));
    private TestDatabase db;
    private LoginThrottle throttle;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dialect, tempDir);
        throttle = new LoginThrottle(db.database(), clock);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    /** Fails as often as allowed, waiting out each delay as a patient attacker would. */
    private void failPatiently(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(throttle.wait(username, address));
            throttle.failed(username, address);
        }
    }

    @Test
    void hundreds_of_failures_from_elsewhere_never_keep_the_owner_out_from_a_clean_address() {
        failPatiently("mei", "192.0.2.66", 300);

        assertThat(throttle.wait("mei", "198.51.100.7")).isZero();
    }

    @Test
    void the_failing_pair_waits_longer_after_each_failure_up_to_a_ceiling() {
        failPatiently("mei", "192.0.2.1", LoginThrottle.FREE_PER_PAIR);
        assertThat(throttle.wait("mei", "192.0.2.1")).isZero();

        throttle.failed("mei", "192.0.2.1");
        Duration first = throttle.wait("mei", "192.0.2.1");
        clock.advance(first);
        throttle.failed("mei", "192.0.2.1");
        Duration second = throttle.wait("mei", "192.0.2.1");

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        failPatiently("mei", "192.0.2.1", 100);
        assertThat(throttle.wait("mei", "192.0.2.1")).isEqualTo(LoginThrottle.MAX_DELAY);
        assertThat(throttle.wait("mei", "192.0.2.2"))
                .as("the same account from elsewhere")
                .isZero();
    }

    @Test
    void an_address_spraying_many_accounts_is_slowed_for_every_account() {
        for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
            clock.advance(throttle.wait("user" + i, "192.0.2.7"));
            throttle.failed("user" + i, "192.0.2.7");
        }

        assertThat(throttle.wait("someone-new", "192.0.2.7")).isPositive();
        assertThat(throttle.wait("someone-new", "192.0.2.8")).isZero();
    }

    @Test
    void success_clears_the_pair_but_not_the_address_and_quiet_time_forgets_everything() {
        failPatiently("mei", "192.0.2.1", LoginThrottle.FREE_PER_PAIR + 2);
        throttle.succeeded("mei", "192.0.2.1");
        assertThat(throttle.wait("mei", "192.0.2.1")).isZero();

        failPatiently("other", "192.0.2.9", LoginThrottle.FREE_PER_ADDRESS + 2);
        throttle.succeeded("other", "192.0.2.9");
        assertThat(throttle.wait("fresh", "192.0.2.9")).isPositive();

        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertThat(throttle.wait("fresh", "192.0.2.9")).isZero();
    }

    @Test
    void every_node_on_the_same_store_slows_down_an_address_failing_on_another_node() {
        var otherNode = new LoginThrottle(db.database(), clock);
        for (int i = 0; i <= LoginThrottle.FREE_PER_PAIR; i++) {
            clock.advance(throttle.wait("mei", "192.0.2.40"));
            (i % 2 == 0 ? throttle : otherNode).failed("mei", "192.0.2.40");
        }

        assertThat(otherNode.wait("mei", "192.0.2.40")).isPositive();
        assertThat(throttle.wait("mei", "192.0.2.40")).isEqualTo(otherNode.wait("mei", "192.0.2.40"));
        assertThat(otherNode.wait("mei", "198.51.100.7")).isZero();
    }
}
