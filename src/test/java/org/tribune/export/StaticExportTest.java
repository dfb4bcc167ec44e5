package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.app.TestServer;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.Lang;
import org.tribune.media.StoredImage;
import org.tribune.media.TestImages;

/** The static export served by a plain static file server: every internal link resolves. */
class StaticExportTest {
    /** Pages name this server in absolute links (it has no public address set), so the export does too. */
    private static String base() {
        return server.app().url();
    }

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @TempDir
    Path out;

    private ExportReport export() {
        // As tribune export does: related articles come from a complete index, not the fallback.
        server.app().searchReady();
        return new StaticExport(server.app().site().pages(), server.content(), base(), "test").export(out, false);
    }

    /** Every internal address named by an exported page or sitemap. */
    private List<String> internalLinks() throws IOException {
        List<String> links = new ArrayList<>();
        try (var files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals(ManifestFile.NAME))
                    .filter(file -> !file.getFileName().toString().endsWith(".gz"))
                    .toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".html") && !name.endsWith(".xml")) {
                    continue; // links live in pages and sitemaps; other files may be binary (favicon.ico)
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (name.endsWith(".html")) {
                    Document doc = Jsoup.parse(text);
                    doc.select("a[href], link[href], img[src], script[src]")
                            .forEach(e -> links.add(e.hasAttr("href") ? e.attr("href") : e.attr("src")));
                } else if (name.endsWith(".xml")) {
                    Matcher m = LOC.matcher(text);
                    while (m.find()) {
                        links.add(m.group(1));
                    }
                }
            }
        }
        return links.stream()
                .map(l -> l.startsWith(base()) ? l.substring(base().length()) : l)
                .filter(l -> l.startsWith("/") && !l.startsWith("//"))
                .map(l -> l.contains("#") ? l.substring(0, l.indexOf('#')) : l)
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
    }

    private List<String> broken(List<String> links) throws Exception {
        HttpServer files = SimpleFileServer.createFileServer(
                new InetSocketAddress("127.0.0.1", 0), out, SimpleFileServer.OutputLevel.NONE);
        files.start();
        try {
            // A directory asked for without its slash is redirected to it, as any static server does.
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            List<String> broken = new ArrayList<>();
            for (String link : links) {
                URI uri = URI.create("http://127.0.0.1:" + files.getAddress().getPort() + link);
                int status = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != 200) {
                    broken.add(status + " " + link);
                }
            }
            return broken;
        } finally {
            files.stop(0);
        }
    }

    @Test
    void every_internal_link_in_the_export_resolves_on_a_plain_static_server() throws Exception {
        ExportReport report = export();

        assertThat(report.written()).isGreaterThan(20);
        assertThat(out.resolve("en/articles/alliance-drift/index.html")).exists();
        assertThat(out.resolve("zh-hant/index.html")).exists();
        assertThat(out.resolve("en/articles/alliance-drift/parallel/zh-hans/index.html"))
                .exists();
        assertThat(out.resolve("en/feed.xml")).exists();
        assertThat(out.resolve("sitemap.xml")).exists();
        assertThat(out.resolve("robots.txt")).exists();
        List<String> links = internalLinks();
        assertThat(links).contains("/zh-hans/articles/alliance-drift", "/en/");
        assertThat(links).noneMatch(l -> l.startsWith("/language"));
        assertThat(broken(links)).isEmpty();
        String article = Files.readString(out.resolve("en/articles/alliance-drift/index.html"));
        assertThat(article).contains("<link rel=\"canonical\" href=\"" + base() + "/en/articles/alliance-drift\">");
    }

    @Test
    void a_second_export_rewrites_nothing_unchanged_and_removes_what_was_withdrawn() throws Exception {
        export();
        assertThat(out.resolve("zh-hans/articles/trade-winds/parallel/en/index.html"))
                .exists();
        ExportReport again = export();
        assertThat(again.written()).isZero();
        assertThat(again.deleted()).isZero();

        server.app().newsroom().changeStatus("trade-winds", Lang.EN, EditionStatus.WITHDRAWN, null, "test", "withdraw");
        ExportReport after = export();

        assertThat(out.resolve("en/articles/trade-winds/index.html")).doesNotExist();
        assertThat(out.resolve("zh-hans/articles/trade-winds/index.html")).exists();
        assertThat(out.resolve("zh-hans/articles/trade-winds/parallel/en/index.html"))
                .as("no side-by-side reading without the English edition")
                .doesNotExist();
        assertThat(after.deleted()).isGreaterThanOrEqualTo(1);
        assertThat(after.written()).isPositive();
        assertThat(broken(internalLinks())).isEmpty();
        server.app().newsroom().changeStatus("trade-winds", Lang.EN, EditionStatus.PUBLISHED, null, "test", "publish");
    }

    @Test
    void every_text_file_has_a_gzipped_copy_of_its_bytes_and_nothing_else_has_one() throws Exception {
        ExportReport report = export();

        List<Path> files;
        try (var walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int originals = 0;
        int copies = 0;
        for (Path file : files) {
            String name = out.relativize(file).toString();
            Path copy = file.resolveSibling(file.getFileName() + ".gz");
            if (name.endsWith(".gz")) {
                copies++;
                assertThat(file.resolveSibling(name.substring(name.lastIndexOf('/') + 1, name.length() - 3)))
                        .as("the file of " + name)
                        .exists();
            } else if (ExportFolder.isText(name) && !name.equals(ManifestFile.NAME)) {
                originals++;
                assertThat(copy).as("gzipped copy of " + name).exists();
                try (var in = new GZIPInputStream(Files.newInputStream(copy))) {
                    assertThat(in.readAllBytes()).as(name + ".gz").isEqualTo(Files.readAllBytes(file));
                }
            } else {
                assertThat(copy).as("no copy of " + name).doesNotExist();
            }
        }
        assertThat(originals).isGreaterThan(20);
        assertThat(files).anyMatch(file -> file.toString().endsWith("/en/index.html.gz"));
        // Copies are neither pages nor counted as written.
        assertThat(report.written() + report.unchanged()).isEqualTo(files.size() - copies - 1); // 1: the manifest
        assertThat(ManifestFile.read(out).orElseThrow().pages().keySet())
                .isNotEmpty()
                .noneMatch(file -> file.endsWith(".gz"));
    }

    @Test
    void export_paths_map_addresses_to_the_files_that_serve_them() {
        assertThat(ExportPaths.fileFor("/en/")).isEqualTo("en/index.html");
        assertThat(ExportPaths.fileFor("/en/articles/x")).isEqualTo("en/articles/x/index.html");
        assertThat(ExportPaths.fileFor("/en/page/2")).isEqualTo("en/page/2/index.html");
        assertThat(ExportPaths.fileFor("/en/articles/caf%C3%A9?x=1")).isEqualTo("en/articles/café/index.html");
        assertThat(ExportPaths.fileFor("/en/feed.xml")).isEqualTo("en/feed.xml");
        assertThat(ExportPaths.fileFor("/assets/site.css?v=abc")).isEqualTo("assets/site.css");
        String base = "https://journal.example";
        assertThat(ExportPaths.internalPath("https://elsewhere.example/x", base))
                .isEmpty();
        assertThat(ExportPaths.internalPath(base + "/en/articles/x#top", base)).hasValue("/en/articles/x");
        assertThat(ExportPaths.internalPath("/en/search", base)).isEmpty();
        assertThat(ExportPaths.internalPath("/admin/login", base)).isEmpty();
        assertThat(ExportPaths.linksIn(("<a href=\"/en/?a=1&amp;b=2\">x</a><img src=\"/media/x.png\"><link href=\"\">"
                                + "<loc>https://j.example/en/</loc><link>https://j.example/en/articles/y</link>{\"url\": \"/en/z\"}")
                        .getBytes(StandardCharsets.UTF_8)))
                .containsExactlyInAnyOrder(
                        "/en/?a=1&b=2",
                        "/media/x.png",
                        "https://j.example/en/",
                        "https://j.example/en/articles/y",
                        "/en/z");
        assertThat(ExportPathsTest.rewritten("<a href=\"/language?to=%2Fzh-hans%2Farticles%2Fx\">"))
                .isEqualTo("<a href=\"/zh-hans/articles/x\">");
    }

    @Test
    void an_article_image_is_exported_with_every_copy_its_srcset_lists() throws IOException {
        StoredImage image = server.app().services().media().store(TestImages.jpeg(1000, 500), "port.jpg", "mei");
        server.content()
                .setArticleImage("trade-winds", ArticleImageInput.in(Lang.EN, image.fileName(), "A port", null, null));

        export();

        Document page = Jsoup.parse(Files.readString(out.resolve("en/articles/trade-winds/index.html")));
        String srcset = page.selectFirst("figure.article-image img").attr("srcset");
        assertThat(srcset.split(",\\s*")).hasSize(4).allSatisfy(candidate -> assertThat(
                        out.resolve(candidate.split(" ")[0].substring(1)))
                .isRegularFile());
    }
}
