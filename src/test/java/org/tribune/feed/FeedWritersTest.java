package org.tribune.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tribune.content.Lang;
import org.w3c.dom.Document;

/** Each notation written from one feed and read back with a real parser: Rome for XML, Jackson for JSON. */
class FeedWritersTest {
    private static final String BASE = "https://journal.example";
    private static final Instant PUBLISHED = Instant.parse("2022-03-04T00:00:00Z");
    private static final Instant UPDATED = Instant.parse("2022-03-09T10:00:00Z");
    private static final String BODY =
            "<p>正文<sup><a href=\"#fn-1\">1</a></sup></p>\n<pre><code>  indented\n    code</code></pre>";

    private static AssembledFeed feed(boolean full) {
        var withByline = new AssembledFeed.Entry(
                BASE + "/zh-hans/articles/alliance-drift",
                "太平洋同盟的漂移",
                "伙伴 <为何> 两面 & 下注。",
                full ? BODY : null,
                PUBLISHED,
                UPDATED,
                List.of(new AssembledFeed.Person("简·多伊", BASE + "/zh-hans/authors/jane-doe")),
                List.of(
                        new AssembledFeed.Category("security", "安全", BASE + "/zh-hans/topics/"),
                        new AssembledFeed.Category("asia", "亚洲", BASE + "/zh-hans/topics/")),
                null);
        var bare = new AssembledFeed.Entry(
                BASE + "/zh-hans/articles/note",
                "短评",
                "",
                full ? "<p>短</p>" : null,
                Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2021-01-01T00:00:00Z"),
                List.of(),
                List.of(),
                null);
        return new AssembledFeed(
                Lang.ZH_HANS,
                "论坛评论",
                "外交政策评论",
                BASE + "/zh-hans/",
                Map.of(
                        FeedFormat.ATOM,
                        BASE + "/zh-hans/feed.xml",
                        FeedFormat.RSS,
                        BASE + "/zh-hans/feed.rss",
                        FeedFormat.JSON,
                        BASE + "/zh-hans/feed.json"),
                new AssembledFeed.Person("论坛评论", BASE + "/zh-hans/"),
                UPDATED,
                List.of(withByline, bare));
    }

    static SyndFeed parse(byte[] xml) {
        var input = new SyndFeedInput();
        input.setPreserveWireFeed(true);
        try {
            return input.build(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("Rome could not read the feed back", e);
        }
    }

    static Document dom(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML", e);
        }
    }

    @Test
    void atom_reads_back_with_titles_links_dates_authors_categories_and_language() {
        byte[] xml = FeedFormat.ATOM.write(feed(false));
        SyndFeed atom = parse(xml);

        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getTitle()).isEqualTo("论坛评论");
        assertThat(atom.getUri()).isEqualTo(BASE + "/zh-hans/feed.xml");
        assertThat(atom.getLinks())
                .extracting(SyndLink::getRel, SyndLink::getType, SyndLink::getHref)
                .containsExactly(
                        tuple("alternate", "text/html", BASE + "/zh-hans/"),
                        tuple("self", "application/atom+xml", BASE + "/zh-hans/feed.xml"));
        assertThat(atom.getPublishedDate()).isEqualTo(Date.from(UPDATED));
        assertThat(dom(xml).getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("zh-Hans");

        SyndEntry entry = atom.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo("太平洋同盟的漂移");
        assertThat(entry.getLink()).isEqualTo(BASE + "/zh-hans/articles/alliance-drift");
        assertThat(entry.getUri()).isEqualTo(BASE + "/zh-hans/articles/alliance-drift");
        assertThat(entry.getPublishedDate()).isEqualTo(Date.from(PUBLISHED));
        assertThat(entry.getUpdatedDate()).isEqualTo(Date.from(UPDATED));
        assertThat(entry.getAuthors())
                .extracting(SyndPerson::getName, SyndPerson::getUri)
                .containsExactly(tuple("简·多伊", BASE + "/zh-hans/authors/jane-doe"));
        assertThat(entry.getCategories())
                .extracting(SyndCategory::getName, SyndCategory::getTaxonomyUri)
                .containsExactly(
                        tuple("security", BASE + "/zh-hans/topics/"), tuple("asia", BASE + "/zh-hans/topics/"));
        var wire = (Feed) atom.originalWireFeed();
        assertThat(wire.getEntries().getFirst().getCategories())
                .extracting(Category::getLabel)
                .containsExactly("安全", "亚洲");
        assertThat(entry.getDescription().getValue()).isEqualTo("伙伴 <为何> 两面 & 下注。");
        assertThat(entry.getContents()).isEmpty();
        assertThat(atom.getEntries().get(1).getDescription()).isNull();
        assertThat(atom.getAuthors()).extracting(SyndPerson::getName).containsExactly("论坛评论");
    }

    @Test
    void atom_with_full_content_carries_the_body_as_html_with_its_whitespace() {
        SyndFeed atom = parse(FeedFormat.ATOM.write(feed(true)));
        SyndEntry entry = atom.getEntries().getFirst();

        assertThat(entry.getContents()).hasSize(1);
        assertThat(entry.getContents().getFirst().getType()).isEqualTo("html");
        assertThat(entry.getContents().getFirst().getValue()).isEqualTo(BODY);
        assertThat(entry.getDescription().getValue()).isEqualTo("伙伴 <为何> 两面 & 下注。");
        var wire = (Feed) atom.originalWireFeed();
        assertThat(wire.getEntries().getFirst().getXmlBase()).isEqualTo(BASE + "/zh-hans/articles/alliance-drift");
    }

