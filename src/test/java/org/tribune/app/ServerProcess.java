package org.tribune.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar run as an operator runs it, for the failsafe tests: a server started with
 * {@code serve --port 0} and stopped with SIGKILL or SIGTERM, and one-off commands.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String url;
    private final Path log;

    private ServerProcess(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts {@code tribune serve --port 0} with these options and waits until it listens. */
    static ServerProcess serve(Path log, List<String> options) throws IOException {
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of("serve", "--port", "0", "--shutdown-grace", "0s"));
        command.addAll(options);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = reader.readLine()) != null) {
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread.ofVirtual().start(() -> drain(reader));
                return new ServerProcess(process, listening.group(1), log);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not listen; its log:\n" + Files.readString(log));
    }

    private static void drain(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // the server's standard output, read so that it never blocks on a full pipe
            }
        } catch (IOException closed) {
            // the process ended
        }
    }

    /** Runs {@code tribune ARGS...} to its end; returns its exit code and everything it printed. */
    static Ran run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java());
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("tribune " + args + " still running after 5 minutes");
        }
        return new Ran(process.exitValue(), output);
    }

    record Ran(int exitCode, String output) {}

    private static List<String> java() {
        return List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m",
                "-jar",
                System.getProperty("tribune.jar"));
    }

    String url() {
        return url;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(20))
                .build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks for {@code path} until the answer satisfies {@code ready}; fails after {@code within}. */
    HttpResponse<String> await(String path, Predicate<HttpResponse<String>> ready, Duration within)
            throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (ready.test(last)) {
                return last;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("GET " + path + " not as awaited within " + within + "; last answer "
                + (last == null ? "none" : last.statusCode() + " " + last.body()) + "\nserver log:\n" + log());
    }

    /** SIGKILL: no shutdown hook, nothing flushed or committed by the server. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
