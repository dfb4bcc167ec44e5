package org.tribune.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard in front of every {@code /admin} route: a route must declare a {@link Permission};
 * without a session, pages redirect to the login form and actions answer 401; a role without the
 * permission gets 403; every state-changing request must carry the session's CSRF token (403
 * otherwise).
 *
 * <pre>{@code
 * routes.beforeMatched("/admin/*", access::guard);
 * routes.post("/admin/articles/{id}/publish", handler, Permission.PUBLISH);
 * AdminSession who = NewsroomAccess.session(ctx);
 * }</pre>
 */
public final class NewsroomAccess {
    public static final String SESSION_COOKIE = "tribune_session";
    /** The form field, or the header for scripts, carrying the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTRIBUTE = "tribune.admin-session";
    private static final Logger log = LoggerFactory.getLogger(NewsroomAccess.class);

    private final SessionService sessions;

    public NewsroomAccess(SessionService sessions) {
        this.sessions = sessions;
    }

    public void addGuard(RoutesConfig routes) {
        routes.beforeMatched("/admin", this::guard);
        routes.beforeMatched("/admin/*", this::guard);
    }

    /** The signed-in person's session; only inside a guarded route that is not {@link Permission#PUBLIC}. */
    public static AdminSession session(Context ctx) {
        AdminSession session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("no newsroom session on " + ctx.path() + ": is the route guarded?");
        }
        return session;
    }

    /** The session a request's cookie names, if live; for the login page, which is not guarded. */
    Optional<AdminSession> currentSession(Context ctx) {
        return sessions.resolve(ctx.cookie(SESSION_COOKIE));
    }

    void guard(Context ctx) {
        Permission needed = declaredPermission(ctx);
        if (needed == Permission.PUBLIC) {
            return;
        }
        boolean reading = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        AdminSession session = currentSession(ctx).orElse(null);
        if (session == null) {
            if (reading) {
                ctx.redirect(
                        "/admin/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
                        HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new UnauthorizedResponse("sign in first");
        }
        if (!session.account().may(needed)) {
            throw new ForbiddenResponse("role " + session.account().role().code() + " may not " + needed);
        }
        if (!reading && !Tokens.same(session.csrfToken(), submittedCsrf(ctx))) {
            throw new ForbiddenResponse("missing or wrong CSRF token");
        }
        ctx.attribute(SESSION_ATTRIBUTE, session);
        ctx.header("Cache-Control", "no-store");
    }

    private static Permission declaredPermission(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Permission permission)) {
            log.error("route {} {} declares no single Permission; refused", ctx.method(), ctx.endpoint().path);
            throw new ForbiddenResponse("route declares no permission");
        }
        return permission;
    }

    static String submittedCsrf(Context ctx) {
        String header = ctx.header(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("");
        return contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/")
                ? ctx.formParam(CSRF_FIELD)
                : null;
    }
}
