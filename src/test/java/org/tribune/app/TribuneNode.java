package org.tribune.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node of a multi-node test: {@code tribune serve} from the built jar, on a fixed loopback port
 * (so that a node started again is found where the load balancer expects it), with a data folder
 * of its own and the shared PostgreSQL store. Its standard error goes to {@code node.log} in the
 * data folder.
 */
final class TribuneNode {
    private final Path dataDir;
    private final String dbUrl;
    private final int port;
    private Process process;

    TribuneNode(Path dataDir, String dbUrl, int port) {
        this.dataDir = dataDir;
        this.dbUrl = dbUrl;
        this.port = port;
    }

    /** A port nothing listens on now, for a node to take. */
    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the node and returns once it listens. */
    synchronized void start() {
        try {
            Files.createDirectories(dataDir);
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(List.of(
                            java,
                            "-Xmx256m",
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            System.getProperty("tribune.jar"),
                            "serve",
                            "--db",
                            dbUrl,
                            "--host",
                            "127.0.0.1",
                            "--port",
                            String.valueOf(port),
                            "--data",
                            dataDir.toString(),
                            "--scheduler-interval",
                            "1s",
                            "--webhook-first-retry",
                            "1s",
                            "--shutdown-grace",
                            "0s"))
                    .redirectError(ProcessBuilder.Redirect.appendTo(
                            dataDir.resolve("node.log").toFile()))
                    .start();
            awaitListening();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a node in " + dataDir, e);
        }
    }

    private void awaitListening() throws IOException {
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<String> printed = new ArrayList<>();
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            printed.add(line);
            if (line.contains("listening on http://127.0.0.1:" + port)) {
                // Whatever else it prints must not fill the pipe and stall it.
                Thread.ofVirtual().start(() -> drain(reader));
                return;
            }
        }
        throw new IllegalStateException("the node in " + dataDir + " never listened on port " + port + "; it printed "
                + printed + "; see " + dataDir.resolve("node.log"));
    }

    private static void drain(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // discarded
            }
        } catch (IOException e) {
            // the node is gone
        }
    }

    /** Stops the node as an operator would (SIGTERM) and waits for it to exit. */
    synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            await();
        }
    }

    /** Kills the node at once ({@code kill -9}). */
    synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            await();
        }
    }

    private void await() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
