package org.tribune.app;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Debian's nginx as a child process of the test, not the system service: a prefix folder of its
 * own, the shipped site configuration with the test's nodes in its upstream block and a free
 * loopback port in its {@code listen} line, {@code daemon off} so that it ends with the test.
 */
final class NginxProcess implements AutoCloseable {
    private static final Pattern UPSTREAM =
            Pattern.compile("(upstream tribune_nodes \\{)(.*?)(\\n\\})", Pattern.DOTALL);
    private static final Pattern SERVER_LINE = Pattern.compile("(?m)^\\s*server 127\\.0\\.0\\.1:\\d+ (.*)$");
    private static final Pattern LISTEN = Pattern.compile("(?m)^(\\s*)listen 80;");

    private final Process process;
    private final int port;

    private NginxProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts nginx in front of the nodes listening on {@code nodePorts}, and returns once it listens. */
    static NginxProcess start(Path nginx, Path prefix, Path siteConfig, List<Integer> nodePorts) throws IOException {
        Files.createDirectories(prefix.resolve("temp"));
        // Worker processes run as nobody when nginx starts as root: they write their temp files here.
        prefix.resolve("temp").toFile().setWritable(true, false);
        int port = TribuneNode.freePort();
        Files.writeString(prefix.resolve("tribune.conf"), forTest(Files.readString(siteConfig), nodePorts, port));
        Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    include /etc/nginx/mime.types;
                    access_log off;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    include %1$s/tribune.conf;
                }
                """.formatted(prefix.toAbsolutePath()));
        Process process = new ProcessBuilder(
                        nginx.toString(), "-p", prefix.toAbsolutePath().toString(), "-c", "nginx.conf")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
        var started = new NginxProcess(process, port);
        started.awaitListening(prefix);
        return started;
    }

    /** The shipped configuration with these nodes and this port. */
    static String forTest(String config, List<Integer> nodePorts, int port) {
        Matcher upstream = UPSTREAM.matcher(config);
        if (!upstream.find()) {
            throw new IllegalStateException("no 'upstream tribune_nodes { … }' block in the nginx configuration");
        }
        Matcher serverLine = SERVER_LINE.matcher(upstream.group(2));
        if (!serverLine.find()) {
            throw new IllegalStateException("no 'server 127.0.0.1:PORT …' line in the upstream block");
        }
        String options = serverLine.group(1);
        String servers = nodePorts.stream()
                .map(p -> "    server 127.0.0.1:" + p + " " + options)
                .collect(Collectors.joining("\n"));
        String body = SERVER_LINE.matcher(upstream.group(2)).replaceAll("").replaceAll("\\n\\s*\\n", "\n");
        String replaced = config.substring(0, upstream.start())
                + upstream.group(1) + "\n" + servers + body + upstream.group(3)
                + config.substring(upstream.end());
        Matcher listen = LISTEN.matcher(replaced);
        if (!listen.find()) {
            throw new IllegalStateException("no 'listen 80;' line in the nginx configuration");
        }
        return listen.replaceFirst("$1listen 127.0.0.1:" + port + ";");
    }

    private void awaitListening(Path prefix) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("nginx.out"))
                        + (Files.exists(prefix.resolve("error.log"))
                                ? Files.readString(prefix.resolve("error.log"))
                                : ""));
            }
            try (var socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on port " + port + " within 10 s");
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
