package org.tribune.auth;

import java.time.Clock;
import java.time.Duration;
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

    /**
     * How stale a token's "last used" time may be. Writing it on every request would make every
     * API read a database write (on SQLite, one taking the single writer's lock).
     */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final ApiTokenRepository tokens;
    private final Clock clock;

    public ApiTokenService(Database db, Clock clock) {
        this.tokens = new ApiTokenRepository(db);
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
            throw new InvalidAccount(
                    "name",
                    "expected 2 to 64 lowercase letters, digits, dots, hyphens or underscores, got '" + name + "'");
        }
        if (role == null) {
            throw new InvalidAccount("role", "expected " + Role.choices());
        }
        String token = PREFIX + Tokens.random();
        if (!tokens.insertUnlessNameTaken(Tokens.sha256(token), name, role, clock.instant())) {
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
        Optional<ApiTokenRepository.LiveToken> live = tokens.findLive(hash);
        live.ifPresent(t -> {
            Instant now = clock.instant();
            if (t.lastUsed() == null || !t.lastUsed().isAfter(now.minus(LAST_USED_PRECISION))) {
                tokens.updateLastUsed(hash, now);
            }
        });
        return live.map(ApiTokenRepository.LiveToken::caller);
    }

    /** @return whether a token of that name was live */
    public boolean revoke(String name) {
        return tokens.revoke(name);
    }

    public List<TokenInfo> list() {
        return tokens.list();
    }
}