    @Test
    void rss_reads_back_with_titles_links_dates_creators_categories_and_language() {
        byte[] xml = FeedFormat.RSS.write(feed(false));
        SyndFeed rss = parse(xml);

        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getTitle()).isEqualTo("论坛评论");
        assertThat(rss.getLink()).isEqualTo(BASE + "/zh-hans/");
        assertThat(rss.getDescription()).isEqualTo("外交政策评论");
        assertThat(rss.getLanguage()).isEqualTo("zh-Hans");
        assertThat(rss.getPublishedDate()).isEqualTo(Date.from(PUBLISHED));
        var self = dom(xml).getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        assertThat(self.getLength()).isEqualTo(1);
        assertThat(self.item(0).getAttributes().getNamedItem("rel").getNodeValue())
                .isEqualTo("self");
        assertThat(self.item(0).getAttributes().getNamedItem("href").getNodeValue())
                .isEqualTo(BASE + "/zh-hans/feed.rss");

        SyndEntry entry = rss.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo("太平洋同盟的漂移");
        assertThat(entry.getLink()).isEqualTo(BASE + "/zh-hans/articles/alliance-drift");
        assertThat(entry.getUri()).isEqualTo(BASE + "/zh-hans/articles/alliance-drift");
        assertThat(entry.getPublishedDate()).isEqualTo(Date.from(PUBLISHED));
        assertThat(entry.getAuthor()).isEqualTo("简·多伊");
        assertThat(entry.getCategories())
                .extracting(SyndCategory::getName, SyndCategory::getTaxonomyUri)
                .containsExactly(tuple("安全", BASE + "/zh-hans/topics/"), tuple("亚洲", BASE + "/zh-hans/topics/"));
        assertThat(entry.getDescription().getValue()).isEqualTo("伙伴 &lt;为何&gt; 两面 &amp; 下注。");
        assertThat(entry.getContents()).isEmpty();
        assertThat(rss.getEntries().get(1).getAuthors()).isEmpty();
    }

    @Test
    void rss_with_full_content_carries_the_body_in_content_encoded() {
        SyndEntry entry = parse(FeedFormat.RSS.write(feed(true))).getEntries().getFirst();

        assertThat(entry.getContents()).extracting(c -> c.getValue()).containsExactly(BODY);
    }

    @Test
    void json_feed_reads_back_as_version_1_1_with_every_field() throws IOException {
        JsonNode json = new ObjectMapper().readTree(FeedFormat.JSON.write(feed(false)));

        assertThat(json.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.get("title").asText()).isEqualTo("论坛评论");
        assertThat(json.get("home_page_url").asText()).isEqualTo(BASE + "/zh-hans/");
        assertThat(json.get("feed_url").asText()).isEqualTo(BASE + "/zh-hans/feed.json");
        assertThat(json.get("language").asText()).isEqualTo("zh-Hans");
        assertThat(json.get("authors").get(0).get("name").asText()).isEqualTo("论坛评论");
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(BASE + "/zh-hans/articles/alliance-drift");
        assertThat(item.get("url").asText()).isEqualTo(BASE + "/zh-hans/articles/alliance-drift");
        assertThat(item.get("title").asText()).isEqualTo("太平洋同盟的漂移");
        assertThat(item.get("summary").asText()).isEqualTo("伙伴 <为何> 两面 & 下注。");
        assertThat(item.get("content_text").asText()).isEqualTo("伙伴 <为何> 两面 & 下注。");
        assertThat(item.has("content_html")).isFalse();
        assertThat(Instant.parse(item.get("date_published").asText())).isEqualTo(PUBLISHED);
        assertThat(Instant.parse(item.get("date_modified").asText())).isEqualTo(UPDATED);
        assertThat(item.get("authors").get(0).get("name").asText()).isEqualTo("简·多伊");
        assertThat(item.get("authors").get(0).get("url").asText()).isEqualTo(BASE + "/zh-hans/authors/jane-doe");
        assertThat(item.get("tags")).extracting(JsonNode::asText).containsExactly("安全", "亚洲");
        JsonNode bare = json.get("items").get(1);
        assertThat(bare.get("content_text").asText())
                .as("an item without summary still has content")
                .isEqualTo("短评");
        assertThat(bare.has("summary")).isFalse();
        assertThat(bare.has("authors")).isFalse();
        assertThat(bare.has("tags")).isFalse();
    }

    @Test
    void json_feed_with_full_content_carries_the_body_as_content_html() throws IOException {
        JsonNode item = new ObjectMapper()
                .readTree(FeedFormat.JSON.write(feed(true)))
                .get("items")
                .get(0);

        assertThat(item.get("content_html").asText()).isEqualTo(BODY);
        assertThat(item.has("content_text")).isFalse();
    }

    @Test
    void an_empty_feed_is_still_valid_in_every_notation() throws IOException {
        AssembledFeed empty = new AssembledFeed(
                Lang.EN,
                "T",
                "S",
                BASE + "/en/topics/x",
                feed(false).feedUrls(),
                new AssembledFeed.Person("T", BASE + "/en/"),
                null,
                List.of());

        assertThat(parse(FeedFormat.ATOM.write(empty)).getEntries()).isEmpty();
        assertThat(parse(FeedFormat.RSS.write(empty)).getEntries()).isEmpty();
        assertThat(new ObjectMapper().readTree(FeedFormat.JSON.write(empty)).get("items"))
                .isEmpty();
    }
}
