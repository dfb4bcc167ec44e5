package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The walk fetches the pages that read one article one after the other, once the sitemaps have named them all. */
class SiteWalkOrderTest {
    private static final Comparator<String> WALK_ORDER =
            Comparator.comparing(path -> SiteWalk.orderOf(path, ExportPaths.fileFor(path)));

    private static List<String> inWalkOrder(List<String> paths) {
        List<String> shuffled = new ArrayList<>(paths);
        Collections.shuffle(shuffled, new Random(7));
        return shuffled.stream().sorted(WALK_ORDER).toList();
    }

    @Test
    void an_articles_pages_in_every_language_come_together_and_the_pages_under_them_right_after() {
        List<String> article = List.of(
                "/en/articles/harbour-talks",
                "/zh-hans/articles/harbour-talks",
                "/zh-hant/articles/harbour-talks",
                "/en/articles/harbour-talks/parallel/zh-hans",
                "/zh-hans/articles/harbour-talks/parallel/en",
                "/zh-hant/articles/harbour-talks/parallel/zh-hans");
        List<String> all = new ArrayList<>(article);
        all.addAll(List.of(
                "/en/articles/harbour-talks-2",
                "/zh-hans/articles/harbour-talks-2/parallel/en",
                "/en/articles/harbour",
                "/en/articles/alliance-drift",
                "/zh-hant/articles/alliance-drift/parallel/en",
                "/en/articles/trade-winds",
                "/en/topics/trade",
                "/zh-hans/"));

        List<String> sorted = inWalkOrder(all);

        int first = sorted.indexOf("/en/articles/harbour-talks");
        assertThat(sorted.subList(first, first + article.size())).containsExactlyInAnyOrderElementsOf(article);
        assertThat(sorted.subList(first, first + 3))
                .as("the article's own pages before its side-by-side pages")
                .containsExactlyInAnyOrder(
                        "/en/articles/harbour-talks",
                        "/zh-hans/articles/harbour-talks",
                        "/zh-hant/articles/harbour-talks");
    }

    @Test
    void sitemaps_feeds_and_assets_come_before_every_page() {
        List<String> sorted = inWalkOrder(List.of(
                "/en/articles/alliance-drift",
                "/zh-hans/",
                "/sitemaps/articles-zh-hant-1.xml",
                "/en/feed.xml",
                "/assets/site.css",
                "/en/topics/trade"));

        assertThat(sorted.subList(0, 3))
                .containsExactlyInAnyOrder("/sitemaps/articles-zh-hant-1.xml", "/en/feed.xml", "/assets/site.css");
    }

    @Test
    void only_a_whole_first_segment_names_a_language() {
        assertThat(SiteWalk.orderOf("/en/", "en/index.html")).endsWith("\u0000en");
        assertThat(SiteWalk.orderOf("/enx/page", "enx/page/index.html")).doesNotContain("\u0000");
    }
}
