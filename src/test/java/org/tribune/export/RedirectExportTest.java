package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tribune.app.TestServer;
import org.tribune.importer.ImportProblem;
import org.tribune.importer.Importer;

/** The export writes the old addresses' redirects for static hosts: _redirects, nginx maps and refresh pages. */
class RedirectExportTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @TempDir
    static Path tempDir;

    @TempDir
    Path out;

    @BeforeAll
    static void importWordPress() throws IOException {
        Path file = tempDir.resolve("polylang.wxr.xml");
        try (InputStream in = RedirectExportTest.class.getResourceAsStream("/fixtures/wordpress/polylang.wxr.xml")) {
            Files.copy(in, file);
        }
        var problems = new ArrayList<ImportProblem>();
        new Importer(server.content()).importPaths(List.of(file), problems::add);
        assertThat(problems).isEmpty();
    }

    private ExportReport export(boolean full) {
        server.app().searchReady();
        return new StaticExport(server.app().site().pages(), server.content(), "https://journal.example", "test")
                .export(out, full);
    }

    @Test
    void every_redirect_is_written_for_netlify_nginx_and_as_a_refresh_page_where_a_folder_fits() throws IOException {
        export(true);

        String netlify = Files.readString(out.resolve("_redirects"));
        assertThat(netlify)
                .contains("/2022/03/04/washingtons-stagnant-north-korea-policy "
                        + "/en/articles/washingtons-stagnant-north-korea-policy 301\n")
                .contains("/zh/2022/03/04/%E5%8D%8E%E7%9B%9B%E9%A1%BF%E5%81%9C%E6%BB%9E%E7%9A%84%E6%9C%9D%E9%B2%9C"
                        + "%E6%94%BF%E7%AD%96 /zh-hans/articles/washingtons-stagnant-north-korea-policy 301\n")
                .contains("/ p=4 /en/articles/washingtons-stagnant-north-korea-policy 301\n");
        String nginx = Files.readString(out.resolve("redirects.nginx.map"), StandardCharsets.UTF_8);
        assertThat(nginx)
                .contains(
                        "\"/tw/2022/03/04/華盛頓停滯的朝鮮政策/\" \"/zh-hant/articles/washingtons-stagnant-north-korea-policy\";")
                .contains("\"/category/foreign-policy\" \"/en/topics/foreign-policy\";");
        assertThat(Files.readString(out.resolve("redirects-query.nginx.map")))
                .contains("\"/?p=5\" \"/zh-hans/articles/washingtons-stagnant-north-korea-policy\";");
        String page = Files.readString(out.resolve("tw/2022/03/04/華盛頓停滯的朝鮮政策/index.html"));
        assertThat(page)
                .contains("<meta http-equiv=\"refresh\" content=\"0; url=/zh-hant/articles/"
                        + "washingtons-stagnant-north-korea-policy\">")
                .contains("<link rel=\"canonical\" href=\"https://journal.example/zh-hant/articles/"
                        + "washingtons-stagnant-north-korea-policy\">");
        assertThat(out.resolve("category/foreign-policy/index.html")).exists();
    }

    @Test
    void a_deleted_redirect_loses_its_page_at_the_next_export_and_pages_of_the_site_are_never_overwritten()
            throws IOException {
        export(true);
        server.content().redirects().put("/en/articles/washingtons-stagnant-north-korea-policy", "/en/");
        server.content().redirects().remove("/author/liming");
        assertThat(out.resolve("author/liming/index.html")).exists();

        export(false);

        assertThat(out.resolve("author/liming/index.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("_redirects"))).doesNotContain("/author/liming ");
        assertThat(Files.readString(out.resolve("en/articles/washingtons-stagnant-north-korea-policy/index.html")))
                .doesNotContain("http-equiv=\"refresh\"");
        server.content().redirects().remove("/en/articles/washingtons-stagnant-north-korea-policy");
    }
}
