package org.tribune.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.tribune.auth.LoginThrottleRepository.Failures;
import org.tribune.db.Database;

/**
 * Slows password guessing down without ever locking anyone out. Failures are counted per
 * (account, address) pair and per address; past a few free failures, each further one makes that
 * pair or address wait before its next attempt is even checked, twice as long as the last time up
 * to {@link #MAX_DELAY}. Nothing is counted per account alone: the right password from an address
 * that has not been failing is always checked at once, however many guesses come from elsewhere.
 * A pair or address that stays quiet for {@link #FORGET_AFTER} is forgotten.
 *
 * <p>Counts live in the store, so every node of a cluster slows the same guesser down and a restart
 * forgives nothing.
 *
 * <pre>{@code
 * Duration wait = throttle.wait(username, address);
 * if (!wait.isZero()) { refuse, saying "try again in" wait; }
 * else if (password is right) { throttle.succeeded(username, address); }
 * else { throttle.failed(username, address); }
 * }</pre>
 */
public final class LoginThrottle {
    static final int FREE_PER_PAIR = 3;
    static final int FREE_PER_ADDRESS = 10;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    /** How often forgotten rows are removed, at most: under a flood, not on every failure. */
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final LoginThrottleRepository failures;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    public LoginThrottle(Database db, Clock clock) {
        this.failures = new LoginThrottleRepository(db);
        this.clock = clock;
    }

    /** How long this account must wait from this address before its next attempt; zero when it may try now. */
    public Duration wait(String username, String address) {
        Instant now = clock.instant();
        Instant pair = nextAttempt(pairKey(username, address), FREE_PER_PAIR, now);
        Instant alone = nextAttempt(addressKey(address), FREE_PER_ADDRESS, now);
        Instant next = pair.isAfter(alone) ? pair : alone;
        return next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
    }

    public void failed(String username, String address) {
        count(pairKey(username, address));
        count(addressKey(address));
    }

    /** A success clears the pair, not the address: one right guess must not reset a spray. */
    public void succeeded(String username, String address) {
        failures.delete(pairKey(username, address));
    }

    private static String pairKey(String username, String address) {
        return "pair:" + address + " " + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private Instant nextAttempt(String key, int free, Instant now) {
        Failures f = failures.find(key).orElse(null);
        if (f == null || forgotten(f, now) || f.count() <= free) {
            return now;
        }
        int doublings = Math.min(f.count() - free - 1, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return f.last().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    private void count(String key) {
        Instant now = clock.instant();
        failures.count(key, now, now.minus(FORGET_AFTER));
        Instant swept = lastSweep.get();
        if (swept.isBefore(now.minus(SWEEP_EVERY)) && lastSweep.compareAndSet(swept, now)) {
            failures.deleteQuietSince(now.minus(FORGET_AFTER));
        }
    }

    private static boolean forgotten(Failures f, Instant now) {
        return f.last().plus(FORGET_AFTER).isBefore(now);
    }
}
