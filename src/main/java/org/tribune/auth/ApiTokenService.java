package org.tribune.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tribune.db.Database;

/**
 * Tokens for the REST API, each named and scoped to a role. The token itself is shown once, when
 * made; the store keeps only its hash.
 *
 * <pre>{@code
 * String token = tokens.create("wire-feed", Role.EDITOR);   // give it to the integration
 * Optional<Account> caller = tokens.resolve(tokenFromHeader);
 * }</pre>
 */
public final class ApiTokenService {
    /** Tokens start with this, so a leaked one is easy to recognise in logs and scanners. */
    static final String PREFIX = "trb_";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Database db;
    private final Clock clock;

    public ApiTokenService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Information about a token, never the token itself. */
    public record TokenInfo(String name, Role role, Instant created, Instant lastUsed, boolean revoked) {}

    /**
     * Makes a token.
     *
     * @return the token, to be shown once
     * @throws InvalidAccount when the name is malformed or taken
     */
    public String create(String name, Role role) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidAccount("name", "expected 2 to 64 lowercase letters, digits, dots, hyphens or underscores, got '"
                    + name + "'");
        }
        if (role == null) {
            throw new InvalidAccount("role", "expected " + Role.choices());
        }
        String token = PREFIX + Tokens.random();
        boolean added = db.inTransaction(h -> {
            if (h.createQuery("select count(*) from api_token where name = :name").bind("name", name)
                    .mapTo(int.class).one() > 0) {
                return false;
            }
            h.createUpdate("insert into api_token (token_hash, name, role, created_at) values (:hash, :name, :role, :now)")
                    .bind("hash", Tokens.sha256(token)).bind("name", name).bind("role", role.code())
                    .bind("now", clock.millis()).execute();
            return true;
        });
        if (!added) {
            throw new InvalidAccount("name", "a token named '" + name + "' exists; revoke it or choose another name");
        }
        return token;
    }

    /** The caller a bearer token stands for, as an account named {@code token:NAME}; empty if unknown or revoked. */
    public Optional<Account> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Optional<Account> caller = db.withHandle(h -> h.createQuery(
                        "select name, role from api_token where token_hash = :hash and revoked = 0")
                .bind("hash", hash)
                .map((rs, ctx) -> new Account("token:" + rs.getString("name"), rs.getString("name"),
                        Role.fromCode(rs.getString("role")).orElseThrow(), false))
                .findOne());
        caller.ifPresent(c -> db.useHandle(h -> h.createUpdate("update api_token set last_used_at = :now where token_hash = :hash")
                .bind("now", clock.millis()).bind("hash", hash).execute()));
        return caller;
    }

    /** @return whether a token of that name was live */
    public boolean revoke(String name) {
        return db.withHandle(h -> h.createUpdate("update api_token set revoked = 1 where name = :name and revoked = 0")
                .bind("name", name).execute()) > 0;
    }

    public List<TokenInfo> list() {
        return db.withHandle(h -> h.createQuery("select * from api_token order by name")
                .map((rs, ctx) -> new TokenInfo(rs.getString("name"), Role.fromCode(rs.getString("role")).orElseThrow(),
                        Instant.ofEpochMilli(rs.getLong("created_at")),
                        rs.getObject("last_used_at") == null ? null : Instant.ofEpochMilli(rs.getLong("last_used_at")),
                        rs.getInt("revoked") != 0))
                .list());
    }
}
