package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.app.TestServer;
import org.tribune.content.EditionInput;
import org.tribune.content.GlossaryEntry;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.tribune.search.SearchFilter;

/** The search page through real HTTP: results, highlighting, no results, and input that must not break it. */
class SearchHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @BeforeAll
    static void indexed() {
        awaitResults("/en/search?q=promise", Duration.ofSeconds(10));
    }

    private static String search(String lang, String q) {
        return "/" + lang + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static void awaitResults(String path, Duration within) {
        server.await(
                path,
                response -> response.statusCode() == 200
                        && !Jsoup.parse(response.body())
                                .select(".search-results .teaser")
                                .isEmpty(),
                within);
    }

    private static Document page(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return Jsoup.parse(response.body(), server.uri("/").toString());
    }

    private static void harbourPiece(String id, String year, String topic, String author) {
        server.content()
                .save(new EditionInput(
                        id,
                        Lang.EN,
                        "Harbour note " + id,
                        "",
                        "The harbour " + id + ".",
                        Instant.parse(year + "-05-01T00:00:00Z"),
                        null,
                        List.of(new Named(author, author.toUpperCase())),
                        List.of(new Named(topic, topic.toUpperCase()))));
    }

    private static List<String> found(String path) {
        return page(path).select(".search-results .teaser-title a").eachAttr("href").stream()
                .map(href -> href.substring(href.lastIndexOf('/') + 1))
                .sorted()
                .toList();
    }

    @Test
    void results_narrow_to_a_topic_an_author_and_a_year_and_the_form_keeps_the_choice() {
        harbourPiece("harbour-a", "2023", "ports", "ann-lee");
        harbourPiece("harbour-b", "2024", "ports", "bo-chen");
        harbourPiece("harbour-c", "2024", "energy", "ann-lee");
        server.await(
                "/en/search?q=harbour",
                r -> Jsoup.parse(r.body()).select(".search-results .teaser").size() == 3,
                Duration.ofSeconds(10));

        assertThat(found("/en/search?q=harbour&topic=ports")).containsExactly("harbour-a", "harbour-b");
        assertThat(found("/en/search?q=harbour&author=ann-lee")).containsExactly("harbour-a", "harbour-c");
        assertThat(found("/en/search?q=harbour&year=2024")).containsExactly("harbour-b", "harbour-c");
        assertThat(found("/en/search?q=harbour&topic=ports&year=2024")).containsExactly("harbour-b");
        assertThat(found("/en/search?q=harbour&year=nonsense&topic=Not%20A%20Key"))
                .as("odd filters are dropped")
                .containsExactly("harbour-a", "harbour-b", "harbour-c");

        Document narrowed = page("/en/search?q=harbour&topic=ports&year=2024");
        assertThat(narrowed.selectFirst("#search-topic option[selected]").val()).isEqualTo("ports");
        assertThat(narrowed.selectFirst("#search-topic option[selected]").text())
                .isEqualTo("PORTS");
        assertThat(narrowed.selectFirst("#search-year option[selected]").val()).isEqualTo("2024");
        assertThat(narrowed.select("#search-author option[selected]")).isEmpty();
        assertThat(narrowed.selectFirst(".search-filters-clear").attr("href")).isEqualTo("/en/search?q=harbour");
        assertThat(page("/en/search?q=harbour").select(".search-filters-clear")).isEmpty();
    }

    @Test
    void the_filter_lists_follow_new_topics_escape_names_and_select_only_a_known_choice() {
        page("/en/search?q=harbour&topic=quays"); // the lists as they are now, kept for this generation
        server.content()
                .save(new EditionInput(
                        "harbour-quays",
                        Lang.EN,
                        "Harbour note quays",
                        "",
                        "The quays.",
                        Instant.parse("2022-05-01T00:00:00Z"),
                        null,
                        List.of(new Named("dock-writer", "Dock & Co's \"Writer\"")),
                        List.of(new Named("quays", "Quays & Piers"))));
        String topicName = server.content().topic("quays").orElseThrow().nameIn(Lang.EN);
        String authorName = server.content().author("dock-writer").orElseThrow().nameIn(Lang.EN);

        Document chosen = page("/en/search?q=harbour&topic=quays&author=no-such-author");
        assertThat(chosen.select("#search-topic option[selected]"))
                .extracting(e -> e.val())
                .containsExactly("quays");
        assertThat(chosen.selectFirst("#search-topic option[value=quays]").text())
                .isEqualTo(topicName);
        assertThat(chosen.selectFirst("#search-author option[value=dock-writer]")
                        .text())
                .isEqualTo(authorName);
        assertThat(chosen.select("#search-author option[selected]")).isEmpty();
        assertThat(server.get("/en/search?q=harbour").body()).contains(">Quays &amp; Piers</option>");
        assertThat(page("/en/search?q=harbour").select("#search-topic option[selected]"))
                .isEmpty();
    }

    @Test
    void a_search_that_finds_nothing_here_points_to_the_languages_where_it_finds_something() {
        Document english = page(search("en", "伙伴"));
        assertThat(english.select(".search-results .teaser")).isEmpty();
        assertThat(english.select(".search-elsewhere a"))
                .extracting(e -> e.attr("href"))
                .containsExactly(search("zh-hans", "伙伴"), search("zh-hant", "伙伴"));
        assertThat(english.selectFirst(".search-elsewhere a").text()).isEqualTo("1 result in 简体");

        Document hans = page(search("zh-hans", "hedge"));
        assertThat(hans.select(".search-elsewhere a"))
                .extracting(e -> e.attr("href"))
                .containsExactly(search("en", "hedge"));
        assertThat(page(search("en", "zzzzqqq")).select(".search-elsewhere")).isEmpty();
    }

    @Test
    void further_result_pages_keep_the_filters() {
        assertThat(SearchPages.searchPath(Lang.EN, "trade winds", 2, SearchFilter.of("ports", null, "2024")))
                .isEqualTo("/en/search?q=trade+winds&page=2&topic=ports&year=2024");
    }

    @Test
    void english_search_finds_stemmed_words_and_marks_them() {
        Document doc = page(search("en", "promise"));
        assertThat(doc.select(".search-results .teaser-title a").eachAttr("href"))
                .containsExactly("/en/articles/alliance-drift");
        assertThat(doc.select(".search-snippet mark").eachText()).contains("promises");
        assertThat(doc.selectFirst(".listing-count").text()).isEqualTo("1 result");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Results for \u201cpromise\u201d");
        assertThat(doc.selectFirst("#search-q").attr("value")).isEqualTo("promise");
    }

    @Test
    void simplified_and_traditional_queries_find_the_edition_of_the_sites_language() {
        for (String q : List.of("伙伴", "夥伴")) {
            Document hant = page(search("zh-hant", q));
            assertThat(hant.select(".search-results .teaser-title a").eachAttr("href"))
                    .containsExactly("/zh-hant/articles/alliance-drift");
            assertThat(hant.select(".search-snippet mark").eachText()).containsOnly("夥伴");
            Document hans = page(search("zh-hans", q));
            assertThat(hans.select(".search-results .teaser-title a").eachAttr("href"))
                    .containsExactly("/zh-hans/articles/alliance-drift");
        }
    }

    @Test
    void a_query_without_matches_gets_a_clear_no_results_page() {
        Document doc = page(search("en", "zeppelin"));
        assertThat(doc.select(".search-results .teaser")).isEmpty();
        assertThat(doc.selectFirst(".search-none").text()).contains("No articles match \u201czeppelin\u201d");
        assertThat(doc.selectFirst(".listing-count").text()).isEqualTo("No results");
    }

    @Test
    void an_empty_query_shows_the_form_and_a_prompt() {
        Document doc = page("/zh-hans/search");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("搜索");
        assertThat(doc.select(".search-prompt")).hasSize(1);
        assertThat(doc.select(".search-none")).isEmpty();
    }

    @Test
    void every_page_carries_a_search_box_in_its_language() {
        for (String path : List.of("/en/", "/zh-hant/articles/alliance-drift", "/zh-hans/archive/")) {
            Document doc = page(path);
            var form = doc.selectFirst("header form[role=search]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.attr("action")).isEqualTo(path.substring(0, path.indexOf('/', 1)) + "/search");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.select("input[name=q]")).hasSize(1);
        }
    }

    @Test
    void a_new_edition_is_found_while_the_server_runs() {
        Instant at = Instant.parse("2022-07-01T00:00:00Z");
        server.content()
                .save(new EditionInput(
                        "missile-note",
                        Lang.EN,
                        "Missile tests",
                        "On the Hwasong-12.",
                        "Another test of the Hwasong-12.",
                        at,
                        at,
                        List.of(new Named("jane-doe", "Jane Doe")),
                        List.of()));
        // The time it takes is a benchmark figure (bench/README.md); the wait is generous because
        // tests share the machine.
        awaitResults(search("en", "missiles hwasong-12"), Duration.ofSeconds(10));
    }

    @Test
    void a_derived_edition_derived_again_by_a_glossary_change_is_searchable_by_its_new_text() {
        Instant at = Instant.parse("2022-08-01T00:00:00Z");
        server.content()
                .save(new EditionInput(
                        "tariff-note",
                        Lang.ZH_HANS,
                        "特朗普的关税",
                        "",
                        "特朗普宣布新关税。",
                        at,
                        at,
                        List.of(new Named("li-wei", "李伟")),
                        List.of()));
        awaitResults(search("zh-hant", "關稅"), Duration.ofSeconds(2));

        server.app().services().glossary().put(new GlossaryEntry("特朗普", "川普", "all"));

        awaitResults(search("zh-hant", "川普"), Duration.ofSeconds(2));
    }

    @Test
    void a_cached_result_page_gives_way_once_the_index_has_caught_up() {
        String path = search("en", "zeppelinology");
        assertThat(page(path).select(".search-results .teaser")).isEmpty();
        assertThat(page(path).select(".search-results .teaser")).isEmpty();

        Instant at = Instant.parse("2022-09-01T00:00:00Z");
        server.content()
                .save(new EditionInput(
                        "airship-note",
                        Lang.EN,
                        "Zeppelinology",
                        "Airships.",
                        "On airships.",
                        at,
                        at,
                        List.of(new Named("jane-doe", "Jane Doe")),
                        List.of()));

        awaitResults(path, Duration.ofSeconds(2));
    }

    @Test
    void results_are_not_cached_across_queries() {
        assertThat(page(search("en", "supply")).select(".search-results .teaser"))
                .isNotEmpty();
        assertThat(page(search("en", "zeppelin")).select(".search-results .teaser"))
                .isEmpty();
        assertThat(page(search("en", "supply")).select(".search-results .teaser"))
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\"",
                "\"unbalanced",
                "AND",
                "OR NOT",
                "NOT",
                "*",
                "?",
                "~",
                "promise~2",
                "(((",
                ")",
                "+-&&||!",
                "title:promise",
                "[a TO z]",
                "{}",
                "\\",
                "/",
                "\u0000\u0007promise\u001b",
                "<script>alert(1)</script>",
                "' OR 1=1 --",
                "%",
                "%00",
                "😀",
                "\uFEFF",
                "ｐｒｏｍｉｓｅ"
            })
    void nasty_queries_get_a_normal_page(String q) {
        for (String lang : List.of("en", "zh-hans", "zh-hant")) {
            HttpResponse<String> response = server.get(search(lang, q));
            assertThat(response.statusCode()).as("%s %s", lang, q).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/html");
            assertThat(response.body()).doesNotContain("Exception", "<script>alert", "at org.");
        }
    }

    @Test
    void long_queries_are_cut_and_absurd_ones_refused() {
        assertThat(server.get(search("en", "promise ".repeat(100))).statusCode())
                .isEqualTo(200);
        HttpResponse<String> absurd = server.get(search("en", "x".repeat(5_000)));
        assertThat(absurd.statusCode()).isEqualTo(400);
        assertThat(absurd.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    }

    @Test
    void bad_page_numbers_are_not_errors_of_the_server() {
        assertThat(server.get(search("en", "promise") + "&page=abc").statusCode())
                .isEqualTo(400);
        assertThat(server.get(search("en", "promise") + "&page=0").statusCode()).isEqualTo(400);
        assertThat(server.get(search("en", "promise") + "&page=7").statusCode()).isEqualTo(404);
        assertThat(server.get(search("en", "promise") + "&page=99999999999").statusCode())
                .isEqualTo(400);
    }

    @Test
    void malformed_percent_encoding_is_not_a_server_error() throws IOException {
        var uri = server.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /en/search?q=%ZZ%E4 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).matches("HTTP/1\\.1 (200|400)");
        }
    }
}
