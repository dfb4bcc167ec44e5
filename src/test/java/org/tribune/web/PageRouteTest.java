package org.tribune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRouteTest {
    private static final PageHandler NONE = request -> {
        throw new AssertionError("not rendered in these tests");
    };
    private final PageRoute article = new PageRoute("/{lang}/articles/{slug}", NONE);

    @Test
    void named_segments_are_read_from_the_address() {
        var request = article.match("/en/articles/korea-policy").orElseThrow();

        assertThat(request.pathParams()).isEqualTo(Map.of("lang", "en", "slug", "korea-policy"));
        assertThat(request.path()).isEqualTo("/en/articles/korea-policy");
    }

    @Test
    void a_trailing_slash_names_the_same_page() {
        assertThat(new PageRoute("/{lang}", NONE).match("/en/")).isPresent();
        assertThat(article.match("/en/articles/korea-policy/")).isPresent();
    }

    @Test
    void literal_segments_must_match_and_the_number_of_segments_too() {
        assertThat(article.match("/en/topics/korea-policy")).isEmpty();
        assertThat(article.match("/en/articles")).isEmpty();
        assertThat(article.match("/en/articles/korea-policy/more")).isEmpty();
        assertThat(article.match("/en//korea-policy")).isEmpty();
    }

    @Test
    void segments_are_percent_decoded_and_the_path_is_kept_encoded_as_a_browser_sends_it() {
        var encoded = article.match("/zh-hans/articles/%E5%90%8C%E7%9B%9F").orElseThrow();
        var raw = article.match("/zh-hans/articles/同盟").orElseThrow();

        assertThat(encoded.pathParam("slug")).isEqualTo("同盟");
        assertThat(raw).isEqualTo(encoded);
        assertThat(raw.path()).isEqualTo("/zh-hans/articles/%E5%90%8C%E7%9B%9F");
    }

    @Test
    void an_escape_that_is_cut_short_or_not_utf8_matches_nothing() {
        assertThat(article.match("/en/articles/%E5%90")).isEmpty();
        assertThat(article.match("/en/articles/abc%2")).isEmpty();
        assertThat(article.match("/en/articles/%zz")).isEmpty();
    }

    @Test
    void the_query_is_read_with_every_value_and_kept_out_of_the_path() {
        var request = new PageRoute("/{lang}/search", NONE)
                .match("/en/search?q=trade+winds&topic=a&topic=b&page=2")
                .orElseThrow();

        assertThat(request.path()).isEqualTo("/en/search");
        assertThat(request.queryParam("q")).isEqualTo("trade winds");
        assertThat(request.queryParams().get("topic")).isEqualTo(List.of("a", "b"));
        assertThat(request.queryParam("year")).isNull();
    }
}
