package org.tribune.app;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.tribune.content.ContentService;
import org.tribune.content.Fixtures;
import org.tribune.importer.ImportReport;
import org.tribune.importer.Importer;

/**
 * Starts the real application on a random port with a temporary data folder, for HTTP tests.
 * The server's log is captured and shown only under a failing test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");
 * }</pre>
 */
public final class TestServer implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    private final String fixture;
    private final UnaryOperator<Settings> tuning;
    private final Clock clock;
    private final CapturedLogs logs = new CapturedLogs();
    private Path dataDir;
    private Server app;
    private HttpClient client;

    private TestServer(String fixture, UnaryOperator<Settings> tuning, Clock clock) {
        this.fixture = fixture;
        this.tuning = tuning;
        this.clock = clock;
    }

    /** A server whose store holds the JSON Lines fixture at this classpath resource; its clock stands at {@link Fixtures#NOW}. */
    public static TestServer withFixture(String resource) {
        return new TestServer(resource, s -> s, Clock.fixed(Fixtures.NOW, ZoneOffset.UTC));
    }

    /** The same server on the given clock (a {@code MovingClock}), for tests of what happens as time passes. */
    public TestServer withClock(Clock other) {
        return new TestServer(fixture, tuning, other);
    }

    /** The same server, on the same clock, with settings changed. */
    public TestServer tuned(UnaryOperator<Settings> change) {
        return new TestServer(fixture, change, clock);
    }

    /** The same server with settings changed, and the real clock, for tests of what happens over time. */
    public TestServer tunedWithRealClock(UnaryOperator<Settings> change) {
        return new TestServer(fixture, change, Clock.systemUTC());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        logs.start();
        dataDir = Files.createTempDirectory("tribune-http-test");
        var settings = tuning.apply(Settings.forDataDir(dataDir).withPort(0));
        app = Server.start(settings, clock);
        if (fixture != null) {
            load(fixture);
        }
        // Pages change once the index has the fixture (related articles come from it): tests start
        // from the settled site, not from one the background sync is still filling.
        app.searchReady();
        client = newClient(HttpClient.Redirect.NEVER);
    }

    private void load(String resource) {
        var in = TestServer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test fixture " + resource);
        }
        ImportReport report = new Importer(app.content()).importJsonLines(resource, in, problem -> {
            throw new IllegalStateException("bad fixture line: " + problem);
        });
        if (report.imported() == 0) {
            throw new IllegalStateException("fixture " + resource + " imported nothing");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.close();
        }
        logs.stop();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Prints the server's log, captured while the class ran, under a failed test's report. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        logs.printTo(System.err, context.getDisplayName());
    }

    public ContentService content() {
        return app.content();
    }

    /** The server itself, for tests that reach into its parts. */
    public Server server() {
        return app;
    }

    /** Messages the server (or anything in this JVM) logged at ERROR recently, oldest first. */
    public List<String> loggedErrors() {
        return logs.errors();
    }

    /** Messages logged at WARN recently (by anything in this JVM), oldest first. */
    public List<String> loggedWarnings() {
        return logs.at(Level.WARN);
    }

    public Path dataDir() {
        return dataDir;
    }

    public URI uri(String path) {
        return URI.create(app.url() + path);
    }

    /** A client with its own cookie jar, following redirects as told. */
    public HttpClient newClient(HttpClient.Redirect redirects) {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(redirects)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** GET without following redirects; headers as name, value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return send(client, path, headers);
    }

    public HttpResponse<String> send(HttpClient with, String path, String... headers) {
        return exchange(with, path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), headers);
    }

    /**
     * GETs {@code path} until the response satisfies {@code ready}, for changes that reach pages
     * asynchronously (cache polling, index sync); fails with the last body after {@code within}.
     */
    public HttpResponse<String> await(String path, Predicate<HttpResponse<String>> ready, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last;
        do {
            last = get(path);
            if (ready.test(last)) {
                return last;
            }
            LockSupport.parkNanos(50_000_000L);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("GET " + path + " not as awaited within " + within + "; last answer: "
                + last.statusCode() + " " + last.body());
    }

    /**
     * POSTs a form without following redirects; {@code form} holds name, value pairs, encoded here.
     * Headers go in {@code headers} as name, value pairs.
     */
    public HttpResponse<String> postForm(String path, List<String> form, String... headers) {
        return postForm(client, path, form, headers);
    }

    /** As {@link #postForm(String, java.util.List, String...)}, through the given client. */
    public HttpResponse<String> postForm(HttpClient with, String path, List<String> form, String... headers) {
        var body = new StringBuilder();
        for (int i = 0; i + 1 < form.size(); i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(form.get(i), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(form.get(i + 1), StandardCharsets.UTF_8));
        }
        var request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return with.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The running server, for tests that look at its wiring (its routes, its site, its demo password). */
    public Server app() {
        return app;
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return exchange(client, path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    private <T> HttpResponse<T> exchange(
            HttpClient with, String path, HttpResponse.BodyHandler<T> body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(10))
                .GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return with.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
