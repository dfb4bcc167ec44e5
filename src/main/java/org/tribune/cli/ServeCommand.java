package org.tribune.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tribune.app.Logs;
import org.tribune.app.Server;
import org.tribune.app.Settings;
import org.tribune.export.ExportMirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tribune serve}: runs the site until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the journal over HTTP.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(
            names = "--base-url",
            description = "Public address of the site, for canonical links; an https one also makes the server "
                    + "send Strict-Transport-Security and mark every cookie Secure")
    String baseUrl;

    @Option(names = "--demo", description = "Fill an empty store with the demo journal.")
    boolean demo;

    @Option(
            names = "--dev-templates",
            paramLabel = "DIR",
            hidden = true,
            description = "Recompile jte templates from DIR on change (development).")
    Path templateSources;

    @Option(
            names = "--export-to",
            paramLabel = "DIR",
            description = "Keep a static export of the site in DIR (as `tribune export` writes it), brought up to "
                    + "date about a second after every change, for a CDN or plain web server to publish. Needs "
                    + "--base-url, the address the files are served from")
    Path exportTo;

    @Mixin
    FeedOptions feeds;

    @Option(
            names = "--page-cache-mb",
            paramLabel = "MB",
            description = "Megabytes of rendered pages kept in memory. Default: a quarter of the heap, at most 256")
    Long pageCacheMegabytes;

    @Option(
            names = "--webhook-first-retry",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Wait before a failed webhook delivery's second attempt; each later wait doubles. "
                    + "Default: ${DEFAULT-VALUE}")
    Duration webhookFirstRetry;

    @Option(
            names = "--scheduler-interval",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "How often scheduled editions whose time has come are published. Default: ${DEFAULT-VALUE}")
    Duration schedulerInterval;

    @Option(
            names = "--metrics-token",
            paramLabel = "TOKEN",
            description = "Lets any address read /metrics with 'Authorization: Bearer TOKEN' (16 characters or more). "
                    + "Without it, only direct requests from loopback may")
    String metricsToken;

    @Option(
            names = "--trusted-proxy",
            paramLabel = "CIDR",
            description = "The proxies (CIDR ranges, comma separated, e.g. 127.0.0.1/32) whose X-Forwarded-For names "
                    + "the client, for the login throttle and the logs. Without it the header is never believed")
    String trustedProxy;

    @Option(
            names = "--shutdown-grace",
            paramLabel = "DURATION",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description = "On SIGTERM, how long /health/ready says 503 while requests in flight finish, before the "
                    + "port closes. Default: ${DEFAULT-VALUE}")
    Duration shutdownGrace;

    @Option(
            names = "--ready-max-lag",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "/health/ready says 503 while this node's search index or its copy of other nodes' changes "
                    + "has been behind the store for longer than this. Default: ${DEFAULT-VALUE}")
    Duration readyMaxLag;

    @Option(
            names = "--history-retention",
            paramLabel = "DURATION",
            defaultValue = "30d",
            converter = DurationConverter.class,
            description = "How long content events and delivered or failed webhook deliveries are kept. "
                    + "Default: ${DEFAULT-VALUE}")
    Duration historyRetention;

    @Option(
            names = "--outbox-retention",
            paramLabel = "DURATION",
            defaultValue = "1d",
            converter = DurationConverter.class,
            description = "How long the change outbox keeps a change; a node that falls further behind checks "
                    + "everything against the store when it comes back. Default: ${DEFAULT-VALUE}")
    Duration outboxRetention;

    @Option(
            names = "--login-refusal-hold",
            paramLabel = "DURATION",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "How long the answer to a sign-in refused by the throttle is held back, at most (never "
                    + "longer than the wait it tells): a guesser asks once a hold per connection, not thousands of "
                    + "times a second. 0s answers at once. Default: ${DEFAULT-VALUE}")
    Duration loginRefusalHold;

    @Option(
            names = "--log-format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (for people) or json (one JSON object a line, for log shippers). "
                    + "Default: ${DEFAULT-VALUE}")
    String logFormat;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        switch (logFormat.strip()) {
            case "json" -> Logs.useJson();
            case "text" -> {}
            default ->
                throw new ParameterException(
                        spec.commandLine(), "--log-format must be text or json, got '" + logFormat + "'");
        }
        Settings base = data.settings();
        if (exportTo != null && (baseUrl == null || baseUrl.isBlank())) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--export-to needs --base-url (or TRIBUNE_BASE_URL): "
                            + "the address the exported files will be served from, which their links name");
        }
        var settings = base.withHost(host)
                .withPort(port)
                .withBaseUrl(baseUrl == null || baseUrl.isBlank() ? null : baseUrl)
                .withDemo(demo)
                .withTemplateSources(templateSources)
                .withWebhookFirstRetry(webhookFirstRetry)
                .withFeedFullContent(feeds.fullContent())
                .withPageCacheBytes(
                        pageCacheMegabytes == null ? Settings.DEFAULT_PAGE_CACHE_BYTES : pageCacheMegabytes << 20)
                .withSchedulerInterval(schedulerInterval)
                .withMetricsToken(metricsToken == null || metricsToken.isBlank() ? null : metricsToken.strip())
                .withShutdownGrace(shutdownGrace)
                .withReadyMaxLag(readyMaxLag)
                .withHistoryRetention(historyRetention)
                .withOutboxRetention(outboxRetention)
                .withLoginRefusalHold(loginRefusalHold)
                .withTrustedProxy(trustedProxy == null || trustedProxy.isBlank() ? null : trustedProxy.strip());
        Server app = Server.start(settings, Clock.systemUTC());
        ExportMirror mirror = exportTo == null ? null : app.startExportMirror(exportTo);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            // Readiness first: the load balancer stops sending readers while this
                            // node still answers those it has, for the shutdown grace.
                            app.beginShutdown();
                            if (mirror != null) {
                                mirror.close();
                            }
                            app.stopGracefully();
                            stopped.countDown();
                        },
                        "shutdown"));
        app.demoAdminPassword().ifPresent(password -> spec.commandLine()
                .getOut()
                .printf(
                        "newsroom: sign in at %s/admin/login as admin with password %s (shown once; every --demo start "
                                + "makes a new one)%n",
                        app.url(), password));
        spec.commandLine().getOut().println("listening on " + app.url());
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
