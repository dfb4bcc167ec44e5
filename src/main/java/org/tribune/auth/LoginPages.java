package org.tribune.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.web.AdminLayouts;
import org.tribune.web.Templates;

/**
 * {@code /admin/login} and {@code /admin/logout}. The login form carries its own CSRF token,
 * matched against a cookie (there is no session yet to hold one); every sign-in starts a new
 * session, so a token planted before login is worth nothing after it.
 */
public final class LoginPages {
    static final String LOGIN_COOKIE = "tribune_login";
    private static final Logger log = LoggerFactory.getLogger(LoginPages.class);

    /**
     * The account and address pairs whose refusal was logged in the last minute: a flood of
     * guesses is refused thousands of times a second, and one line a minute says as much.
     */
    private final Cache<String, Boolean> refusalsLogged = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000)
            .build();

    /**
     * The most refusals held back at once (see {@link LoginThrottle#refusalHold}); past it a refusal
     * is answered at once, so that many connections cannot pile held answers up without bound.
     */
    static final int MAX_HELD_REFUSALS = 1_000;

    private final Semaphore heldRefusals = new Semaphore(MAX_HELD_REFUSALS);

    /**
     * Refusal pages as rendered, by everything they show: a flood repeats one account, form token
     * and wait (in whole seconds) many times a second, and the page is a function of the record.
     */
    private final Cache<LoginPage, byte[]> refusalPages = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(5))
            .maximumSize(1_000)
            .build();

    private final AccountService accounts;
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final NewsroomAccess access;
    private final Templates templates;
    private final AdminLayouts layouts;
    private final boolean publicUrlIsHttps;

    /** @param publicUrlIsHttps the site is served over HTTPS (behind a proxy): cookies are Secure. */
    public LoginPages(
            AccountService accounts,
            SessionService sessions,
            LoginThrottle throttle,
            NewsroomAccess access,
            Templates templates,
            AdminLayouts layouts,
            boolean publicUrlIsHttps) {
        this.publicUrlIsHttps = publicUrlIsHttps;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.access = access;
        this.templates = templates;
        this.layouts = layouts;
    }

    public void addRoutes(RoutesConfig routes) {
        routes.get("/admin/login", this::form, Permission.PUBLIC);
        routes.post("/admin/login", this::login, Permission.PUBLIC);
        routes.post("/admin/logout", this::logout, Permission.NEWSROOM);
    }

    private void form(Context ctx) {
        if (access.currentSession(ctx).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, 200, null, "", safeNext(ctx.queryParam("next")), null);
    }

    private void login(Context ctx) {
        if (!Tokens.same(ctx.cookie(LOGIN_COOKIE), ctx.formParam(NewsroomAccess.CSRF_FIELD))) {
            throw new ForbiddenResponse("login form token missing or wrong");
        }
        String username =
                Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = safeNext(ctx.formParam("next"));
        String address = ctx.ip();
        Duration wait = throttle.wait(username, address);
        if (!wait.isZero()) {
            // Refused before the password is checked, so a guess made too early tells nothing.
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            if (refusalsLogged.asMap().putIfAbsent(username + "\n" + address, Boolean.TRUE) == null) {
                log.warn(
                        "login slowed down for account '{}' from {}: {} s to wait (further refusals of this"
                                + " account and address within a minute are not logged)",
                        username,
                        address,
                        seconds);
            }
            ctx.header("Retry-After", String.valueOf(seconds));
            // The form's token was just checked and stays in its cookie: no new token to draw.
            show(ctx, 429, ctx.formParam(NewsroomAccess.CSRF_FIELD), username, next, "admin.login.throttled", seconds);
            hold(ctx, throttle.refusalHold(wait));
            return;
        }
        Optional<Account> account = accounts.authenticate(username, password);
        if (account.isEmpty()) {
            throttle.failed(username, address);
            log.info("failed login for account '{}' from {}", username, address);
            show(ctx, 401, null, username, next, "admin.login.failed");
            return;
        }
        throttle.succeeded(username, address);
        sessions.end(ctx.cookie(NewsroomAccess.SESSION_COOKIE));
        String token = sessions.start(account.get());
        ctx.cookie(cookie(ctx, NewsroomAccess.SESSION_COOKIE, token, "/admin", -1, SameSite.LAX));
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, "", "/admin/login", 0, SameSite.STRICT));
        log.info("{} signed in from {}", username, address);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        sessions.end(ctx.cookie(NewsroomAccess.SESSION_COOKIE));
        ctx.cookie(cookie(ctx, NewsroomAccess.SESSION_COOKIE, "", "/admin", 0, SameSite.LAX));
        ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }

    /**
     * Sends the response already made after {@code hold}, without a thread waiting meanwhile; at once
     * when there is no hold or too many are held already.
     */
    private void hold(Context ctx, Duration hold) {
        if (hold.isZero() || !heldRefusals.tryAcquire()) {
            return;
        }
        ctx.future(() -> CompletableFuture.runAsync(
                heldRefusals::release, CompletableFuture.delayedExecutor(hold.toMillis(), TimeUnit.MILLISECONDS)));
    }

    /** @param formToken the form's CSRF token to keep; null to draw a new one and set its cookie */
    private void show(
            Context ctx, int status, String formToken, String username, String next, String errorKey, Object... args) {
        if (formToken == null) {
            formToken = Tokens.random();
            ctx.cookie(cookie(ctx, LOGIN_COOKIE, formToken, "/admin/login", -1, SameSite.STRICT));
        }
        var layout = layouts.layout(ctx, "admin.login.title", null, null);
        var page = new LoginPage(layout, username, formToken, next, errorKey == null ? null : layout.t(errorKey, args));
        byte[] html =
                status == HttpStatus.TOO_MANY_REQUESTS.getCode() ? refusalPages.get(page, this::render) : render(page);
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("text/html; charset=utf-8")
                .result(html);
    }

    private byte[] render(LoginPage page) {
        return templates.render("auth/login.jte", page);
    }

    /** Only a newsroom address may follow sign-in: never another site. */
    static String safeNext(String next) {
        return next != null && next.matches("/admin(/[A-Za-z0-9._~%/-]*)?") && !next.contains("//") ? next : "/admin";
    }

    /** Session cookies: HttpOnly always, Secure whenever the request or the public address is HTTPS. */
    private Cookie cookie(Context ctx, String name, String value, String path, int maxAge, SameSite sameSite) {
        boolean secure = publicUrlIsHttps || "https".equals(ctx.scheme());
        return new Cookie(name, value, path, maxAge, secure, true, null, sameSite);
    }
}
