package org.tribune.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tribune.db.Database;

/**
 * Newsroom sessions, kept in the store so that every node sees them and a restart signs nobody
 * out. A session ends at logout, after {@link #IDLE} without a request, or {@link #LONGEST} after
 * sign-in, whichever comes first.
 */
public final class SessionService {
    public static final Duration IDLE = Duration.ofHours(2);
    public static final Duration LONGEST = Duration.ofHours(12);
    /** Seen-times are written at most this often, so reading pages does not mean writing rows. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SessionRepository sessions;
    private final Clock clock;

    public SessionService(Database db, Clock clock) {
        this.sessions = new SessionRepository(db);
        this.clock = clock;
    }

    /** A new session for {@code account}; the returned token goes into the cookie and nowhere else. */
    public String start(Account account) {
        String token = Tokens.random();
        sessions.insert(Tokens.sha256(token), account.username(), Tokens.random(), clock.instant());
        return token;
    }

    /** The live session for a cookie's token; expired ones are removed on the way. */
    public Optional<AdminSession> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        return sessions.find(hash).flatMap(stored -> keepOrExpire(hash, stored));
    }

    private Optional<AdminSession> keepOrExpire(String hash, SessionRepository.StoredSession stored) {
        Instant now = clock.instant();
        if (stored.session().account().disabled()
                || now.isAfter(stored.seen().plus(IDLE))
                || now.isAfter(stored.created().plus(LONGEST))) {
            sessions.delete(hash);
            return Optional.empty();
        }
        if (now.isAfter(stored.seen().plus(TOUCH_EVERY))) {
            sessions.updateLastSeen(hash, now);
        }
        return Optional.of(stored.session());
    }

    public void end(String token) {
        if (token != null && !token.isEmpty()) {
            sessions.delete(Tokens.sha256(token));
        }
    }
}
