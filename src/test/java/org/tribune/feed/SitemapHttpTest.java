package org.tribune.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.app.TestServer;
import org.tribune.content.EditionInput;
import org.tribune.content.EditionStatus;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;
import org.tribune.content.Named;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Sitemaps and robots.txt through real HTTP, parsed as namespaced XML. */
class SitemapHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static String base;

    /** Around the fixed clock (2026-01-01T00:00:00Z): fresh, two days old, scheduled and draft pieces. */
    @BeforeAll
    static void newsAroundNow() {
        base = server.uri("").toString();
        save("fresh-news", Lang.EN, "Q&A: \"Fresh\" News", Fixtures.NOW.minus(Duration.ofHours(2)));
        save("fresh-news", Lang.ZH_HANS, "新鲜新闻", Fixtures.NOW.minus(Duration.ofHours(3)));
        save("stale-news", Lang.EN, "Stale News", Fixtures.NOW.minus(Duration.ofHours(49)));
        save("scheduled-piece", Lang.EN, "Scheduled", Fixtures.NOW.plus(Duration.ofDays(1)));
        save("draft-piece", Lang.EN, "Draft", null);
    }

    private static void save(String id, Lang lang, String title, Instant published) {
        server.content()
                .save(new EditionInput(
                        id,
                        lang,
                        title,
                        "",
                        "Body.",
                        published,
                        null,
                        List.of(new Named("night-desk", "Night Desk")),
                        List.of(new Named("news", "News"))));
    }

    private static Document xml(String path) {
        HttpResponse<byte[]> response = server.getBytes(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualToIgnoringCase("application/xml;charset=utf-8");
        return FeedWritersTest.dom(response.body());
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String child(Element parent, String ns, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** Every {@code <url>} of every language's sitemap, by its address: its alternates as "hreflang href". */
    private static Map<String, Set<String>> everyUrl() {
        Map<String, Set<String>> urls = new HashMap<>();
        for (Element sitemap : elements(xml("/sitemap.xml"), SitemapXml.SITEMAP_NS, "loc")) {
            String path = sitemap.getTextContent().substring(base.length());
            if (path.equals("/sitemaps/news.xml")) {
                continue;
            }
            for (Element url : elements(xml(path), SitemapXml.SITEMAP_NS, "url")) {
                Set<String> alternates = new LinkedHashSet<>();
                for (Element link : childLinks(url)) {
                    alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
                }
                assertThat(urls.put(child(url, SitemapXml.SITEMAP_NS, "loc"), alternates))
                        .as("listed once")
                        .isNull();
            }
        }
        return urls;
    }

    private static List<Element> childLinks(Element url) {
        NodeList nodes = url.getElementsByTagNameNS(SitemapXml.XHTML_NS, "link");
        List<Element> links = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            links.add((Element) nodes.item(i));
        }
        return links;
    }

    @Test
    void the_index_names_one_sitemap_per_language_and_the_news_sitemap() {
        Document index = xml("/sitemap.xml");

        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(elements(index, SitemapXml.SITEMAP_NS, "loc"))
                .extracting(Element::getTextContent)
                .containsExactly(
                        base + "/sitemaps/en.xml",
                        base + "/sitemaps/zh-hans.xml",
                        base + "/sitemaps/zh-hant.xml",
                        base + "/sitemaps/news.xml");
        assertThat(elements(index, SitemapXml.SITEMAP_NS, "lastmod"))
                .extracting(Element::getTextContent)
                .containsExactly("2025-12-31T22:00:00Z", "2025-12-31T21:00:00Z", "2025-12-31T21:00:00Z");
    }

    @Test
    void every_listed_address_answers_200() {
        for (String loc : everyUrl().keySet()) {
            assertThat(server.get(loc.substring(base.length())).statusCode())
                    .as("GET %s", loc)
                    .isEqualTo(200);
        }
    }

    @Test
    void hreflang_alternates_are_reciprocal_and_include_self_and_x_default() {
        Map<String, Set<String>> urls = everyUrl();

        urls.forEach((loc, alternates) -> {
            assertThat(alternates).as("alternates of %s", loc).anyMatch(a -> a.endsWith(" " + loc));
            assertThat(alternates)
                    .as("x-default of %s", loc)
                    .filteredOn(a -> a.startsWith("x-default "))
                    .hasSize(1);
            for (String alternate : alternates) {
                if (alternate.startsWith("x-default ")) {
                    continue;
                }
                String href = alternate.substring(alternate.indexOf(' ') + 1);
                assertThat(urls)
                        .as("%s names %s, which its sitemap must list", loc, href)
                        .containsKey(href);
                assertThat(urls.get(href))
                        .as("alternates of %s and of %s", href, loc)
                        .isEqualTo(alternates);
            }
        });
        assertThat(urls.get(base + "/zh-hant/articles/zh-only"))
                .containsExactly(
                        "zh-Hans " + base + "/zh-hans/articles/zh-only",
                        "zh-Hant " + base + "/zh-hant/articles/zh-only",
                        "x-default " + base + "/zh-hans/articles/zh-only");
        assertThat(urls.get(base + "/en/articles/english-only"))
                .containsExactly(
                        "en " + base + "/en/articles/english-only", "x-default " + base + "/en/articles/english-only");
    }

    @Test
    void only_published_editions_appear_with_home_topic_and_author_pages() {
        Set<String> urls = everyUrl().keySet();

        assertThat(urls)
                .contains(
                        base + "/en/",
                        base + "/zh-hant/",
                        base + "/en/topics/asia",
                        base + "/zh-hans/authors/li-wei",
                        base + "/en/articles/stale-news",
                        base + "/zh-hant/articles/fresh-news",
                        base + "/zh-hant/articles/trade-winds");
        assertThat(urls).noneMatch(url -> url.contains("scheduled-piece") || url.contains("draft-piece"));
        assertThat(urls).doesNotContain(base + "/zh-hans/articles/english-only", base + "/zh-hans/articles/stale-news");
        assertThat(urls).filteredOn(url -> url.contains("/articles/")).hasSize(3 + 3 + 1 + 2 + 11 + 3 + 1);
    }

    @Test
    void a_sitemap_served_before_a_change_shows_the_change_after_it() {
        String added = base + "/en/articles/late-addition";
        assertThat(everyUrl()).doesNotContainKey(added);

        save("late-addition", Lang.EN, "Late Addition", Fixtures.NOW.minus(Duration.ofDays(3)));
        try {
            assertThat(everyUrl()).containsKey(added);
        } finally {
            server.app()
                    .newsroom()
                    .changeStatus("late-addition", Lang.EN, EditionStatus.WITHDRAWN, null, "test", "withdraw");
        }
        assertThat(everyUrl()).doesNotContainKey(added);
    }

    @Test
    void lastmod_is_the_editions_last_change() {
        Document en = xml("/sitemaps/en.xml");
        Map<String, String> lastmods = new HashMap<>();
        for (Element url : elements(en, SitemapXml.SITEMAP_NS, "url")) {
            lastmods.put(child(url, SitemapXml.SITEMAP_NS, "loc"), child(url, SitemapXml.SITEMAP_NS, "lastmod"));
        }

        assertThat(lastmods.get(base + "/en/articles/alliance-drift")).isEqualTo("2022-03-09T10:00:00Z");
        assertThat(lastmods.get(base + "/en/articles/trade-winds")).isEqualTo("2022-05-10T00:00:00Z");
        assertThat(lastmods.get(base + "/en/")).isEqualTo("2025-12-31T22:00:00Z");
    }

    @Test
    void the_news_sitemap_lists_only_the_last_48_hours_in_each_language() {
        Document news = xml("/sitemaps/news.xml");
        List<String> entries = new ArrayList<>();
        for (Element url : elements(news, SitemapXml.SITEMAP_NS, "url")) {
            entries.add(String.join(
                    " | ",
                    child(url, SitemapXml.SITEMAP_NS, "loc"),
                    child(url, SitemapXml.NEWS_NS, "name"),
                    child(url, SitemapXml.NEWS_NS, "language"),
                    child(url, SitemapXml.NEWS_NS, "publication_date"),
                    child(url, SitemapXml.NEWS_NS, "title")));
        }

        assertThat(entries)
                .containsExactly(
                        base
                                + "/en/articles/fresh-news | The Tribune Review | en | 2025-12-31T22:00:00Z | Q&A: \"Fresh\" News",
                        base + "/zh-hans/articles/fresh-news | 论坛评论 | zh-cn | 2025-12-31T21:00:00Z | 新鲜新闻",
                        base + "/zh-hant/articles/fresh-news | 論壇評論 | zh-tw | 2025-12-31T21:00:00Z | 新鮮新聞");
    }

    @Test
    void every_sitemap_served_is_valid_by_the_sitemaps_org_schemas() {
        assertThat(SitemapSchemas.assertEverySitemapValid(server)).contains("/sitemaps/news.xml");
    }

    @Test
    void robots_txt_names_the_sitemap_index() {
        HttpResponse<String> robots = server.get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body())
                .startsWith("User-agent: *\n")
                .contains("Disallow: /admin/\n")
                .contains("\nSitemap: " + base + "/sitemap.xml\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/sitemaps/fr.xml",
                "/sitemaps/en-1.xml",
                "/sitemaps/en-2.xml",
                "/sitemaps/en-0.xml",
                "/sitemaps/en.txt",
                "/sitemaps/EN.xml",
                "/sitemaps/news",
                "/sitemaps/en-99999999.xml"
            })
    void unknown_sitemaps_are_404s(String path) {
        assertThat(server.get(path).statusCode()).as(path).isEqualTo(404);
    }
}
