package org.tribune.auth;

import java.time.Instant;
import java.util.Optional;
import org.tribune.db.Database;

/** Failed sign-ins per throttle key, in SQL: how many in a row, and when the last one was. */
class LoginThrottleRepository {
    record Failures(int count, Instant last) {}

    private final Database db;

    LoginThrottleRepository(Database db) {
        this.db = db;
    }

    Optional<Failures> find(String key) {
        return db.withHandle(
                h -> h.createQuery("select failures, last_failed_at from login_failure where throttle_key = :key")
                        .bind("key", key)
                        .map((rs, ctx) ->
                                new Failures(rs.getInt("failures"), Instant.ofEpochMilli(rs.getLong("last_failed_at"))))
                        .findOne());
    }

    /**
     * Counts one more failure for {@code key} at {@code now}, starting again from one when the last
     * was before {@code forgetBefore}. One statement, so that nodes counting at once lose no failure.
     */
    void count(String key, Instant now, Instant forgetBefore) {
        db.useHandle(h -> h.createUpdate("""
                        insert into login_failure (throttle_key, failures, last_failed_at) values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                            failures = case when login_failure.last_failed_at < :forget then 1
                                            else login_failure.failures + 1 end,
                            last_failed_at = :now""")
                .bind("key", key)
                .bind("now", now.toEpochMilli())
                .bind("forget", forgetBefore.toEpochMilli())
                .execute());
    }

    void delete(String key) {
        db.useHandle(h -> h.createUpdate("delete from login_failure where throttle_key = :key")
                .bind("key", key)
                .execute());
    }

    /** Removes the rows that no longer count. */
    void deleteQuietSince(Instant forgetBefore) {
        db.useHandle(h -> h.createUpdate("delete from login_failure where last_failed_at < :forget")
                .bind("forget", forgetBefore.toEpochMilli())
                .execute());
    }
}
