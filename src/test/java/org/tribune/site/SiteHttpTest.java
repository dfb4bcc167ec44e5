package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.app.TestServer;

/** The public site through real HTTP: pages, links, languages, errors and caching headers. */
class SiteHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static Document page(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("text/html;charset=utf-8");
        return Jsoup.parse(response.body(), server.uri(path).toString());
    }

    @Test
    void an_article_page_shows_title_date_authors_topics_body_related_and_back_to_top() {
        Document en = page("/en/articles/alliance-drift");

        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Alliance Drift in the Pacific");
        assertThat(en.selectFirst("article time").text()).isEqualTo("Mar 04, 2022");
        assertThat(en.select(".byline a").eachText()).containsExactly("Jane Doe");
        assertThat(en.select(".byline a").attr("href")).isEqualTo("/en/authors/jane-doe");
        assertThat(en.select(".topics a").eachAttr("href")).containsExactly("/en/topics/security", "/en/topics/asia");
        assertThat(en.select(".article-body table td").eachText()).contains("2020", "5");
        assertThat(en.select(".article-body .footnotes li")).hasSize(1);
        assertThat(en.select("#related .teaser-title a").eachAttr("href"))
                .contains("/en/articles/trade-winds", "/en/articles/english-only")
                .allMatch(href -> href.startsWith("/en/"))
                .doesNotContain("/en/articles/alliance-drift");
        assertThat(en.select("a[href=#top]")).isNotEmpty();
        assertThat(en.getElementById("top")).isNotNull();
    }

    @Test
    void article_pages_carry_opengraph_twitter_and_news_article_metadata() throws Exception {
        Document doc = page("/zh-hans/articles/alliance-drift");
        String base = server.uri("").toString();

        assertThat(doc.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(doc.select("meta[property=og:title]").attr("content")).isEqualTo("太平洋同盟的漂移");
        assertThat(doc.select("meta[property=og:url]").attr("content"))
                .isEqualTo(base + "/zh-hans/articles/alliance-drift");
        assertThat(doc.select("meta[property=og:locale]").attr("content")).isEqualTo("zh_CN");
        assertThat(doc.select("meta[property=og:locale:alternate]").eachAttr("content"))
                .containsExactly("en_US", "zh_TW");
        assertThat(doc.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        var jsonLd = new ObjectMapper()
                .readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(jsonLd.get("headline").asText()).isEqualTo("太平洋同盟的漂移");
        assertThat(jsonLd.get("inLanguage").asText()).isEqualTo("zh-Hans");
        assertThat(jsonLd.get("datePublished").asText()).isEqualTo("2022-03-04T00:00:00Z");
        assertThat(jsonLd.get("author").get(0).get("name").asText()).isEqualTo("简·多伊");
        assertThat(jsonLd.get("publisher").get("name").asText()).isEqualTo("论坛评论");
        // The same page must always come out the same bytes (ETags, the static export): fields in a fixed order.
        assertThat(jsonLd.get("author").get(0).fieldNames()).toIterable().containsExactly("@type", "name", "url");
        assertThat(jsonLd.get("publisher").fieldNames()).toIterable().containsExactly("@type", "name");
        assertThat(page("/en/").select("meta[property=og:type], script[type=application/ld+json]"))
                .isEmpty();
    }

    @Test
    void chinese_editions_carry_their_language_and_chinese_dates() {
        Document hans = page("/zh-hans/articles/alliance-drift");
        Document hant = page("/zh-hant/articles/alliance-drift");

        assertThat(hans.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(hant.selectFirst("html").attr("lang")).isEqualTo("zh-Hant");
        assertThat(hans.selectFirst("article time").text()).isEqualTo("2022年3月4日");
        assertThat(hans.select(".byline a").eachText()).containsExactly("简·多伊");
        assertThat(hant.select(".byline a").eachText()).containsExactly("簡·多伊");
        assertThat(hans.selectFirst("#related h2").text()).isEqualTo("您可能还喜欢");
        assertThat(hans.select("#related .teaser-title a").eachAttr("href")).allMatch(h -> h.startsWith("/zh-hans/"));
    }

    @Test
    void canonical_and_hreflang_name_every_existing_edition_with_bcp47_codes_and_an_x_default() {
        Document doc = page("/zh-hans/articles/trade-winds");
        String base = server.uri("").toString();

        assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(base + "/zh-hans/articles/trade-winds");
        assertThat(doc.select("link[rel=alternate][hreflang]"))
                .extracting(e -> e.attr("hreflang") + " " + e.attr("href"))
                .containsExactly(
                        "en " + base + "/en/articles/trade-winds",
                        "zh-Hans " + base + "/zh-hans/articles/trade-winds",
                        "zh-Hant " + base + "/zh-hant/articles/trade-winds",
                        "x-default " + base + "/en/articles/trade-winds");
    }

    @Test
    void the_language_switch_marks_the_current_edition_and_never_links_a_missing_one() {
        List<Element> both = page("/en/articles/trade-winds").select(".language-switch li");
        List<Element> englishOnly = page("/en/articles/english-only").select(".language-switch li");

        assertThat(both).extracting(Element::text).containsExactly("English", "简体", "繁體");
        assertThat(both.get(0).selectFirst("[aria-current=page]")).isNotNull();
        assertThat(both.get(1).selectFirst("a").attr("href"))
                .isEqualTo("/language?to=%2Fzh-hans%2Farticles%2Ftrade-winds");
        assertThat(both.get(2).selectFirst("a").attr("href"))
                .isEqualTo("/language?to=%2Fzh-hant%2Farticles%2Ftrade-winds");
        assertThat(englishOnly.get(1).select("a")).isEmpty();
        assertThat(englishOnly.get(2).select("a")).isEmpty();
    }

    @Test
    void an_article_written_in_english_and_simplified_only_is_readable_in_traditional_with_a_note() {
        Document hant = page("/zh-hant/articles/trade-winds");

        assertThat(hant.selectFirst("h1").text()).isEqualTo("貿易風向");
        assertThat(hant.selectFirst(".article-body").text()).isEqualTo("供應鏈正在南移。");
        assertThat(hant.selectFirst(".conversion-note").text()).contains("自動轉換", "臺灣標準字形");
        assertThat(hant.select(".byline a").eachText()).containsExactly("李偉");
        assertThat(page("/zh-hant/articles/alliance-drift").select(".conversion-note"))
                .isEmpty();
    }

    @Test
    void every_internal_link_from_the_three_home_pages_answers_200() {
        HttpClient browser = server.newClient(HttpClient.Redirect.NORMAL);
        var queue = new ArrayDeque<>(List.of("/en/", "/zh-hans/", "/zh-hant/"));
        Set<String> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            HttpResponse<String> response = server.send(browser, path);
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (Element link : Jsoup.parse(response.body()).select("a[href^=/], link[rel=stylesheet]")) {
                String href = link.attr("href");
                if (seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        assertThat(seen)
                .contains(
                        "/en/articles/alliance-drift",
                        "/zh-hant/articles/alliance-drift",
                        "/en/page/2",
                        "/en/archive/",
                        "/en/archive/2022/03",
                        "/zh-hans/topics/trade",
                        "/en/authors/li-wei",
                        "/language?to=%2Fzh-hant%2Farticles%2Falliance-drift");
    }

    @Test
    void home_pages_list_newest_first_ten_per_page() {
        Document first = page("/en/");
        Document second = page("/en/page/2");

        assertThat(first.select(".listing .teaser")).hasSize(10);
        assertThat(first.select(".listing .teaser-title a").first().attr("href"))
                .isEqualTo("/en/articles/english-only");
        assertThat(first.select("a[rel=next]").attr("href")).isEqualTo("/en/page/2");
        assertThat(second.select(".listing .teaser")).hasSize(4);
        assertThat(second.select("a[rel=prev]").attr("href")).isEqualTo("/en/");
        assertThat(second.select(".language-switch a").eachAttr("href"))
                .containsExactly("/language?to=%2Fzh-hans%2F", "/language?to=%2Fzh-hant%2F");
        assertThat(second.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("en");
        assertThat(page("/zh-hant/").select(".listing .teaser-title a").eachAttr("href"))
                .containsExactly(
                        "/zh-hant/articles/zh-only",
                        "/zh-hant/articles/trade-winds",
                        "/zh-hant/articles/alliance-drift");
    }

    @Test
    void topic_author_and_archive_pages_list_their_articles_in_the_page_language() {
        assertThat(page("/zh-hans/topics/trade").select(".teaser-title a").eachAttr("href"))
                .containsExactly("/zh-hans/articles/zh-only", "/zh-hans/articles/trade-winds");
        assertThat(page("/en/authors/jane-doe").selectFirst("h1").text()).isEqualTo("Articles by Jane Doe");
        assertThat(page("/zh-hant/topics/asia").selectFirst("h1").text()).isEqualTo("主題：亞洲");
        assertThat(page("/en/archive/").select(".archive-months a").eachText()).contains("March 2022", "May 2022");
        assertThat(page("/zh-hans/archive/").select(".archive-months a").eachText())
                .contains("2022年3月");
        assertThat(page("/en/archive/2022/03").select(".teaser")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/articles/no-such-article",
                "/fr/",
                "/xx/articles/alliance-drift",
                "/en/page/0",
                "/en/page/1",
                "/en/page/-1",
                "/en/page/abc",
                "/en/page/99999999999999",
                "/en/page/3",
                "/en/topics/nope",
                "/en/topics/Bad%20Key",
                "/en/archive/2022/13",
                "/en/archive/22/01",
                "/en/articles/%E4%B8%AD%E6%96%87",
                "/en/articles/a%2Fb",
                "/en/articles/x%27%22%3Cscript%3E",
                "/zh-hant/articles/english-only",
                "/nothing/here/at/all"
            })
    void missing_pages_and_bad_addresses_are_404_pages_never_500(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).as(path).isIn(404, 400);
        assertThat(response.body())
                .doesNotContain("Exception", "at org.", "Caused by")
                .doesNotContain("<script>");
    }

    @Test
    void a_404_speaks_the_language_of_the_address_or_of_the_reader() {
        HttpResponse<String> hans = server.get("/zh-hans/articles/no-such-article");
        HttpResponse<String> unknownPrefix = server.get("/fr/whatever", "Accept-Language", "zh-TW");

        assertThat(hans.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(hans.body()).selectFirst("h1").text()).isEqualTo("找不到页面");
        assertThat(Jsoup.parse(hans.body()).selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(unknownPrefix.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(unknownPrefix.body()).selectFirst("h1").text()).isEqualTo("找不到頁面");
    }

    @Test
    void errors_are_problem_json_for_clients_that_ask_for_json() {
        HttpResponse<String> response = server.get("/en/articles/no-such-article", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void responses_carry_security_headers() {
        HttpResponse<String> response = server.get("/en/");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'")
                .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void the_health_check_answers_ok() {
        HttpResponse<String> response = server.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ok\"");
    }
}
