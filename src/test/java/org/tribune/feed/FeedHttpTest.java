package org.tribune.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tribune.app.TestServer;
import org.tribune.content.Fixtures;
import org.tribune.content.Lang;

/** Feeds through real HTTP, read back with Rome and Jackson. */
class FeedHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static String base;

    /** Ten older English pieces make the English feed longer than it may show. */
    @BeforeAll
    static void moreThanAFeedHolds() {
        base = server.uri("").toString();
        for (int i = 10; i < 20; i++) {
            server.content()
                    .save(Fixtures.edition(
                            "archive-" + i,
                            Lang.EN,
                            "Archive " + i,
                            "2020-01-" + i + "T00:00:00Z",
                            List.of("history"),
                            List.of("archivist")));
        }
    }

    private static byte[] fetch(String path, String contentType) {
        HttpResponse<byte[]> response = server.getBytes(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .as("content type of %s", path)
                .isEqualToIgnoringCase(contentType + ";charset=utf-8");
        return response.body();
    }

    private static SyndFeed xmlFeed(String path, String contentType) {
        return FeedWritersTest.parse(fetch(path, contentType));
    }

    private static JsonNode jsonFeed(String path) throws IOException {
        return new ObjectMapper().readTree(fetch(path, "application/feed+json"));
    }

    @Test
    void the_english_atom_feed_holds_the_latest_twenty_editions_newest_first_with_dates_and_authors() {
        SyndFeed atom = xmlFeed("/en/feed.xml", "application/atom+xml");

        assertThat(atom.getTitle()).isEqualTo("The Tribune Review");
        assertThat(atom.getLinks())
                .extracting(SyndLink::getRel, SyndLink::getHref)
                .containsExactly(tuple("alternate", base + "/en/"), tuple("self", base + "/en/feed.xml"));
        assertThat(atom.getEntries()).hasSize(20);
        assertThat(atom.getEntries())
                .extracting(SyndEntry::getLink)
                .startsWith(
                        base + "/en/articles/english-only",
                        base + "/en/articles/trade-winds",
                        base + "/en/articles/alliance-drift");
        SyndEntry drift = atom.getEntries().get(2);
        assertThat(drift.getTitle()).isEqualTo("Alliance Drift in the Pacific");
        assertThat(drift.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2022-03-04T00:00:00Z")));
        assertThat(drift.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2022-03-09T10:00:00Z")));
        assertThat(drift.getAuthors())
                .extracting(SyndPerson::getName, SyndPerson::getUri)
                .containsExactly(tuple("Jane Doe", base + "/en/authors/jane-doe"));
        assertThat(drift.getCategories()).extracting(SyndCategory::getName).containsExactly("security", "asia");
        assertThat(drift.getDescription().getValue()).isEqualTo("Why partners hedge.");
        assertThat(drift.getContents()).as("summaries only by default").isEmpty();
        assertThat(atom.getPublishedDate())
                .as("the feed's <updated>")
                .isEqualTo(Date.from(Instant.parse("2022-06-01T00:00:00Z")));
    }

    @Test
    void atom_feeds_carry_their_language() {
        for (Lang lang : Lang.values()) {
            var xml = FeedWritersTest.dom(fetch("/" + lang.pathSegment() + "/feed.xml", "application/atom+xml"));
            assertThat(xml.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                    .isEqualTo(lang.tag());
        }
    }

    @Test
    void the_traditional_rss_feed_holds_its_own_and_derived_editions_in_traditional_chinese() {
        SyndFeed rss = xmlFeed("/zh-hant/feed.rss", "application/rss+xml");

        assertThat(rss.getLanguage()).isEqualTo("zh-Hant");
        assertThat(rss.getTitle()).isEqualTo("論壇評論");
        assertThat(rss.getLink()).isEqualTo(base + "/zh-hant/");
        assertThat(rss.getEntries())
                .extracting(SyndEntry::getLink)
                .containsExactly(
                        base + "/zh-hant/articles/zh-only",
                        base + "/zh-hant/articles/trade-winds",
                        base + "/zh-hant/articles/alliance-drift");
        SyndEntry trade = rss.getEntries().get(1);
        assertThat(trade.getTitle()).isEqualTo("貿易風向");
        assertThat(trade.getAuthor()).isEqualTo("李偉");
        assertThat(trade.getCategories()).extracting(SyndCategory::getName).containsExactly("貿易", "亞洲");
        assertThat(trade.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2022-05-10T00:00:00Z")));
    }

    @Test
    void the_json_feed_of_a_topic_lists_only_that_topic_in_the_language() throws IOException {
        JsonNode json = jsonFeed("/zh-hans/topics/trade/feed.json");

        assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("title").asText()).isEqualTo("主题：贸易 | 论坛评论");
        assertThat(json.get("language").asText()).isEqualTo("zh-Hans");
        assertThat(json.get("home_page_url").asText()).isEqualTo(base + "/zh-hans/topics/trade");
        assertThat(json.get("feed_url").asText()).isEqualTo(base + "/zh-hans/topics/trade/feed.json");
        assertThat(json.get("items"))
                .extracting(item -> item.get("url").asText())
                .containsExactly(base + "/zh-hans/articles/zh-only", base + "/zh-hans/articles/trade-winds");
        JsonNode trade = json.get("items").get(1);
        assertThat(trade.get("title").asText()).isEqualTo("贸易风向");
        assertThat(trade.get("tags")).extracting(JsonNode::asText).containsExactly("贸易", "亚洲");
        assertThat(trade.get("authors").get(0).get("name").asText()).isEqualTo("李伟");
        assertThat(trade.get("date_published").asText()).isEqualTo("2022-05-10T00:00:00Z");
    }

    @Test
    void an_author_feed_lists_only_that_authors_editions() {
        SyndFeed atom = xmlFeed("/en/authors/jane-doe/feed.xml", "application/atom+xml");

        assertThat(atom.getTitle()).isEqualTo("Articles by Jane Doe | The Tribune Review");
        assertThat(atom.getLinks())
                .extracting(SyndLink::getHref)
                .containsExactly(base + "/en/authors/jane-doe", base + "/en/authors/jane-doe/feed.xml");
        assertThat(atom.getEntries())
                .extracting(SyndEntry::getLink)
                .startsWith(base + "/en/articles/english-only", base + "/en/articles/alliance-drift");
        assertThat(atom.getEntries()).allSatisfy(entry -> assertThat(entry.getAuthors())
                .extracting(SyndPerson::getName)
                .contains("Jane Doe"));
    }

    @Test
    void every_feed_of_a_scope_answers_in_all_three_notations_and_languages() {
        for (String scope : List.of("", "topics/asia/", "authors/li-wei/")) {
            for (Lang lang : Lang.values()) {
                String prefix = "/" + lang.pathSegment() + "/" + scope;
                assertThat(xmlFeed(prefix + "feed.xml", "application/atom+xml").getFeedType())
                        .isEqualTo("atom_1.0");
                assertThat(xmlFeed(prefix + "feed.rss", "application/rss+xml").getFeedType())
                        .isEqualTo("rss_2.0");
                assertThat(fetch(prefix + "feed.json", "application/feed+json")).isNotEmpty();
            }
        }
    }

    @Test
    void a_feed_is_served_compressed_and_conditionally_like_a_page() {
        HttpResponse<byte[]> first = server.getBytes("/en/feed.rss");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(server.getBytes("/en/feed.rss", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(server.getBytes("/en/feed.rss", "Accept-Encoding", "gzip")
                        .headers()
                        .firstValue("Content-Encoding"))
                .hasValue("gzip");
    }

    @Test
    void pages_announce_their_feeds_for_autodiscovery_and_every_announced_feed_answers() {
        Document home = Jsoup.parse(server.get("/zh-hans/").body());
        Document topic = Jsoup.parse(server.get("/zh-hans/topics/trade").body());
        Document article =
                Jsoup.parse(server.get("/zh-hans/articles/trade-winds").body());

        assertThat(home.select("link[rel=alternate][type]"))
                .extracting(e -> e.attr("type") + " " + e.attr("href"))
                .containsExactly(
                        "application/atom+xml /zh-hans/feed.xml",
                        "application/rss+xml /zh-hans/feed.rss",
                        "application/feed+json /zh-hans/feed.json");
        assertThat(home.select("link[rel=alternate][type]"))
                .extracting(e -> e.attr("title"))
                .containsOnly("论坛评论");
        assertThat(topic.select("link[rel=alternate][type]"))
                .extracting(e -> e.attr("title") + " " + e.attr("href"))
                .startsWith("贸易 | 论坛评论 " + base + "/zh-hans/topics/trade/feed.xml")
                .contains("论坛评论 /zh-hans/feed.xml")
                .hasSize(6);
        assertThat(article.select("link[rel=alternate][type]"))
                .extracting(e -> e.attr("href"))
                .containsExactly("/zh-hans/feed.xml", "/zh-hans/feed.rss", "/zh-hans/feed.json");
        for (var link : topic.select("link[rel=alternate][type]")) {
            String path =
                    link.attr("href").startsWith(base) ? link.attr("href").substring(base.length()) : link.attr("href");
            fetch(path, link.attr("type"));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/fr/feed.xml",
                "/xx/feed.json",
                "/en/topics/nope/feed.xml",
                "/en/authors/nobody/feed.rss",
                "/en/topics/Bad%20Key/feed.json",
                "/fr/topics/asia/feed.xml",
                "/en/topics/asia/feed.atom",
                "/zh-hant/authors/%E4%B8%AD/feed.xml"
            })
    void unknown_languages_topics_and_authors_are_404s(String path) {
        HttpResponse<String> response = server.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }
}
