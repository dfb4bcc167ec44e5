package org.tribune.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard in front of every {@code /api} route: each declares a {@link Permission}; public
 * routes pass; the others need {@code Authorization: Bearer TOKEN} (401 without a valid one) whose
 * role holds the permission (403 otherwise). Tokens are not sent by browsers on their own, so API
 * writes need no CSRF token.
 */
public final class ApiAccess {
    private static final String CALLER = "tribune.api-caller";
    private static final Logger log = LoggerFactory.getLogger(ApiAccess.class);

    private final ApiTokenService tokens;

    public ApiAccess(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    public void addGuard(RoutesConfig routes) {
        routes.beforeMatched("/api/*", this::guard);
    }

    /** Who called, inside a guarded route that is not {@link Permission#PUBLIC}. */
    public static Account caller(Context ctx) {
        Account caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("no API caller on " + ctx.path() + ": is the route guarded?");
        }
        return caller;
    }

    void guard(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Permission needed)) {
            log.error("route {} {} declares no single Permission; refused", ctx.method(), ctx.endpoint().path);
            throw new ForbiddenResponse("route declares no permission");
        }
        if (needed == Permission.PUBLIC) {
            return;
        }
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
        Account caller = tokens.resolve(token).orElse(null);
        if (caller == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tribune\"");
            throw new UnauthorizedResponse(
                    token == null
                            ? "send an API token as Authorization: Bearer TOKEN"
                            : "the API token is unknown or revoked");
        }
        if (!caller.may(needed)) {
            throw new ForbiddenResponse("a token with role " + caller.role().code() + " may not do this");
        }
        ctx.attribute(CALLER, caller);
    }
}
