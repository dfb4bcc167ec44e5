package org.tribune.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.tribune.db.Database;

/** Old addresses and their targets in SQL. */
final class RedirectRepository {
    private final Database db;

    RedirectRepository(Database db) {
        this.db = db;
    }

    Optional<String> findTarget(String oldPath) {
        return db.withHandle(h -> h.createQuery("select target from redirect where old_path = :p")
                .bind("p", oldPath)
                .mapTo(String.class)
                .findOne());
    }

    Optional<Redirect> find(Handle h, String oldPath) {
        return h.createQuery("select old_path, target, origin, created_at from redirect where old_path = :p")
                .bind("p", oldPath)
                .map(RedirectRepository::redirect)
                .findOne();
    }

    /** @return whether it was added (false: the old path had a redirect already, which is kept) */
    boolean insertIfAbsent(Handle h, Redirect r) {
        return h.createUpdate("insert into redirect (old_path, target, origin, created_at)"
                                + " values (:p, :target, :origin, :at) on conflict (old_path) do nothing")
                        .bind("p", r.oldPath())
                        .bind("target", r.target())
                        .bind("origin", r.origin())
                        .bind("at", r.created().toEpochMilli())
                        .execute()
                > 0;
    }

    void put(Handle h, Redirect r) {
        h.createUpdate("insert into redirect (old_path, target, origin, created_at)"
                        + " values (:p, :target, :origin, :at) on conflict (old_path) do update"
                        + " set target = excluded.target, origin = excluded.origin, created_at = excluded.created_at")
                .bind("p", r.oldPath())
                .bind("target", r.target())
                .bind("origin", r.origin())
                .bind("at", r.created().toEpochMilli())
                .execute();
    }

    boolean delete(Handle h, String oldPath) {
        return h.createUpdate("delete from redirect where old_path = :p")
                        .bind("p", oldPath)
                        .execute()
                > 0;
    }

    /** Those whose old path or target contains {@code filter} (every one for an empty filter), by old path. */
    List<Redirect> list(String filter, int limit) {
        String pattern = "%" + filter.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return db.withHandle(h -> h.createQuery("select old_path, target, origin, created_at from redirect"
                        + " where old_path like :p escape '!' or target like :p escape '!'"
                        + " order by old_path limit :limit")
                .bind("p", pattern)
                .bind("limit", limit)
                .map(RedirectRepository::redirect)
                .list());
    }

    /** Every redirect, by old path: for the static export. */
    List<Redirect> all() {
        return db.withHandle(
                h -> h.createQuery("select old_path, target, origin, created_at from redirect order by old_path")
                        .map(RedirectRepository::redirect)
                        .list());
    }

    long count() {
        return db.withHandle(h ->
                h.createQuery("select count(*) from redirect").mapTo(Long.class).one());
    }

    private static Redirect redirect(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Redirect(
                rs.getString("old_path"),
                rs.getString("target"),
                rs.getString("origin"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
