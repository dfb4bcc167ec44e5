package org.tribune.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribune.content.Lang;

/**
 * The one place where failures become responses: a page in the reader's language for people, an
 * RFC 9457 problem document for API clients. Nobody ever sees a stack trace.
 */
public final class ErrorPages {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private static final String HANDLED = "tribune.error-handled";
    private static final String DETAIL = "tribune.error-detail";

    private final Templates templates;
    private final LayoutFactory layouts;
    private final long maxUploadBytes;
    private final MovedAddresses moved;

    /**
     * @param maxUploadBytes the largest upload the newsroom takes, named when one is refused as too large
     * @param moved old addresses answered with a 301 instead of a 404
     */
    public ErrorPages(Templates templates, LayoutFactory layouts, long maxUploadBytes, MovedAddresses moved) {
        this.templates = templates;
        this.layouts = layouts;
        this.maxUploadBytes = maxUploadBytes;
        this.moved = moved;
    }

    public void addHandlers(RoutesConfig routes) {
        routes.exception(PageNotFound.class, (e, ctx) -> {
            log.debug("404 {}: {}", ctx.path(), e.getMessage());
            respond(ctx, 404, e.lang());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            log.debug("{} {}: {}", e.getStatus(), ctx.path(), e.getMessage());
            ctx.attribute(DETAIL, e.getMessage());
            respond(ctx, e.getStatus(), null);
        });
        routes.exception(InvalidFields.class, (e, ctx) -> {
            log.debug("422 {}: {}", ctx.path(), e.getMessage());
            Map<String, Object> body = problemBody(ctx, 422, "The request has invalid fields");
            body.put("errors", e.problems());
            ctx.attribute(HANDLED, Boolean.TRUE);
            ctx.header("Cache-Control", "no-store");
            ctx.status(422)
                    .result(ctx.jsonMapper().toJsonString(body, Map.class))
                    .contentType("application/problem+json");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            int clientError = clientErrorOf(e);
            if (clientError > 0) {
                // The client sent something unreadable or too large: its fault, not worth an ERROR.
                log.debug("{} {} {}: {}", clientError, ctx.method(), ctx.path(), e.toString());
                ctx.attribute(DETAIL, clientError == 413 ? tooLarge(Lang.EN) : "the request body could not be read");
                respond(ctx, clientError, null);
                return;
            }
            log.error("request failed: {} {} (request id {})", ctx.method(), ctx.path(), RequestLog.idOf(ctx), e);
            respond(ctx, 500, null);
        });
        // Addresses no route matched, and statuses set without an exception.
        routes.error(404, ctx -> respondOnce(ctx, 404));
        routes.error(405, ctx -> respondOnce(ctx, 405));
        routes.error(500, ctx -> respondOnce(ctx, 500));
    }

    /**
     * The 4xx status for a failure caused by the request itself (a body over the size limit, a
     * malformed or truncated body), found anywhere in the chain of causes; 0 for anything else.
     */
    static int clientErrorOf(Throwable e) {
        int found = 0;
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            String message = Optional.ofNullable(c.getMessage()).orElse("");
            if (message.startsWith("max file size exceeded") || message.startsWith("max request size exceeded")) {
                return 413;
            }
            if (c instanceof HttpException he && he.getCode() >= 400 && he.getCode() < 500 && found == 0) {
                found = he.getCode();
            } else if (c instanceof EofException && found == 0) {
                found = 400;
            }
        }
        return found;
    }

    private String tooLarge(Lang lang) {
        return Messages.of(lang).get("error.413.message", maxUploadBytes / 1024 / 1024);
    }

    private void respondOnce(Context ctx, int status) {
        if (ctx.attribute(HANDLED) == null) {
            respond(ctx, status, null);
        }
    }

    private void respond(Context ctx, int status, Lang known) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        if (status == 404 && redirectedToNewAddress(ctx)) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        if (wantsProblemJson(ctx)) {
            problem(ctx, status);
            return;
        }
        Lang lang = known != null ? known : languageOf(ctx);
        Messages m = Messages.of(lang);
        String kind =
                switch (status) {
                    case 401, 403, 413, 429 -> String.valueOf(status);
                    case 404, 405 -> "404";
                    default -> status >= 500 ? "500" : "400";
                };
        var page = new ErrorPage(
                layouts.error(lang, m.get("error." + kind + ".title"), m.get("error." + kind + ".message")),
                status,
                m.get("error." + kind + ".title"),
                status == 413 ? tooLarge(lang) : m.get("error." + kind + ".message"),
                status >= 500 ? RequestLog.idOf(ctx) : null);
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("web/error.jte", page));
    }

    /**
     * Answers a read of an old address with a 301 to its new one. Looked up only when no page
     * answers, so that the site's own addresses never cost a lookup and can never be shadowed.
     */
    private boolean redirectedToNewAddress(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return false;
        }
        String path = ctx.path();
        if (path.startsWith("/admin/") || path.startsWith("/api/")) {
            return false;
        }
        String query = ctx.queryString();
        Optional<String> target = moved.newAddress(query == null ? path : path + "?" + query);
        if (target.isEmpty()) {
            return false;
        }
        // Editable in the newsroom: caches may keep it for an hour, not for ever.
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.header("Location", target.get());
        ctx.status(301).result("");
        return true;
    }

    private static void problem(Context ctx, int status) {
        Map<String, Object> body =
                problemBody(ctx, status, HttpStatus.forStatus(status).getMessage());
        String detail = ctx.attribute(DETAIL);
        // Our own messages say what to do; a server error's cause stays in the log.
        if (detail != null && status < 500 && !detail.isBlank()) {
            body.put("detail", detail);
        }
        ctx.status(status)
                .result(ctx.jsonMapper().toJsonString(body, Map.class))
                .contentType("application/problem+json");
    }

    private static Map<String, Object> problemBody(Context ctx, int status, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("instance", ctx.path());
        return body;
    }

    private static boolean wantsProblemJson(Context ctx) {
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        return ctx.path().startsWith("/api/") || (accept.contains("json") && !accept.contains("html"));
    }

    /** The address's language when it names one, else the reader's negotiated language. */
    static Lang languageOf(Context ctx) {
        String path = ctx.path();
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return Lang.fromPathSegment(first)
                .orElseGet(() -> LanguageNegotiation.choose(
                        ctx.header("Accept-Language"), ctx.cookie(LanguageNegotiation.COOKIE)));
    }
}
