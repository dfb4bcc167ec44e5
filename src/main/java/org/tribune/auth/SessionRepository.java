package org.tribune.auth;

import java.time.Instant;
import java.util.Optional;
import org.tribune.db.Database;

/** Newsroom sessions in SQL, found by the hash of their cookie's token. */
final class SessionRepository {
    private final Database db;

    SessionRepository(Database db) {
        this.db = db;
    }

    /** A session as stored, with the account it belongs to. */
    record StoredSession(AdminSession session, Instant created, Instant seen) {}

    void insert(String tokenHash, String username, String csrfToken, Instant now) {
        db.useHandle(h -> h.createUpdate("""
                insert into admin_session (token_hash, username, csrf_token, created_at, last_seen_at)
                values (:hash, :username, :csrf, :now, :now)""")
                .bind("hash", tokenHash)
                .bind("username", username)
                .bind("csrf", csrfToken)
                .bind("now", now.toEpochMilli())
                .execute());
    }

    Optional<StoredSession> find(String tokenHash) {
        return db.withHandle(h -> h.createQuery("""
                        select s.csrf_token, s.created_at, s.last_seen_at,
                               a.username, a.display_name, a.role, a.disabled
                        from admin_session s join account a on a.username = s.username
                        where s.token_hash = :hash""")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new StoredSession(
                        new AdminSession(
                                new Account(
                                        rs.getString("username"),
                                        rs.getString("display_name"),
                                        Role.fromCode(rs.getString("role")).orElseThrow(),
                                        rs.getInt("disabled") != 0),
                                rs.getString("csrf_token")),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        Instant.ofEpochMilli(rs.getLong("last_seen_at"))))
                .findOne());
    }

    void updateLastSeen(String tokenHash, Instant now) {
        db.useHandle(h -> h.createUpdate("update admin_session set last_seen_at = :now where token_hash = :hash")
                .bind("now", now.toEpochMilli())
                .bind("hash", tokenHash)
                .execute());
    }

    void delete(String tokenHash) {
        db.useHandle(h -> h.createUpdate("delete from admin_session where token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
    }
}
