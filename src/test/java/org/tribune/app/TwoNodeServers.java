package org.tribune.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.tribune.db.Dialect;
import org.tribune.db.TestDatabase;

/**
 * Two servers on one PostgreSQL schema, as two nodes behind a load balancer, each with a data
 * folder of its own; and waiting for what one node changed to show on the other.
 */
final class TwoNodeServers implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    final TestDatabase db;
    final Server nodeA;
    final Server nodeB;

    /** @param nodeBSettings changes to the second node's settings (the first runs on the defaults) */
    TwoNodeServers(Path tempDir, UnaryOperator<Settings> nodeBSettings) {
        db = TestDatabase.open(Dialect.POSTGRESQL, tempDir);
        nodeA = Server.start(node(tempDir, "a"), Clock.systemUTC());
        nodeB = Server.start(nodeBSettings.apply(node(tempDir, "b")), Clock.systemUTC());
    }

    private Settings node(Path tempDir, String name) {
        return Settings.forDataDir(tempDir.resolve(name)).withPort(0).withDatabaseUrl(db.url());
    }

    /** The body of the page at {@code path} once it answers 200 with {@code text} in it; fails after {@code within}. */
    static String awaitPage(Server node, String path, String text, Duration within) throws Exception {
        return await(node, path, text, true, within);
    }

    /** The body at {@code path}, whatever its status, once it holds {@code text}; fails after {@code within}. */
    static String awaitBody(Server node, String path, String text, Duration within) throws Exception {
        return await(node, path, text, false, within);
    }

    private static String await(Server node, String path, String text, boolean only200, Duration within)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String last;
        do {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(node.url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if ((!only200 || response.statusCode() == 200) && response.body().contains(text)) {
                return response.body();
            }
            last = response.statusCode() + " " + response.body();
            Thread.sleep(20); // polling: the page changes when the other node's change arrives
        } while (System.nanoTime() < deadline);
        throw new AssertionError("'" + text + "' not at " + node.url() + path + " within " + within.toMillis()
                + " ms; last answer: " + last.substring(0, Math.min(200, last.length())));
    }

    @Override
    public void close() {
        nodeA.close();
        nodeB.close();
        db.close();
    }
}
