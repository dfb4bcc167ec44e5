package org.tribune.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tribune.content.Lang;
import org.tribune.web.SitePaths;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Splitting into files, the choice of x-default and the XML, without a server. */
class SitemapCatalogTest {
    private static final AbsoluteUrls URLS = new AbsoluteUrls(() -> "https://journal.example/");

    private static PageLanguageVersions article(String slug, Lang... langs) {
        Map<Lang, String> paths = new EnumMap<>(Lang.class);
        Map<Lang, Instant> lastmods = new EnumMap<>(Lang.class);
        for (Lang lang : langs) {
            paths.put(lang, SitePaths.article(lang, slug));
            lastmods.put(lang, Instant.parse("2022-03-0" + (lang.ordinal() + 1) + "T12:00:00.123Z"));
        }
        return new PageLanguageVersions(paths, lastmods);
    }

    @Test
    void each_language_is_split_into_files_of_at_most_the_limit_numbered_from_one() {
        List<PageLanguageVersions> pages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pages.add(article("a" + i, Lang.EN, Lang.ZH_HANS));
        }
        pages.add(article("only-hant", Lang.ZH_HANT));
        var catalog = new SitemapCatalog(pages, 2);

        assertThat(catalog.fileCount(Lang.EN)).isEqualTo(3);
        assertThat(catalog.file(Lang.EN, 3)).extracting(p -> p.path(Lang.EN)).containsExactly("/en/articles/a4");
        assertThat(catalog.file(Lang.EN, 4)).isEmpty();
        assertThat(catalog.file(Lang.EN, 0)).isEmpty();
        assertThat(catalog.fileCount(Lang.ZH_HANT)).isEqualTo(1);
        assertThat(catalog.file(Lang.ZH_HANT, 1))
                .extracting(p -> p.path(Lang.ZH_HANT))
                .containsExactly("/zh-hant/articles/only-hant");
    }

    @Test
    void a_language_with_nothing_still_has_one_empty_file() {
        var catalog = new SitemapCatalog(List.of(article("a", Lang.EN)), 10);

        assertThat(catalog.fileCount(Lang.ZH_HANS)).isEqualTo(1);
        assertThat(catalog.file(Lang.ZH_HANS, 1)).isEmpty();
    }

    @Test
    void a_file_never_exceeds_the_protocol_limit() {
        assertThatThrownBy(() -> new SitemapCatalog(List.of(), SitemapCatalog.MAX_URLS + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50000");
        assertThatThrownBy(() -> new SitemapCatalog(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void x_default_is_english_when_it_exists_else_the_first_edition_the_same_from_every_language() {
        assertThat(article("a", Lang.ZH_HANT, Lang.EN).xDefault()).isEqualTo(Lang.EN);
        assertThat(article("b", Lang.ZH_HANT, Lang.ZH_HANS).xDefault()).isEqualTo(Lang.ZH_HANS);
        assertThat(article("c", Lang.ZH_HANT).xDefault()).isEqualTo(Lang.ZH_HANT);
    }

    @Test
    void a_url_lists_every_version_of_its_page_and_x_default_with_absolute_addresses() {
        Document xml = FeedWritersTest.dom(
                SitemapXml.urlset(Lang.ZH_HANT, List.of(article("both", Lang.ZH_HANS, Lang.ZH_HANT)), URLS));
        Element url = (Element)
                xml.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, "url").item(0);

        assertThat(text(url, "loc")).isEqualTo("https://journal.example/zh-hant/articles/both");
        assertThat(text(url, "lastmod")).isEqualTo("2022-03-03T12:00:00Z");
        var links = url.getElementsByTagNameNS(SitemapXml.XHTML_NS, "link");
        List<String> alternates = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            var link = (Element) links.item(i);
            assertThat(link.getAttribute("rel")).isEqualTo("alternate");
            alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
        }
        assertThat(alternates)
                .containsExactly(
                        "zh-Hans https://journal.example/zh-hans/articles/both",
                        "zh-Hant https://journal.example/zh-hant/articles/both",
                        "x-default https://journal.example/zh-hans/articles/both");
    }

    @Test
    void google_news_names_chinese_by_region() {
        assertThat(SitemapXml.newsLanguage(Lang.EN)).isEqualTo("en");
        assertThat(SitemapXml.newsLanguage(Lang.ZH_HANS)).isEqualTo("zh-cn");
        assertThat(SitemapXml.newsLanguage(Lang.ZH_HANT)).isEqualTo("zh-tw");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(SitemapXml.SITEMAP_NS, name)
                .item(0)
                .getTextContent();
    }
}
