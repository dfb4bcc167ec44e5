package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.app.TestServer;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.importer.Importer;

/**
 * A second export into the same folder fetches only what can have changed, and ends with the same
 * files a full export would write (related-article blocks aside: those of pages not fetched again
 * are refreshed by a full export only).
 */
class IncrementalExportTest {
    private static final Pattern RELATED = Pattern.compile("(?s)<aside id=\"related\".*?</aside>");

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @TempDir
    Path out;

    @TempDir
    Path fresh;

    private static ExportReport export(Path into, boolean full) {
        server.app().searchReady();
        return new StaticExport(
                        server.app().site().pages(),
                        server.content(),
                        server.app().url(),
                        "test")
                .export(into, full);
    }

    private static void importLines(String... lines) {
        var report = new Importer(server.content())
                .importJsonLines(
                        "change.jsonl",
                        new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)),
                        problem -> {
                            throw new IllegalStateException(problem.toString());
                        });
        assertThat(report.ok()).isTrue();
    }

    /**
     * Every exported file but the manifest, gzipped copies read through, with related-article
     * blocks cut out of pages.
     */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(file).toString();
                if (!name.equals(ManifestFile.NAME)) {
                    byte[] bytes = Files.readAllBytes(file);
                    if (name.endsWith(".gz")) {
                        bytes = new GZIPInputStream(new ByteArrayInputStream(bytes)).readAllBytes();
                    }
                    files.put(
                            name,
                            RELATED.matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                                    .replaceAll(""));
                }
            }
        }
        return files;
    }

    /** A new English title for one article of the fixture, the rest of the edition as it is. */
    private static void retitleAllianceDrift(String title) {
        var alliance =
                server.app().newsroom().edition("alliance-drift", Lang.EN).orElseThrow();
        importLines("""
                {"id": "alliance-drift", "lang": "en", "title": "%s", "summary": "Why partners hedge.", \
                "published": "2022-03-04T00:00:00Z", "updated": "2022-07-01T00:00:00Z", "authors": [{"key": "jane-doe", "name": "Jane Doe"}], \
                "topics": [{"key": "security", "name": "Security"}, {"key": "asia", "name": "Asia"}], \
                "body": "%s"}""".formatted(
                        title, alliance.bodyMarkdown().replace("\n", "\\n").replace("\"", "\\\"")));
    }

    /** The folder holds what a full export writes, related-article blocks aside. */
    private void assertSameAsFullExport() throws IOException {
        export(fresh, true);
        Map<String, String> incremental = contents(out);
        Map<String, String> full = contents(fresh);
        assertThat(incremental.keySet()).isEqualTo(full.keySet());
        assertThat(full.keySet().stream().filter(file -> !full.get(file).equals(incremental.get(file))))
                .as("files that differ from a full export")
                .isEmpty();
    }

    @Test
    void an_unchanged_site_is_not_fetched_again() {
        ExportReport first = export(out, false);
        ExportReport second = export(out, false);

        assertThat(first.incremental()).isFalse();
        assertThat(second.incremental()).isTrue();
        // Only the news sitemap, which depends on the clock, is fetched again.
        assertThat(second.fetched()).isLessThanOrEqualTo(1);
        assertThat(second.written()).isZero();
        assertThat(second.deleted()).isZero();
        assertThat(export(out, true).incremental()).isFalse();
    }

    @Test
    void after_edits_additions_and_withdrawals_the_folder_equals_a_full_export() throws Exception {
        ExportReport first = export(out, false);

        importLines("""
                {"id": "harbour-lights", "lang": "en", "title": "Harbour Lights Go Dark", "summary": "Ports under strain.", \
                "published": "2022-05-01T00:00:00Z", "authors": [{"key": "jane-doe", "name": "Jane Doe"}], \
                "topics": [{"key": "security", "name": "Security"}], "body": "Ports are where trade meets security."}""");
        server.app().newsroom().changeStatus("trade-winds", Lang.EN, EditionStatus.WITHDRAWN, null, "test", "withdraw");
        ExportReport afterListingsMoved = export(out, false);
        assertThat(afterListingsMoved.incremental()).isTrue();
        assertThat(afterListingsMoved.fetched()).isLessThan(first.fetched());
        assertThat(out.resolve("en/articles/harbour-lights/index.html")).exists();
        assertThat(out.resolve("en/articles/trade-winds/index.html")).doesNotExist();

        retitleAllianceDrift("Alliance Drift, Revisited");
        ExportReport afterEdit = export(out, false);
        assertThat(afterEdit.fetched()).isLessThan(afterListingsMoved.fetched());
        assertThat(Files.readString(out.resolve("en/articles/alliance-drift/index.html")))
                .contains("Alliance Drift, Revisited");
        assertThat(Files.readString(out.resolve("en/index.html"))).contains("Alliance Drift, Revisited");
        assertThat(ManifestFile.load(out).orElseThrow().whole().size())
                .as("changes appended to the manifest")
                .isLessThan(Files.size(out.resolve(ManifestFile.NAME)));

        assertSameAsFullExport();
    }

    /**
     * The same export run after each edit (as a server keeping a folder in step does) keeps its
     * manifest and its index of links in memory and appends to the file: the folder ends as a full export's, the file
     * reads back as a later run needs it, and a file deleted by hand is written again by a run
     * that reads the manifest from the folder.
     */
    @Test
    void one_export_kept_across_edits_appends_to_its_manifest() throws Exception {
        var export = new StaticExport(
                server.app().site().pages(), server.content(), server.app().url(), "test");
        server.app().searchReady();
        export.export(out, false);
        export.prepareNext(); // as the server does: the edits' pages are then found through the index
        long whole = Files.size(out.resolve(ManifestFile.NAME));

        for (String title : List.of("Alliance Drift, Again", "Alliance Drift, Once More")) {
            retitleAllianceDrift(title);
            server.app().searchReady();
            ExportReport afterEdit = export.export(out, false);
            export.prepareNext();
            assertThat(afterEdit.incremental()).isTrue();
            assertThat(Files.readString(out.resolve("en/articles/alliance-drift/index.html")))
                    .contains(title);
        }
        assertThat(Files.size(out.resolve(ManifestFile.NAME)))
                .as("changes appended")
                .isGreaterThan(whole);

        Files.delete(out.resolve("en/articles/alliance-drift/index.html"));
        ExportReport fromTheFile = export(out, false);
        assertThat(fromTheFile.incremental()).isTrue();
        assertThat(fromTheFile.fetched()).isLessThanOrEqualTo(2); // the deleted page and the news sitemap
        assertThat(Files.readString(out.resolve("en/articles/alliance-drift/index.html")))
                .contains("Once More");

        assertSameAsFullExport();
    }

    /**
     * An export that fails half-way (a crash, simulated by a folder standing where the edited
     * article's page goes) leaves the manifest as it was and no partial file: the next export
     * fetches the edit's pages again and the folder ends as a full export's.
     */
    @Test
    void a_failed_export_leaves_the_manifest_as_before_and_the_next_one_redoes_its_pages() throws Exception {
        export(out, false);
        ExportManifest before = ManifestFile.read(out).orElseThrow();
        retitleAllianceDrift("Alliance Drift, Interrupted");
        Path page = out.resolve("en/articles/alliance-drift/index.html");
        Files.delete(page);
        Files.createDirectories(page.resolve("in-the-way"));

        assertThatThrownBy(() -> export(out, false)).isInstanceOf(RuntimeException.class);

        assertThat(ManifestFile.read(out)).hasValue(before);
        Files.delete(page.resolve("in-the-way"));
        Files.delete(page);
        ExportReport again = export(out, false);
        assertThat(again.incremental()).isTrue();
        assertThat(Files.readString(out.resolve("en/index.html"))).contains("Alliance Drift, Interrupted");
        assertSameAsFullExport();
    }

    @Test
    void a_damaged_manifest_means_a_full_export() throws Exception {
        export(out, false);
        Files.writeString(out.resolve(ManifestFile.NAME), "not a manifest");

        ExportReport again = export(out, false);

        assertThat(again.incremental()).isFalse();
        assertThat(again.written()).isZero();
        assertThat(ManifestFile.read(out)).isPresent();
    }
}
