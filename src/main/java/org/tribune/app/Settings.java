package org.tribune.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.tribune.content.TraditionalVariant;
import org.tribune.web.TrustedProxies;

/**
 * How this Tribune runs, checked once when built and read-only after. The command line fills it
 * from flags, environment variables and {@code tribune.conf} ({@code cli.EnvironmentAndFileDefaults});
 * nothing reads the environment after that.
 *
 * @param dataDir the folder holding the SQLite file, the search index and media
 * @param host the address to listen on; loopback unless an operator says otherwise
 * @param port the port to listen on; 0 picks a free one
 * @param databaseUrl JDBC URL of the store; null means the SQLite file in {@code dataDir}
 * @param baseUrl the public address readers use, for canonical links, without a trailing slash
 *     (one given is dropped); null means this server's own
 * @param demo fill an empty store with the demo journal
 * @param templateSources jte sources to hot-reload in development; null uses the precompiled ones
 * @param traditionalVariant a new choice of how Traditional editions are derived, stored for the
 *     whole site on start; null keeps the site's current choice
 * @param webhookFirstRetry how long a failed webhook delivery waits before its second attempt;
 *     each later wait doubles
 * @param feedFullContent feed entries carry each article's whole body; otherwise its summary
 * @param pageCacheBytes how many bytes of rendered pages the page cache keeps
 * @param schedulerInterval how often the server looks for scheduled editions whose time has come
 * @param metricsToken the bearer token that lets any address read {@code /metrics}; null lets only
 *     direct requests from loopback read it
 * @param shutdownGrace how long a stopping server reports itself not ready, finishing what it
 *     serves, before it closes its port
 * @param keepSourceQuotes Traditional editions keep the quotation marks they were written with;
 *     otherwise “ ” and ‘ ’ become 「 」 and 『 』, as readers in Taiwan and Hong Kong expect
 * @param trustedProxy the proxies (CIDR ranges, comma separated) whose {@code X-Forwarded-For} names
 *     the client; null believes no such header
 * @param readyMaxLag how far behind the store this node may fall (its search index, the changes
 *     other nodes made) and still say it is ready for readers
 * @param historyRetention how long content events and finished webhook deliveries are kept
 * @param outboxRetention how long the outbox keeps a change every node has applied; a node further
 *     behind than that checks everything against the store instead
 */
