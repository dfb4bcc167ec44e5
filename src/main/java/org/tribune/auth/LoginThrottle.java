package org.tribune.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows password guessing: after {@link #PER_ACCOUNT} failed logins for one account, or
 * {@link #PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused
 * until the window has passed — whether or not the password would have been right, so the
 * answer tells nothing. Counts live in memory: a restart forgives, which an attacker cannot cause.
 */
public final class LoginThrottle {
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(WINDOW.multipliedBy(2))
            .build();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether another attempt for this account from this address may be checked now. */
    public boolean allows(String username, String address) {
        return below("account:" + username, PER_ACCOUNT) && below("address:" + address, PER_ADDRESS);
    }

    public void failed(String username, String address) {
        count("account:" + username);
        count("address:" + address);
    }

    /** A success clears the account's count, not the address's: one right guess must not reset a spray. */
    public void succeeded(String username) {
        failures.invalidate("account:" + username);
    }

    private boolean below(String key, int limit) {
        Failures f = failures.getIfPresent(key);
        return f == null || f.since().plus(WINDOW).isBefore(clock.instant()) || f.count() < limit;
    }

    private void count(String key) {
        Instant now = clock.instant();
        failures.asMap()
                .compute(
                        key,
                        (k, f) -> f == null || f.since().plus(WINDOW).isBefore(now)
                                ? new Failures(1, now)
                                : new Failures(f.count() + 1, f.since()));
    }

    private record Failures(int count, Instant since) {}
}
