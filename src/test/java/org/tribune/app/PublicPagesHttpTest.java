package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.web.PageRoute;

/** The table of public pages, which the export renders without a server, is what the server answers. */
class PublicPagesHttpTest {
    /** Addresses the server answers per reader or for operators: never pages of the table, never exported. */
    private static final Set<String> SERVER_ONLY =
            Set.of("/", "/language", "/health", "/health/live", "/health/ready", "/metrics");

    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/articles/alliance-drift",
                "/zh-hant/",
                "/en/feed.xml",
                "/sitemap.xml",
                "/en/articles/no-such-article",
                "/xx/",
                "/en/topics/no-such-topic",
                "/robots.txt",
                "/zh-hans/feed.json",
                "/en/feed.rss",
                "/en/archive/",
                "/en/page/99",
                "/sitemaps/en.xml",
                "/zh-hans/search?q=%E5%90%8C%E7%9B%9F",
                "/en/articles/alliance-drift/parallel/zh-hans",
                "/en/articles/english-only/parallel/zh-hans"
            })
    void a_page_rendered_by_the_table_is_what_a_reader_gets_over_http(String path) {
        HttpResponse<byte[]> overHttp = server.getBytes(path);

        var rendered = server.app().site().pages().render(path);

        assertThat(rendered.isPresent()).as("rendered by the table").isEqualTo(overHttp.statusCode() == 200);
        rendered.ifPresent(page -> assertThat(page.body()).isEqualTo(overHttp.body()));
    }

    @Test
    void a_path_beyond_ascii_names_the_same_page_as_its_percent_encoded_form() {
        var pages = server.app().site().pages();

        assertThat(pages.render("/en/articles/同盟").isPresent())
                .isEqualTo(server.getBytes("/en/articles/%E5%90%8C%E7%9B%9F").statusCode() == 200);
        assertThat(pages.render("/zh-hans/topics/%E5%90%8C%E7%9B%9F")).isEqualTo(pages.render("/zh-hans/topics/同盟"));
    }

    @Test
    void every_public_page_the_server_answers_comes_from_the_table_and_every_page_of_the_table_is_served() {
        Set<String> served = server.app().routes().stream()
                .filter(route -> route.method().equals("GET"))
                .map(Route::path)
                .filter(path -> !path.startsWith("/admin") && !path.startsWith("/api/"))
                .filter(path -> !SERVER_ONLY.contains(path))
                .collect(Collectors.toSet());
        Set<String> table = server.app().site().pages().routes().stream()
                .map(PageRoute::pattern)
                .collect(Collectors.toSet());

        assertThat(table).isNotEmpty().isEqualTo(served);
    }

    @Test
    void the_server_answers_head_for_every_page_of_the_table() {
        Set<String> head = server.app().routes().stream()
                .filter(route -> route.method().equals("HEAD"))
                .map(Route::path)
                .collect(Collectors.toSet());

        assertThat(head)
                .containsAll(server.app().site().pages().routes().stream()
                        .map(PageRoute::pattern)
                        .toList());
    }
}
