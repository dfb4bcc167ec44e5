package org.tribune.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tribune.auth.ApiTokenService.TokenInfo;
import org.tribune.db.Database;

/** API tokens in SQL: their hashes, names and roles, never the tokens themselves. */
final class ApiTokenRepository {
    private final Database db;

    ApiTokenRepository(Database db) {
        this.db = db;
    }

    /** Whether a token of that name exists, live or revoked. */
    boolean nameTaken(Handle h, String name) {
        return h.createQuery("select count(*) from api_token where name = :name")
                        .bind("name", name)
                        .mapTo(int.class)
                        .one()
                > 0;
    }

    void insert(Handle h, String tokenHash, String name, Role role, Instant now) {
        h.createUpdate("insert into api_token (token_hash, name, role, created_at) values (:hash, :name, :role, :now)")
                .bind("hash", tokenHash)
                .bind("name", name)
                .bind("role", role.code())
                .bind("now", now.toEpochMilli())
                .execute();
    }

    /** The caller a live token stands for, as an account named {@code token:NAME}. */
    Optional<Account> findLiveCaller(String tokenHash) {
        return db.withHandle(
                h -> h.createQuery("select name, role from api_token where token_hash = :hash and revoked = 0")
                        .bind("hash", tokenHash)
                        .map((rs, ctx) -> new Account(
                                "token:" + rs.getString("name"),
                                rs.getString("name"),
                                Role.fromCode(rs.getString("role")).orElseThrow(),
                                false))
                        .findOne());
    }

    void updateLastUsed(String tokenHash, Instant now) {
        db.useHandle(h -> h.createUpdate("update api_token set last_used_at = :now where token_hash = :hash")
                .bind("now", now.toEpochMilli())
                .bind("hash", tokenHash)
                .execute());
    }

    /** @return whether a token of that name was live */
    boolean revoke(String name) {
        return db.withHandle(h -> h.createUpdate("update api_token set revoked = 1 where name = :name and revoked = 0")
                        .bind("name", name)
                        .execute())
                > 0;
    }

    List<TokenInfo> list() {
        return db.withHandle(h -> h.createQuery("select * from api_token order by name")
                .map((rs, ctx) -> new TokenInfo(
                        rs.getString("name"),
                        Role.fromCode(rs.getString("role")).orElseThrow(),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getObject("last_used_at") == null ? null : Instant.ofEpochMilli(rs.getLong("last_used_at")),
                        rs.getInt("revoked") != 0))
                .list());
    }
}
