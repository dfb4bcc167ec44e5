package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.auth.ApiTokenService;
import org.tribune.auth.Role;
import org.tribune.db.Database;
import org.tribune.db.SqliteBackup;

/**
 * {@code tribune backup} of a SQLite store while the server serves and editors keep writing,
 * then {@code tribune restore}: the restored database passes SQLite's integrity check and holds
 * every write acknowledged before the backup began, the media come along, and a server started on
 * the restored folder serves them.
 */
class BackupIT {
    @TempDir
    Path dir;

    @Test
    void a_backup_taken_during_writes_restores_every_write_acknowledged_before_it_began() throws Exception {
        Path data = dir.resolve("data");
        Path image = data.resolve("media").resolve("0123abcd.png");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Set<String> acknowledgedBeforeBackup;
        Path backup = dir.resolve("backups").resolve("tribune.zip");
        try (var server = ServerProcess.serve(dir.resolve("server.log"), List.of("--data", data.toString()))) {
            Files.createDirectories(image.getParent());
            Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
            String token;
            try (var db = Database.open("jdbc:sqlite:" + data.resolve("tribune.db"))) {
                token = new ApiTokenService(db, Clock.systemUTC()).create("backup-test", Role.EDITOR);
            }
            var stop = new AtomicBoolean();
            var writer = Thread.ofPlatform().start(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String id = "backup-" + i;
                    write(server, token, id);
                    acknowledged.add(id);
                }
            });
            awaitAcknowledged(acknowledged, 20);
            acknowledgedBeforeBackup = new HashSet<>(acknowledged);
            var ran = ServerProcess.run(List.of("backup", "--data", data.toString(), "--out", backup.toString()));
            int acknowledgedWhenBackupEnded = acknowledged.size();
            awaitAcknowledged(acknowledged, acknowledgedWhenBackupEnded + 5);
            stop.set(true);
            writer.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(ran.exitCode()).as(ran.output()).isZero();
            assertThat(ran.output()).contains("backup written to", "1 media files");
            assertThat(acknowledgedWhenBackupEnded)
                    .as("the server went on acknowledging writes during the backup")
                    .isGreaterThan(acknowledgedBeforeBackup.size());
        }

        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Files.writeString(restored.resolve("something.txt"), "already here");
        var refused = ServerProcess.run(List.of("restore", backup.toString(), "--data", restored.toString()));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.output()).contains("is not empty", "--force");
        var forced = ServerProcess.run(List.of("restore", backup.toString(), "--data", restored.toString(), "--force"));
        assertThat(forced.exitCode()).as(forced.output()).isZero();

        Path database = restored.resolve("tribune.db");
        assertThat(SqliteBackup.integrity(database)).isEqualTo("ok");
        assertThat(restored.resolve("media").resolve("0123abcd.png")).hasSameBinaryContentAs(image);
        Set<String> present;
        try (var db = Database.open("jdbc:sqlite:" + database)) {
            present = new HashSet<>(db.withHandle(h ->
                    h.createQuery("select id from article").mapTo(String.class).list()));
        }
        assertThat(present).containsAll(acknowledgedBeforeBackup);

        try (var server = ServerProcess.serve(dir.resolve("restored.log"), List.of("--data", restored.toString()))) {
            String last = acknowledgedBeforeBackup.stream()
                    .max((a, b) -> Integer.compare(number(a), number(b)))
                    .orElseThrow();
            assertThat(server.get("/api/v1/articles/" + last).statusCode()).isEqualTo(200);
            server.await(
                    "/en/search?q=" + last.replace("-", ""),
                    r -> r.body().contains("/en/articles/" + last + "\""),
                    Duration.ofMinutes(2));
        }
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring("backup-".length()));
    }

    private static void awaitAcknowledged(List<String> acknowledged, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acknowledged.size() + " writes acknowledged in 120 s");
            }
            Thread.sleep(5);
        }
    }

    private static void write(ServerProcess server, String token, String id) {
        String edition = """
                {"title": "Backup %s", "summary": "Written during a backup.", "body": "About %s.",
                 "authors": [{"key": "night-desk", "name": "Night Desk"}]}""".formatted(id, id.replace("-", ""));
        try {
            var put = server.send(request(server, "PUT", "/api/v1/articles/" + id + "/editions/en", token, edition));
            var publish = server.send(
                    request(server, "POST", "/api/v1/articles/" + id + "/editions/en/publish", token, null));
            if (put.statusCode() != 201 || publish.statusCode() != 200) {
                throw new AssertionError("writing " + id + ": " + put.statusCode() + ", " + publish.statusCode());
            }
        } catch (UncheckedIOException e) {
            throw new AssertionError("writing " + id, e);
        }
    }

    private static HttpRequest request(ServerProcess server, String method, String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(server.url() + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .build();
    }
}