public record Settings(
        Path dataDir,
        String host,
        int port,
        String databaseUrl,
        String baseUrl,
        boolean demo,
        Path templateSources,
        TraditionalVariant traditionalVariant,
        Duration webhookFirstRetry,
        boolean feedFullContent,
        long pageCacheBytes,
        Duration schedulerInterval,
        String metricsToken,
        Duration shutdownGrace,
        boolean keepSourceQuotes,
        String trustedProxy,
        Duration readyMaxLag,
        Duration historyRetention,
        Duration outboxRetention,
        Duration loginRefusalHold) {

    /** Rendered pages may use a quarter of the heap, and never more than 256 MB. */
    public static final long DEFAULT_PAGE_CACHE_BYTES =
            Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);

    public static final Duration DEFAULT_WEBHOOK_FIRST_RETRY = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SCHEDULER_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READY_MAX_LAG = Duration.ofSeconds(30);
    public static final Duration DEFAULT_HISTORY_RETENTION = Duration.ofDays(30);
    public static final Duration DEFAULT_OUTBOX_RETENTION = Duration.ofDays(1);

    /**
     * How long a refused sign-in attempt is held before its answer, at most: a guesser answered at
     * once asks again at once, thousands of times a second on one connection.
     */
    public static final Duration DEFAULT_LOGIN_REFUSAL_HOLD = Duration.ofSeconds(1);

    public Settings {
        if (dataDir == null) {
            throw new IllegalArgumentException("a data folder is required");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host to listen on is required, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (webhookFirstRetry == null || webhookFirstRetry.isNegative() || webhookFirstRetry.isZero()) {
            throw new IllegalArgumentException(
                    "the first webhook retry needs a positive delay, got " + webhookFirstRetry);
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException(
                    "base URL must look like https://journal.example, got '" + baseUrl + "'");
        }
        if (baseUrl != null) {
            // Paths are appended to it: https://journal.example/ would make //en/ of /en/.
            baseUrl = baseUrl.replaceAll("/+$", "");
        }
        if (pageCacheBytes < 0) {
            throw new IllegalArgumentException("the page cache size cannot be negative, got " + pageCacheBytes);
        }
        if (schedulerInterval == null || schedulerInterval.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "the scheduler needs a positive interval, e.g. 30s, got " + schedulerInterval);
        }
        if (metricsToken != null && metricsToken.strip().length() < 16) {
            throw new IllegalArgumentException("a metrics token needs at least 16 characters");
        }
        if (shutdownGrace == null || shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("the shutdown grace cannot be negative, got " + shutdownGrace);
        }
        TrustedProxies.parse(trustedProxy); // refuses what is not a range
        if (readyMaxLag == null || readyMaxLag.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "the readiness lag needs a positive duration, e.g. 30s, got " + readyMaxLag);
        }
        if (historyRetention == null || historyRetention.toMinutes() < 1) {
            throw new IllegalArgumentException(
                    "the history retention needs at least a minute, e.g. 30d, got " + historyRetention);
        }
        if (outboxRetention == null || outboxRetention.toMinutes() < 1) {
            throw new IllegalArgumentException(
                    "the outbox retention needs at least a minute, e.g. 1d, got " + outboxRetention);
        }
        if (loginRefusalHold == null || loginRefusalHold.isNegative()) {
            throw new IllegalArgumentException(
                    "the hold of a refused sign-in cannot be negative, got " + loginRefusalHold);
        }
    }

    /** The proxies whose {@code X-Forwarded-For} is believed. */
    public TrustedProxies trustedProxies() {
        return TrustedProxies.parse(trustedProxy);
    }

    /** The settings of the commands that know nothing of the operator's tuning: today's defaults for it. */
    public Settings(
            Path dataDir,
            String host,
            int port,
            String databaseUrl,
            String baseUrl,
            boolean demo,
            Path templateSources,
            TraditionalVariant traditionalVariant,
            Duration webhookFirstRetry,
            boolean feedFullContent) {
        this(
                dataDir,
                host,
                port,
                databaseUrl,
                baseUrl,
                demo,
                templateSources,
                traditionalVariant,
                webhookFirstRetry,
                feedFullContent,
                DEFAULT_PAGE_CACHE_BYTES,
                DEFAULT_SCHEDULER_INTERVAL,
                null,
                DEFAULT_SHUTDOWN_GRACE,
                false,
                null,
                DEFAULT_READY_MAX_LAG,
                DEFAULT_HISTORY_RETENTION,
                DEFAULT_OUTBOX_RETENTION,
                DEFAULT_LOGIN_REFUSAL_HOLD);
    }

    /** Defaults for a data folder: SQLite inside it, loopback, port 8080. */
    public static Settings forDataDir(Path dataDir) {
        return new Settings(
                dataDir, "127.0.0.1", 8080, null, null, false, null, null, DEFAULT_WEBHOOK_FIRST_RETRY, false);
    }

    public String effectiveDatabaseUrl() {
        return databaseUrl != null ? databaseUrl : "jdbc:sqlite:" + dataDir.resolve("tribune.db");
    }

    /** Readers reach the site over HTTPS (perhaps through a proxy): HSTS is sent and cookies are Secure. */
    public boolean publicUrlIsHttps() {
        return baseUrl != null && baseUrl.startsWith("https:");
    }

    public Settings withPort(int newPort) {
        return copy(c -> c.port = newPort);
    }

    public Settings withDatabaseUrl(String url) {
        return copy(c -> c.databaseUrl = url);
    }

    public Settings withWebhookFirstRetry(Duration delay) {
        return copy(c -> c.webhookFirstRetry = delay);
    }

    public Settings withFeedFullContent(boolean full) {
        return copy(c -> c.feedFullContent = full);
    }

    /** The same settings serving from another address, for the public base URL. */
    public Settings withBaseUrl(String url) {
        return copy(c -> c.baseUrl = url);
    }

    public Settings withTraditionalVariant(TraditionalVariant variant) {
        return copy(c -> c.traditionalVariant = variant);
    }

    public Settings withSchedulerInterval(Duration interval) {
        return copy(c -> c.schedulerInterval = interval);
    }

    public Settings withMetricsToken(String token) {
        return copy(c -> c.metricsToken = token);
    }

    public Settings withShutdownGrace(Duration grace) {
        return copy(c -> c.shutdownGrace = grace);
    }

    public Settings withTrustedProxy(String cidrs) {
        return copy(c -> c.trustedProxy = cidrs);
    }

    public Settings withReadyMaxLag(Duration lag) {
        return copy(c -> c.readyMaxLag = lag);
    }

    public Settings withHistoryRetention(Duration retention) {
        return copy(c -> c.historyRetention = retention);
    }

    public Settings withOutboxRetention(Duration retention) {
        return copy(c -> c.outboxRetention = retention);
    }

    public Settings withKeepSourceQuotes(boolean keep) {
        return copy(c -> c.keepSourceQuotes = keep);
    }

    public Settings withHost(String newHost) {
        return copy(c -> c.host = newHost);
    }

    public Settings withDemo(boolean fill) {
        return copy(c -> c.demo = fill);
    }

    public Settings withTemplateSources(Path sources) {
        return copy(c -> c.templateSources = sources);
    }

    public Settings withPageCacheBytes(long bytes) {
        return copy(c -> c.pageCacheBytes = bytes);
    }

    public Settings withLoginRefusalHold(Duration hold) {
        return copy(c -> c.loginRefusalHold = hold);
    }

    /** A copy with some components changed, checked again as any settings are. */
    private Settings copy(Consumer<Components> change) {
        var c = new Components(this);
        change.accept(c);
        return new Settings(
                c.dataDir,
                c.host,
                c.port,
                c.databaseUrl,
                c.baseUrl,
                c.demo,
                c.templateSources,
                c.traditionalVariant,
                c.webhookFirstRetry,
                c.feedFullContent,
                c.pageCacheBytes,
                c.schedulerInterval,
                c.metricsToken,
                c.shutdownGrace,
                c.keepSourceQuotes,
                c.trustedProxy,
                c.readyMaxLag,
                c.historyRetention,
                c.outboxRetention,
                c.loginRefusalHold);
    }

    /** The components of settings being copied, open to change until the copy is made. */
    private static final class Components {
        Path dataDir;
        String host;
        int port;
        String databaseUrl;
        String baseUrl;
        boolean demo;
        Path templateSources;
        TraditionalVariant traditionalVariant;
        Duration webhookFirstRetry;
        boolean feedFullContent;
        long pageCacheBytes;
        Duration schedulerInterval;
        String metricsToken;
        Duration shutdownGrace;
        boolean keepSourceQuotes;
        String trustedProxy;
        Duration readyMaxLag;
        Duration historyRetention;
        Duration outboxRetention;
        Duration loginRefusalHold;

        Components(Settings s) {
            dataDir = s.dataDir;
            host = s.host;
            port = s.port;
            databaseUrl = s.databaseUrl;
            baseUrl = s.baseUrl;
            demo = s.demo;
            templateSources = s.templateSources;
            traditionalVariant = s.traditionalVariant;
            webhookFirstRetry = s.webhookFirstRetry;
            feedFullContent = s.feedFullContent;
            pageCacheBytes = s.pageCacheBytes;
            schedulerInterval = s.schedulerInterval;
            metricsToken = s.metricsToken;
            shutdownGrace = s.shutdownGrace;
            keepSourceQuotes = s.keepSourceQuotes;
            trustedProxy = s.trustedProxy;
            readyMaxLag = s.readyMaxLag;
            historyRetention = s.historyRetention;
            outboxRetention = s.outboxRetention;
            loginRefusalHold = s.loginRefusalHold;
        }
    }
}
