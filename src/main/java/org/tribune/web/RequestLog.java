package org.tribune.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id and, when it is answered, one log line and one sample of the
 * {@code http.server.requests} timer: method, route template (never the raw path, which would make
 * a series per article), status, duration and bytes sent; the id comes from the logging context
 * ({@code logback.xml}'s pattern, or the JSON encoder's {@code mdc}).
 *
 * <p>The id is the client's {@code X-Request-Id} when it sends a sensible one (a proxy in front
 * usually does), else a new one; it is echoed in the response header, kept in the logging context
 * ({@link MDC} key {@value #MDC_KEY}) while the request runs, so that every line logged for it
 * carries it, and shown on the 500 page so that a reader's report leads to the log.
 *
 * <pre>{@code
 * var requests = new RequestLog(registry);
 * config.routes.before(requests::begin);
 * config.requestLogger.http(requests::end);
 * }</pre>
 */
public final class RequestLog {
    /** Its own logger name, so that operators can silence the request log alone. */
    private static final Logger log = LoggerFactory.getLogger("org.tribune.requests");

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    private static final String ATTRIBUTE = "tribune.request-id";
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Requests no route matched (scans, typos): one series, not one per address tried. */
    private static final String UNMATCHED = "unmatched";

    private final MeterRegistry registry;

    public RequestLog(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Before any handler: the request's id, in the response and the logging context. */
    public void begin(Context ctx) {
        String sent = ctx.header(HEADER);
        String id = sent != null && SENSIBLE_ID.matcher(sent).matches()
                ? sent
                : UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** After the response was sent (Javalin's request logger): the log line and the timer's sample. */
    public void end(Context ctx, Float millis) {
        try {
            String route = routeOf(ctx);
            int status = ctx.status().getCode();
            long nanos = (long) (millis * 1_000_000d);
            Timer.builder("http.server.requests")
                    .description("HTTP requests by method, route template and status")
                    .tag("method", ctx.method().name())
                    .tag("uri", route)
                    .tag("status", Integer.toString(status))
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(nanos, TimeUnit.NANOSECONDS);
            log.info(
                    "{} {} {} {}ms {}B",
                    ctx.method().name(),
                    route,
                    status,
                    String.format("%.1f", millis),
                    bytesSent(ctx));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** The id of this request, or null before {@link #begin} ran (a request Jetty refused itself). */
    public static String idOf(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    private static String routeOf(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }

    private static long bytesSent(Context ctx) {
        try {
            return ServletContextRequest.getServletContextRequest(ctx.req())
                    .getServletChannel()
                    .getHttpOutput()
                    .getWritten();
        } catch (RuntimeException e) {
            // Not Jetty's servlet request (never in this server): the declared length is the best guess.
            String length = ctx.res().getHeader("Content-Length");
            return length == null ? -1 : Long.parseLong(length);
        }
    }
}
