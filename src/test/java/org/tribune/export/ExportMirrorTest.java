package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.app.TestServer;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.importer.Importer;

/** {@code serve --export-to}: the folder follows the site's changes without being asked. */
class ExportMirrorTest {
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @TempDir
    Path out;

    private static StaticExport exportOfServer() {
        return new StaticExport(
                server.app().site().pages(), server.content(), server.app().url(), "test");
    }

    private static void await(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN + ": " + what);
            }
            LockSupport.parkNanos(20_000_000L);
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return ""; // being replaced at this moment: read again
        }
    }

    @Test
    void the_folder_follows_edits_and_withdrawals() throws Exception {
        BlockingQueue<ExportReport> reports = new LinkedBlockingQueue<>();
        try (var mirror = ExportMirror.start(server.content(), server.app()::searchReady, exportOfServer(), out)) {
            mirror.onExported(reports::add);
            ExportReport first = reports.poll(WITHIN.toSeconds(), TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            Path article = out.resolve("en/articles/alliance-drift/index.html");
            assertThat(article).exists();
            assertThat(out.resolve(ManifestFile.NAME)).exists();

            var alliance =
                    server.app().newsroom().edition("alliance-drift", Lang.EN).orElseThrow();
            var report = new Importer(server.content())
                    .importJsonLines(
                            "edit.jsonl",
                            new ByteArrayInputStream("""
                    {"id": "alliance-drift", "lang": "en", "title": "Alliance Drift, Mirrored", "summary": "Why partners hedge.", \
                    "published": "2022-03-04T00:00:00Z", "authors": [{"key": "jane-doe", "name": "Jane Doe"}], \
                    "topics": [{"key": "security", "name": "Security"}, {"key": "asia", "name": "Asia"}], \
                    "body": "%s"}""".formatted(alliance.bodyMarkdown()
                                            .replace("\n", "\\n")
                                            .replace("\"", "\\\""))
                                    .getBytes(StandardCharsets.UTF_8)),
                            problem -> {
                                throw new IllegalStateException(problem.toString());
                            });
            assertThat(report.ok()).isTrue();
            await(
                    "the edited title in the exported article and home page",
                    () -> read(article).contains("Alliance Drift, Mirrored")
                            && read(out.resolve("en/index.html")).contains("Alliance Drift, Mirrored"));

            server.app()
                    .newsroom()
                    .changeStatus("trade-winds", Lang.EN, EditionStatus.WITHDRAWN, null, "test", "withdraw");
            await(
                    "the withdrawn article's file deleted",
                    () -> !Files.exists(out.resolve("en/articles/trade-winds/index.html")));
            assertThat(read(out.resolve("en/index.html"))).doesNotContain("/en/articles/trade-winds/");
        }
    }

    @Test
    void a_redirect_added_or_removed_in_the_newsroom_reaches_the_folder_without_waiting_for_a_content_change()
            throws Exception {
        BlockingQueue<ExportReport> reports = new LinkedBlockingQueue<>();
        try (var mirror = ExportMirror.start(server.content(), server.app()::searchReady, exportOfServer(), out)) {
            mirror.onExported(reports::add);
            assertThat(reports.poll(WITHIN.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            Path netlify = out.resolve("_redirects");
            Path nginx = out.resolve("redirects.nginx.map");
            Path refreshPage = out.resolve("2019/old-alliance/index.html");

            server.content().redirects().put("/2019/old-alliance/", "/en/articles/alliance-drift");
            await(
                    "the new redirect in _redirects, the nginx map and a refresh page",
                    () -> read(netlify).contains("/2019/old-alliance /en/articles/alliance-drift 301")
                            && read(nginx).contains("/2019/old-alliance")
                            && read(refreshPage).contains("/en/articles/alliance-drift"));

            server.content().redirects().remove("/2019/old-alliance/");
            await(
                    "the removed redirect gone from _redirects and its refresh page deleted",
                    () -> !read(netlify).contains("/2019/old-alliance") && !Files.exists(refreshPage));
        }
    }

    @Test
    void a_closed_mirror_exports_no_more() throws Exception {
        BlockingQueue<ExportReport> reports = new LinkedBlockingQueue<>();
        var mirror = ExportMirror.start(server.content(), server.app()::searchReady, exportOfServer(), out);
        mirror.onExported(reports::add);
        assertThat(reports.poll(WITHIN.toSeconds(), TimeUnit.SECONDS)).isNotNull();
        mirror.close();
        reports.clear();

        server.app()
                .newsroom()
                .changeStatus("trade-winds", Lang.EN, EditionStatus.PUBLISHED, null, "test", "publish again");
        mirror.requestExport();

        assertThat(reports.poll(3, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void a_stopped_export_leaves_no_manifest_and_the_next_export_is_whole() {
        StaticExport stopped = exportOfServer();
        stopped.stop();

        assertThatThrownBy(() -> stopped.export(out, false)).isInstanceOf(StaticExport.Stopped.class);
        assertThat(out.resolve(ManifestFile.NAME)).doesNotExist();
        assertThat(exportOfServer().export(out, false).incremental()).isFalse();
    }
}
