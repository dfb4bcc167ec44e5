package org.tribune.app;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code /metrics}: every meter of this server in Prometheus' text format.
 *
 * <p>Who may read it: with a metrics token set, any address that sends it as
 * {@code Authorization: Bearer TOKEN}; without one, only requests made directly from loopback
 * (a Prometheus on the same machine, an operator's {@code curl}). A request that came through a
 * proxy ({@code X-Forwarded-For} or {@code Forwarded}) is not direct, even though the proxy
 * connects from loopback: a reader on the Internet must never read the metrics through nginx.
 */
final class Metrics implements AutoCloseable {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final byte[] token;

    /** @param token the bearer token that lets any address read the metrics; null for loopback only */
    Metrics(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    void handle(Context ctx) {
        if (!allowed(ctx)) {
            throw new ForbiddenResponse(
                    token == null
                            ? "metrics are read from loopback, or from anywhere with the metrics token"
                            : "metrics need the metrics token");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE).result(registry.scrape());
    }

    private boolean allowed(Context ctx) {
        if (token != null) {
            String authorization = ctx.header("Authorization");
            return authorization != null
                    && authorization.startsWith("Bearer ")
                    && MessageDigest.isEqual(
                            token, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
        }
        if (ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
