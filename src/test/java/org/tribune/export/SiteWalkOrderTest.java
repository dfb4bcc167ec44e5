package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The walk fetches the pages that read one article one after the other. */
class SiteWalkOrderTest {
    @Test
    void an_articles_pages_in_every_language_and_the_pages_under_them_sort_together() {
        List<String> article = List.of(
                "/en/articles/harbour-talks",
                "/zh-hans/articles/harbour-talks",
                "/zh-hant/articles/harbour-talks",
                "/en/articles/harbour-talks/parallel/zh-hans",
                "/zh-hans/articles/harbour-talks/parallel/en",
                "/zh-hant/articles/harbour-talks/parallel/zh-hans");
        List<String> others = List.of(
                "/en/articles/alliance-drift",
                "/zh-hant/articles/alliance-drift/parallel/en",
                "/en/articles/trade-winds",
                "/zh-hans/articles/trade-winds",
                "/en/topics/trade",
                "/sitemap.xml",
                "/zh-hans/");
        List<String> all = new ArrayList<>(article);
        all.addAll(others);
        Collections.shuffle(all, new Random(7));
        List<String> sorted = all.stream()
                .sorted((a, b) -> SiteWalk.orderOf(a).compareTo(SiteWalk.orderOf(b)))
                .toList();

        int first = sorted.indexOf("/en/articles/harbour-talks");
        assertThat(sorted.subList(first, first + article.size())).containsExactlyInAnyOrderElementsOf(article);
    }

    @Test
    void an_address_outside_the_languages_keeps_its_order_and_a_longer_first_segment_is_no_language() {
        assertThat(SiteWalk.orderOf("/sitemap.xml")).isEqualTo("/sitemap.xml");
        assertThat(SiteWalk.orderOf("/en/")).isEqualTo("/ en");
        assertThat(SiteWalk.orderOf("/enx/page")).isEqualTo("/enx/page");
        assertThat(SiteWalk.orderOf("/zh-hant/articles/a/parallel/en")).isEqualTo("/articles/a/parallel/en zh-hant");
    }
}
