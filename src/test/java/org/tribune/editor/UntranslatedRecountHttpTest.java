package org.tribune.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.auth.Role;
import org.tribune.content.Fixtures;

/**
 * Editions stored before untranslated blocks were counted (rows as the code of migration 11 left
 * them) get their counts when the application starts, without being saved again: the dashboard,
 * the editor, the API's refusal and the public page know them.
 */
class UntranslatedRecountHttpTest {
    private static final HttpClient BARE = HttpClient.newHttpClient();
    private static final String STORE = storeWrittenBeforeTheCount();

    @RegisterExtension
    static TestServer server = TestServer.withFixture(null).tuned(s -> s.withDatabaseUrl(STORE));

    @RegisterExtension
    static NewsroomStaff staff = new NewsroomStaff(server, STORE);

    /**
     * A store migrated to version 11 holding two articles written in English whose Simplified
     * editions left the second block in English: one a draft, one published.
     */
    private static String storeWrittenBeforeTheCount() {
        try {
            Path folder = Files.createTempDirectory("tribune-v11-store");
            folder.toFile().deleteOnExit();
            String url = "jdbc:sqlite:" + folder.resolve("old.db");
            Flyway.configure()
                    .dataSource(url, null, null)
                    .locations("classpath:db/migration")
                    .target("11")
                    .load()
                    .migrate();
            Jdbi.create(url).useHandle(h -> {
                long now = Fixtures.NOW.toEpochMilli();
                for (String[] a : new String[][] {{"old-harbour", "draft"}, {"old-strait", "published"}}) {
                    h.execute(
                            "insert into article (id, created_at, published_at, updated_at, source_lang)"
                                    + " values (?, ?, ?, ?, 'en')",
                            a[0],
                            now,
                            now,
                            now);
                    h.execute(
                            "insert into edition (article_id, lang, status, origin, published_at, updated_at,"
                                    + " source_hash, title, summary, body_markdown, body_html)"
                                    + " values (?, 'en', 'published', 'authored', ?, ?, 'hash-of-en', ?, '', ?, ?)",
                            a[0],
                            now,
                            now,
                            "Old " + a[0],
                            "The harbour was dredged.\n\nShips came back in spring.",
                            "<p>The harbour was dredged.</p>\n<p>Ships came back in spring.</p>\n");
                    h.execute(
                            "insert into edition (article_id, lang, status, origin, published_at, updated_at,"
                                    + " source_hash, title, summary, body_markdown, body_html, based_on_hash)"
                                    + " values (?, 'zh-Hans', ?, 'authored', ?, ?, 'hash-of-zh', '旧港', '', ?, ?,"
                                    + " 'hash-of-en')",
                            a[0],
                            a[1],
                            now,
                            now,
                            "港口疏浚了。\n\nShips came back in spring.",
                            "<p>港口疏浚了。</p>\n<p>Ships came back in spring.</p>\n");
                }
            });
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_dashboard_and_the_editor_show_the_untranslated_block_of_an_edition_never_saved_since() {
        var editor = staff.signIn(Role.EDITOR);
        Element cell = Jsoup.parse(editor.get("/admin?q=").body())
                .selectFirst("tr[data-article=old-harbour] td[data-lang=zh-Hans]");
        assertThat(cell).isNotNull();
        assertThat(cell.select(".gap-untranslated").text()).contains("1");
        assertThat(Jsoup.parse(editor.get("/admin/articles/old-harbour/zh-hans").body())
                        .select(".untranslated")
                        .text())
                .contains("2");
        assertThat(Jsoup.parse(editor.get("/admin?q=").body())
                        .select("tr[data-article=old-strait] td[data-lang=zh-Hans]")
                        .hasClass("partly-translated"))
                .isTrue();
    }

    @Test
    void the_api_refuses_to_publish_it_naming_the_block() {
        String token = staff.apiToken(Role.EDITOR);
        var request = HttpRequest.newBuilder(server.uri("/api/v1/articles/old-harbour/editions/zh-Hans/publish"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + token)
                .build();
        HttpResponse<String> refused;
        try {
            refused = BARE.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"untranslatedBlocks\":[2]");
    }

    @Test
    void the_public_page_marks_the_published_untranslated_block_as_english() {
        HttpResponse<String> page = server.get("/zh-hans/articles/old-strait");
        assertThat(page.statusCode()).isEqualTo(200);
        Element block = Jsoup.parse(page.body()).selectFirst("[lang=en]:containsOwn(Ships came back in spring.)");
        assertThat(block).isNotNull();
    }
}
