package org.tribune.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tribune.app.TestServer;

/**
 * Sitemaps on a site with nothing from the last 48 hours: every file served is valid by the
 * sitemaps.org schemas, so the news sitemap, which would be an empty {@code <urlset>}, is not listed.
 */
class SitemapSchemaHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    @Test
    void every_sitemap_is_valid_and_an_empty_news_sitemap_is_neither_listed_nor_served() {
        var listed = SitemapSchemas.assertEverySitemapValid(server);

        assertThat(listed)
                .contains("/sitemaps/en.xml", "/sitemaps/zh-hans.xml", "/sitemaps/zh-hant.xml")
                .doesNotContain(SitemapPages.NEWS);
        assertThat(server.get(SitemapPages.NEWS).statusCode()).isEqualTo(404);
    }

    @Test
    void an_empty_urlset_fails_the_schema() {
        byte[] empty = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"" + SitemapXml.SITEMAP_NS + "\"/>")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(SitemapSchemas.problems(SitemapSchemas.URLSET, empty)).isNotEmpty();
    }
}
