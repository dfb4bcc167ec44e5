package org.tribune.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tribune.auth.ApiTokenService.TokenInfo;
import org.tribune.db.Database;

/** API tokens in SQL: their hashes, names and roles, never the tokens themselves. */
final class ApiTokenRepository {
    private final Database db;

    ApiTokenRepository(Database db) {
        this.db = db;
    }

    /**
     * Adds a token unless one of that name exists, live or revoked. The check and the insert are
     * one statement, so two requests making the same name at once cannot both pass a check and
     * then collide on the unique name.
     *
     * @return whether the token was added
     */
    boolean insertUnlessNameTaken(String tokenHash, String name, Role role, Instant now) {
        return db.withHandle(h -> h.createUpdate(
                                "insert into api_token (token_hash, name, role, created_at) values (:hash, :name, :role, :now)"
                                        + " on conflict (name) do nothing")
                        .bind("hash", tokenHash)
                        .bind("name", name)
                        .bind("role", role.code())
                        .bind("now", now.toEpochMilli())
                        .execute())
                > 0;
    }

    /** A live token's caller, as an account named {@code token:NAME}, and when it was last used. */
    record LiveToken(Account caller, Instant lastUsed) {}

    Optional<LiveToken> findLive(String tokenHash) {
        return db.withHandle(h -> h.createQuery(
                        "select name, role, last_used_at from api_token where token_hash = :hash and revoked = 0")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new LiveToken(
                        new Account(
                                "token:" + rs.getString("name"),
                                rs.getString("name"),
                                Role.fromCode(rs.getString("role")).orElseThrow(),
                                false),
                        rs.getObject("last_used_at") == null ? null : Instant.ofEpochMilli(rs.getLong("last_used_at"))))
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
