package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tribune.app.TestServer;

/** What readers and crawlers see on every kind of public page, in each language (issue 19). */
class ReaderPagesHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static Document page(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body(), server.uri(path).toString());
    }

    /** Every kind of listing and the search page, in each language. */
    static Stream<String> listings() {
        List<String> paths = new ArrayList<>();
        for (String lang : List.of("en", "zh-hans", "zh-hant")) {
            String word = lang.equals("en") ? "partners" : "同盟";
            paths.addAll(List.of(
                    "/" + lang + "/",
                    "/" + lang + "/topics/asia",
                    "/" + lang + "/authors/jane-doe",
                    "/" + lang + "/archive/",
                    "/" + lang + "/archive/2022/03",
                    "/" + lang + "/search",
                    "/" + lang + "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)));
        }
        return paths.stream();
    }

    static Stream<String> everyKindOfPage() {
        return Stream.concat(
                listings(),
                Stream.of(
                        "/en/articles/english-only",
                        "/zh-hans/articles/alliance-drift",
                        "/zh-hant/articles/alliance-drift",
                        "/en/page/2"));
    }

    @ParameterizedTest
    @MethodSource("listings")
    void headings_start_at_one_h1_and_never_skip_a_level(String path) {
        List<Integer> levels = page(path).select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1)))
                .toList();

        assertThat(levels).as(path).isNotEmpty().startsWith(1);
        assertThat(levels.stream().filter(level -> level == 1)).as(path).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i))
                    .as("%s: heading %d after h%d", path, i, levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("everyKindOfPage")
    void every_page_has_one_labelled_search_landmark_a_description_and_a_favicon(String path) {
        Document doc = page(path);

        var landmarks = doc.select("[role=search], search");
        assertThat(landmarks).as(path).hasSize(1);
        Element landmark = landmarks.first();
        String label = landmark.hasAttr("aria-labelledby")
                ? doc.getElementById(landmark.attr("aria-labelledby")).text()
                : landmark.attr("aria-label");
        assertThat(label).as(path).isNotBlank();
        assertThat(doc.select("meta[name=description]").attr("content"))
                .as(path)
                .isNotBlank();
        assertThat(doc.select("link[rel=icon][type=image/svg+xml]").attr("href"))
                .as(path)
                .startsWith("/");
        assertThat(doc.select("link[rel=icon][href=/favicon.ico]")).as(path).hasSize(1);
    }

    @Test
    void the_favicons_are_served() {
        HttpResponse<byte[]> ico = server.getBytes("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(ico.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/x-icon");
        // An ICO header (reserved 0, type 1, one image) whose image is a PNG.
        assertThat(ico.body()).startsWith(0, 0, 1, 0, 1, 0);
        assertThat(new String(ico.body(), 22 + 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        String svgPath =
                page("/en/").select("link[rel=icon][type=image/svg+xml]").attr("href");
        HttpResponse<String> svg = server.get(svgPath);
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg");
    }

    @Test
    void the_home_page_describes_the_journal_and_listings_what_they_list() {
        assertThat(page("/en/").select("meta[name=description]").attr("content"))
                .isEqualTo("Commentary on foreign policy, in English and Chinese");
        assertThat(page("/zh-hans/").select("meta[name=description]").attr("content"))
                .isEqualTo("外交政策评论，中英文同步刊出");
        assertThat(page("/en/topics/asia").select("meta[name=description]").attr("content"))
                .contains("Asia");
        assertThat(page("/zh-hans/authors/jane-doe")
                        .select("meta[name=description]")
                        .attr("content"))
                .contains("简·多伊");
        assertThat(page("/en/archive/2022/03").select("meta[name=description]").attr("content"))
                .contains("March 2022");
    }

    @Test
    void co_authors_are_joined_as_the_language_joins_a_list_and_stay_links() {
        Element byline = page("/en/articles/english-only").selectFirst(".byline");
        assertThat(byline.text()).isEqualTo("By Jane Doe and Li Wei");
        assertThat(byline.select("a").eachAttr("href")).containsExactly("/en/authors/jane-doe", "/en/authors/li-wei");

        Element teaser = page("/en/authors/li-wei").select(".teaser").stream()
                .filter(t -> t.select("a").attr("href").equals("/en/articles/english-only"))
                .findFirst()
                .orElseThrow();
        assertThat(teaser.selectFirst(".teaser-meta").text()).endsWith("By Jane Doe and Li Wei");
        assertThat(teaser.select(".teaser-meta a")).hasSize(2);
    }

    @Test
    void archive_counts_use_numerals_and_the_plural_forms_of_each_language() {
        List<String> en = page("/en/archive/").select(".archive-months .count").eachText();
        assertThat(en).contains("1 article").allMatch(count -> count.matches("1 article|[0-9]+ articles"));
        assertThat(en.stream().filter(count -> count.matches("1 articles|[02-9][0-9]* article")))
                .isEmpty();
        assertThat(page("/zh-hant/archive/").select(".archive-months .count").eachText())
                .isNotEmpty()
                .allMatch(count -> count.matches("[0-9]+ 篇"));
        assertThat(page("/en/topics/asia").selectFirst(".listing-count").text()).isEqualTo("2 articles");
        assertThat(page("/en/archive/2021/02").selectFirst(".listing-count").text())
                .isEqualTo("1 article");
    }

    @Test
    void an_article_has_one_back_to_top_a_lead_and_a_truthful_footer() {
        for (String path : List.of("/en/articles/alliance-drift", "/zh-hans/articles/alliance-drift")) {
            Document doc = page(path);
            assertThat(doc.select("a[href=#top]")).as(path).hasSize(1);
            assertThat(doc.select(".article-header .lead").text())
                    .as(path)
                    .isEqualTo(path.startsWith("/en") ? "Why partners hedge." : "伙伴为何两面下注。");
        }
        assertThat(page("/en/articles/english-only").selectFirst("footer").text())
                .doesNotContain("every article");
        assertThat(page("/zh-hans/articles/zh-only").selectFirst("footer").text())
                .doesNotContain("每篇");
        assertThat(page("/zh-hant/articles/alliance-drift")
                        .selectFirst("footer")
                        .text())
                .doesNotContain("每篇");
    }

    @Test
    void the_search_page_puts_its_heading_first_then_a_labelled_form() {
        Document doc = page("/zh-hans/search?q=" + URLEncoder.encode("同盟", StandardCharsets.UTF_8));
        Element main = doc.getElementById("main");

        assertThat(main.child(0).tagName()).isEqualTo("h1");
        assertThat(main.child(1).is("form[role=search]")).isTrue();
        for (Element field : main.select("form select, form input[type=search]")) {
            assertThat(doc.select("label[for=" + field.id() + "]").text())
                    .as(field.id())
                    .isNotBlank();
        }
        assertThat(doc.select("header [role=search]")).isEmpty();
    }

    @Test
    void the_language_switch_on_results_keeps_the_search() {
        Document doc = page("/en/search?q=subsidy&topic=trade");
        String href = doc.select(".language-switch a[hreflang=zh-Hans]").attr("href");

        assertThat(href).startsWith("/language?to=");
        HttpResponse<String> chosen = server.get(href);
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location").orElseThrow())
                .isEqualTo("/zh-hans/search?q=subsidy&topic=trade");
    }

    @Test
    void search_results_show_their_authors_and_date() {
        Element result = page("/en/search?q=partners").selectFirst(".search-results .teaser");

        assertThat(result.select(".teaser-meta time").attr("datetime")).isEqualTo("2022-03-04T00:00:00Z");
        assertThat(result.select(".teaser-meta a").eachAttr("href")).containsExactly("/en/authors/jane-doe");
        assertThat(result.selectFirst(".teaser-meta").text()).contains("By Jane Doe");
    }
}
