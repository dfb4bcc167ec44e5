package org.tribune.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * While the search index is being filled from empty (it was missing or damaged), the search page
 * says so in the reader's language instead of claiming that nothing matches, and stops saying it
 * once the index is complete.
 */
class SearchRebuildHttpTest {
    @RegisterExtension
    static TestServer server = TestServer.withFixture("/fixtures/journal.jsonl");

    private static Document page(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void a_search_during_a_rebuild_says_results_may_be_incomplete_and_never_no_results() {
        Site site = server.server().site();
        assertThat(page("/en/search?q=zzzqqx").select(".search-none").text())
                .as("an index that is complete may say that nothing matches")
                .contains("No articles match");
        // What a server finds on start when the index was missing or damaged: an index being rebuilt.
        site.searchIndex.clear();
        site.searchIndex.publish();
        try {
            Document en = page("/en/search?q=zzzqqx");
            assertThat(en.select(".search-rebuilding").text())
                    .isEqualTo("Search is being rebuilt: results may be incomplete.");
            assertThat(en.select(".search-none")).isEmpty();
            assertThat(en.select(".listing-count")).as("no count of zero").isEmpty();
            assertThat(page("/zh-hans/search?q=zzzqqx")
                            .select(".search-rebuilding")
                            .text())
                    .isEqualTo("搜索正在重建，结果可能不完整。");
            assertThat(page("/zh-hant/search?q=zzzqqx")
                            .select(".search-rebuilding")
                            .text())
                    .isEqualTo("搜尋正在重建，結果可能不完整。");
            Document emptied = page("/en/search?q=promise");
            assertThat(emptied.select(".search-rebuilding")).hasSize(1);
            assertThat(emptied.select(".search-none")).isEmpty();
        } finally {
            site.searchSync.syncNow();
        }
        assertThat(site.searchIndex.rebuilding()).isFalse();
        assertThat(page("/en/search?q=zzzqqx").select(".search-rebuilding")).isEmpty();
        assertThat(page("/en/search?q=promise").select(".search-results .teaser"))
                .isNotEmpty();
    }
}
