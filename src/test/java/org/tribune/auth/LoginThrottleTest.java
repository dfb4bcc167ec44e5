package org.tribune.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tribune.content.MovingClock;

class LoginThrottleTest {
    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void an_account_is_refused_after_five_failures_until_the_window_passes() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            assertThat(throttle.allows("mei", "10.0.0." + i)).isTrue();
            throttle.failed("mei", "10.0.0." + i);
        }

        assertThat(throttle.allows("mei", "10.0.0.99")).isFalse();
        assertThat(throttle.allows("jane", "10.0.0.99")).isTrue();

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.allows("mei", "10.0.0.99")).isTrue();
    }

    @Test
    void an_address_is_refused_after_twenty_failures_across_accounts() {
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }

        assertThat(throttle.allows("someone-new", "192.0.2.7")).isFalse();
        assertThat(throttle.allows("someone-new", "192.0.2.8")).isTrue();
    }

    @Test
    void success_clears_the_account_but_not_the_address() {
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("mei", "192.0.2.1");
        }
        throttle.succeeded("mei");
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT - 1; i++) {
            throttle.failed("mei", "192.0.2.1");
        }

        assertThat(throttle.allows("mei", "192.0.2.2")).isTrue();
        for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
            throttle.failed("other", "192.0.2.1");
        }
        throttle.succeeded("other");
        assertThat(throttle.allows("fresh", "192.0.2.1")).isFalse();
    }
}
