package org.tribune.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;
import org.tribune.content.ArticleImage;
import org.tribune.content.ArticleImageInput;
import org.tribune.content.Lang;
import org.tribune.media.StoredImage;
import org.tribune.media.TestImages;

/** An article's image on its page, in previews and structured data, in listings and in feeds. */
class ArticleImageHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static StoredImage image;
    private static String hash;

    @BeforeAll
    static void giveAnArticleAnImage() {
        image = server.app().services().media().store(TestImages.jpeg(2000, 1000), "harbour.jpg", "mei");
        hash = image.fileName().substring(0, 64);
        server.content()
                .setArticleImage(
                        "alliance-drift",
                        new ArticleImageInput(
                                hash,
                                Map.of(
                                        Lang.EN,
                                        new ArticleImage.Text("Container cranes at dawn", "The port of Busan."),
                                        Lang.ZH_HANS,
                                        new ArticleImage.Text("黎明时分的集装箱起重机", null)),
                                "Photo: Mei Lin"));
    }

    private static Document page(String path) {
        var response = server.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void the_article_page_shows_the_image_with_every_copy_in_srcset_its_size_alt_text_caption_and_credit() {
        Element img = page("/en/articles/alliance-drift").selectFirst("figure.article-image img");

        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo("/media/" + hash + "-960w.jpg");
        assertThat(img.attr("width")).isEqualTo("960");
        assertThat(img.attr("height")).isEqualTo("480");
        assertThat(img.attr("alt")).isEqualTo("Container cranes at dawn");
        assertThat(img.attr("sizes")).isNotBlank();
        List<String> srcset = Arrays.stream(img.attr("srcset").split(",\\s*")).toList();
        assertThat(srcset)
                .containsExactly(
                        "/media/" + hash + "-240w.jpg 240w",
                        "/media/" + hash + "-480w.jpg 480w",
                        "/media/" + hash + "-960w.jpg 960w",
                        "/media/" + hash + "-1600w.jpg 1600w",
                        "/media/" + hash + ".jpg 2000w");
        for (String candidate : srcset) {
            assertThat(server.getBytes(candidate.split(" ")[0]).statusCode()).isEqualTo(200);
        }
        Element caption = img.parent().selectFirst("figcaption");
        assertThat(caption.text()).contains("The port of Busan.").contains("Photo: Mei Lin");
    }

    @Test
    void each_edition_shows_the_alt_text_of_its_language_and_no_other() {
        Element hans = page("/zh-hans/articles/alliance-drift").selectFirst("figure.article-image img");
        Element hant = page("/zh-hant/articles/alliance-drift").selectFirst("figure.article-image img");

        assertThat(hans.attr("alt")).isEqualTo("黎明时分的集装箱起重机");
        assertThat(hans.parent().selectFirst("figcaption").text()).isEqualTo("Photo: Mei Lin");
        assertThat(hant.hasAttr("alt")).isTrue();
        assertThat(hant.attr("alt")).isEmpty();
    }

    @Test
    void previews_and_structured_data_name_the_1600_pixel_copy_at_an_absolute_address() throws Exception {
        Document doc = page("/en/articles/alliance-drift");
        String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
        String base = canonical.substring(0, canonical.indexOf("/en/articles/"));
        String url = base + "/media/" + hash + "-1600w.jpg";

        assertThat(meta(doc, "og:image")).isEqualTo(url);
        assertThat(meta(doc, "og:image:width")).isEqualTo("1600");
        assertThat(meta(doc, "og:image:height")).isEqualTo("800");
        assertThat(meta(doc, "og:image:alt")).isEqualTo("Container cranes at dawn");
        assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(doc.selectFirst("meta[name=twitter:image]").attr("content")).isEqualTo(url);
        JsonNode jsonLd = new ObjectMapper()
                .readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.at("/image/url").asText()).isEqualTo(url);
        assertThat(jsonLd.at("/image/width").asInt()).isEqualTo(1600);
        assertThat(jsonLd.at("/image/height").asInt()).isEqualTo(800);
    }

    @Test
    void an_article_without_an_image_has_no_figure_and_a_small_card() {
        Document doc = page("/en/articles/trade-winds");

        assertThat(doc.select("figure.article-image")).isEmpty();
        assertThat(doc.select("meta[property=og:image]")).isEmpty();
        assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(doc.selectFirst("script[type=application/ld+json]").data()).doesNotContain("\"image\"");
    }

    @Test
    void listings_and_related_articles_show_a_small_thumbnail_with_its_alt_text() {
        Element teaser = page("/en/").selectFirst("article.teaser:has(a[href=/en/articles/alliance-drift])");
        Element thumb = teaser.selectFirst("img.teaser-thumb");

        assertThat(thumb.attr("src")).isEqualTo("/media/" + hash + "-240w.jpg");
        assertThat(thumb.attr("srcset"))
                .contains("-240w.jpg 240w")
                .contains("-480w.jpg 480w")
                .doesNotContain("960w");
        assertThat(thumb.attr("alt")).isEqualTo("Container cranes at dawn");
        assertThat(thumb.attr("width")).isEqualTo("240");
        assertThat(thumb.attr("height")).isEqualTo("120");
        assertThat(page("/en/").select("article.teaser:has(a[href=/en/articles/trade-winds]) img"))
                .isEmpty();

        Element related = page("/en/articles/trade-winds")
                .selectFirst("#related article.teaser:has(a[href=/en/articles/alliance-drift])");
        assertThat(related).isNotNull();
        assertThat(related.selectFirst("img.teaser-thumb").attr("alt")).isEqualTo("Container cranes at dawn");
    }

    @Test
    void the_feeds_carry_the_image_as_an_enclosure_media_content_and_a_json_feed_image() throws Exception {
        String suffix = "/media/" + hash + "-1600w.jpg";

        Document atom = Jsoup.parse(server.get("/en/feed.xml").body(), Parser.xmlParser());
        Element atomEntry = atom.selectFirst("entry:has(id:containsOwn(alliance-drift))");
        Element enclosure = atomEntry.selectFirst("link[rel=enclosure]");
        assertThat(enclosure.attr("href")).endsWith(suffix);
        assertThat(enclosure.attr("type")).isEqualTo("image/jpeg");
        assertThat(Long.parseLong(enclosure.attr("length"))).isPositive();

        Document rss = Jsoup.parse(server.get("/en/feed.rss").body(), Parser.xmlParser());
        Element item = rss.selectFirst("item:has(link:containsOwn(alliance-drift))");
        assertThat(item.selectFirst("enclosure").attr("url")).endsWith(suffix);
        Element media = item.selectFirst("media|content");
        assertThat(media.attr("url")).endsWith(suffix);
        assertThat(media.attr("width")).isEqualTo("1600");
        assertThat(media.selectFirst("media|description").text()).isEqualTo("Container cranes at dawn");

        JsonNode json = new ObjectMapper().readTree(server.get("/en/feed.json").body());
        JsonNode entry = null;
        for (JsonNode i : json.get("items")) {
            if (i.get("url").asText().endsWith("/alliance-drift")) {
                entry = i;
            }
        }
        assertThat(entry.get("image").asText()).endsWith(suffix);
    }

    private static String meta(Document doc, String property) {
        return doc.selectFirst("meta[property=" + property + "]").attr("content");
    }
}
