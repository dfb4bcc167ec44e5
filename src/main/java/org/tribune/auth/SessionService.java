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

    private final Database db;
    private final Clock clock;

    public SessionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A new session for {@code account}; the returned token goes into the cookie and nowhere else. */
    public String start(Account account) {
        String token = Tokens.random();
        long now = clock.millis();
        db.useHandle(h -> h.createUpdate("""
                insert into admin_session (token_hash, username, csrf_token, created_at, last_seen_at)
                values (:hash, :username, :csrf, :now, :now)""")
                .bind("hash", Tokens.sha256(token)).bind("username", account.username())
                .bind("csrf", Tokens.random()).bind("now", now)
                .execute());
        return token;
    }

    /** The live session for a cookie's token; expired ones are removed on the way. */
    public Optional<AdminSession> resolve(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        return db.withHandle(h -> h.createQuery("""
                        select s.csrf_token, s.created_at, s.last_seen_at,
                               a.username, a.display_name, a.role, a.disabled
                        from admin_session s join account a on a.username = s.username
                        where s.token_hash = :hash""")
                .bind("hash", hash)
                .map((rs, ctx) -> new Row(new AdminSession(new Account(rs.getString("username"),
                        rs.getString("display_name"), Role.fromCode(rs.getString("role")).orElseThrow(),
                        rs.getInt("disabled") != 0), rs.getString("csrf_token")),
                        Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("last_seen_at"))))
                .findOne())
                .flatMap(row -> keepOrExpire(hash, row));
    }

    private Optional<AdminSession> keepOrExpire(String hash, Row row) {
        Instant now = clock.instant();
        if (row.session().account().disabled() || now.isAfter(row.seen().plus(IDLE))
                || now.isAfter(row.created().plus(LONGEST))) {
            endByHash(hash);
            return Optional.empty();
        }
        if (now.isAfter(row.seen().plus(TOUCH_EVERY))) {
            db.useHandle(h -> h.createUpdate("update admin_session set last_seen_at = :now where token_hash = :hash")
                    .bind("now", now.toEpochMilli()).bind("hash", hash).execute());
        }
        return Optional.of(row.session());
    }

    public void end(String token) {
        if (token != null && !token.isEmpty()) {
            endByHash(Tokens.sha256(token));
        }
    }

    private void endByHash(String hash) {
        db.useHandle(h -> h.createUpdate("delete from admin_session where token_hash = :hash").bind("hash", hash)
                .execute());
    }

    private record Row(AdminSession session, Instant created, Instant seen) {}
}
