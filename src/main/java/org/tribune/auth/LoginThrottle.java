package org.tribune.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * forgives nothing. In front of the store, each node remembers until when a pair or address it
 * asked about must wait, and refuses its attempts until then without asking again: a flood of
 * guesses costs the store one query per wait, not one per guess. The memory can only refuse what
 * the store would refuse too, since a key's next allowed attempt never moves earlier while its
 * failures are remembered: each failure raises the count and the time of the last, and a key is
 * forgotten only after {@link #FORGET_AFTER}, longer than the longest wait. (A success deletes its
 * pair's row, but only when the pair was not waiting.) A node that has not asked about a key asks
 * the store, so what one node counts, every node sees.
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

    /** The most keys remembered as waiting; one forgotten early is asked of the store again. */
    private static final int WAITING_KEYS_REMEMBERED = 100_000;

    private final Clock clock;
    private final LoginThrottleRepository failures;
    private final Duration refusalHold;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    /** Throttle key → the instant before which the store refuses it, as the store last said. */
    private final Cache<String, Instant> waitingUntil = Caffeine.newBuilder()
            .maximumSize(WAITING_KEYS_REMEMBERED)
            .expireAfterWrite(MAX_DELAY)
            .build();

    public LoginThrottle(Database db, Clock clock) {
        this(db, clock, Duration.ZERO);
    }

    /** @param refusalHold how long to hold the answer to a refused attempt, at most (see {@link #refusalHold}) */
    public LoginThrottle(Database db, Clock clock, Duration refusalHold) {
        this(new LoginThrottleRepository(db), clock, refusalHold);
    }

    LoginThrottle(LoginThrottleRepository failures, Clock clock, Duration refusalHold) {
        this.failures = failures;
        this.clock = clock;
        this.refusalHold = refusalHold;
    }

    /** How long this account must wait from this address before its next attempt; zero when it may try now. */
    public Duration wait(String username, String address) {
        Instant now = clock.instant();
        String pairKey = pairKey(username, address);
        String addressKey = addressKey(address);
        Instant known = later(waitingUntil.getIfPresent(pairKey), waitingUntil.getIfPresent(addressKey));
        if (known != null && known.isAfter(now)) {
            return Duration.between(now, known);
        }
        Instant next = later(nextAttempt(pairKey, FREE_PER_PAIR, now), nextAttempt(addressKey, FREE_PER_ADDRESS, now));
        return next.isAfter(now) ? Duration.between(now, next) : Duration.ZERO;
    }

    /**
     * How long the answer to an attempt refused with this wait is held back: the wait, up to the
     * configured hold. A person told to wait loses nothing; a program that asks again the moment it
     * is answered asks once a hold per connection instead of thousands of times a second.
     */
    public Duration refusalHold(Duration wait) {
        return wait.compareTo(refusalHold) < 0 ? wait : refusalHold;
    }

    public void failed(String username, String address) {
        count(pairKey(username, address));
        count(addressKey(address));
    }

    /** A success clears the pair, not the address: one right guess must not reset a spray. */
    public void succeeded(String username, String address) {
        String pairKey = pairKey(username, address);
        waitingUntil.invalidate(pairKey);
        failures.delete(pairKey);
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
        Instant next = f.last().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        if (next.isAfter(now)) {
            waitingUntil.put(key, next);
        }
        return next;
    }

    /** The later of two instants, either of which may be null (nothing known). */
    private static Instant later(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isAfter(b) ? a : b;
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
