package org.tribune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PageResponderTest {
    private static final String ETAG = "0123456789abcdef01234567";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gzip",
                "GZIP",
                "Gzip",
                "gzip, deflate, br",
                "deflate, gzip;q=0.5",
                "br;q=1.0, gzip;q=0.8",
                "gzip;q=1",
                "gzip ; q=0.001",
                " gzip "
            })
    void gzip_is_accepted_when_listed_with_a_positive_weight(String acceptEncoding) {
        assertThat(PageResponder.acceptsGzip(acceptEncoding)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "gzip;q=0",
                "gzip;q=0.0",
                "gzip;q=0.000",
                "gzip; q=0",
                "deflate, br",
                "identity",
                "x-gzip-not",
                "deflate, gzip;q=0",
                "gzipped"
            })
    void gzip_is_refused_when_absent_or_weighted_zero(String acceptEncoding) {
        assertThat(PageResponder.acceptsGzip(acceptEncoding)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"" + ETAG + "\"",
                "\"" + ETAG + "-gz\"",
                "W/\"" + ETAG + "\"",
                "W/\"" + ETAG + "-gz\"",
                "\"other\", \"" + ETAG + "\"",
                "\"other\",W/\"" + ETAG + "-gz\"",
                " \"" + ETAG + "\" ",
                "*"
            })
    void if_none_match_names_the_page_in_either_encoding(String ifNoneMatch) {
        assertThat(PageResponder.matches(ifNoneMatch, ETAG)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "\"other\"",
                ETAG,
                "\"" + ETAG + "-br\"",
                "\"123456789abcdef01234567\"",
                "\"x" + ETAG + "\"",
                "\"other\", \"another\"",
                "w/\"" + ETAG + "\""
            })
    void if_none_match_naming_other_pages_does_not_match(String ifNoneMatch) {
        assertThat(PageResponder.matches(ifNoneMatch, ETAG)).isFalse();
    }

    @Test
    void a_page_etag_from_rendering_matches_its_own_header_forms() {
        String etag = RenderedPage.html(200, "<p>x</p>".getBytes(StandardCharsets.UTF_8))
                .etag();

        assertThat(PageResponder.matches("\"" + etag + "\"", etag)).isTrue();
        assertThat(PageResponder.matches("\"" + etag + "-gz\"", etag)).isTrue();
        assertThat(PageResponder.matches(
                        "\""
                                + RenderedPage.html(200, "<p>y</p>".getBytes(StandardCharsets.UTF_8))
                                        .etag() + "\"",
                        etag))
                .isFalse();
    }
}
