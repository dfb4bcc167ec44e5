package org.tribune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderedPageTest {
    /** A page of {@code text} as the site renders it, in UTF-8. */
    private static RenderedPage html(int status, String text) {
        return RenderedPage.html(status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<p>Hello</p>", "<p>论坛评论 · 論壇評論 · Tribune</p>"})
    void gzipped_bytes_decompress_to_the_body(String html) {
        RenderedPage page = html(200, html);

        assertThat(page.body()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        assertThat(gunzip(page.gzipped())).isEqualTo(page.body());
    }

    @Test
    void a_large_repetitive_page_compresses() {
        RenderedPage page = html(200, "<p>You might also like</p>\n".repeat(2_000));

        assertThat(page.gzipped().length).isLessThan(page.body().length / 10);
        assertThat(gunzip(page.gzipped())).isEqualTo(page.body());
    }

    @Test
    void html_pages_carry_their_status_and_utf8_content_type() {
        RenderedPage page = html(404, "<p>missing</p>");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void other_pages_keep_the_content_type_given() {
        byte[] feed = "<feed/>".getBytes(StandardCharsets.UTF_8);

        RenderedPage page = RenderedPage.of(200, "application/atom+xml", feed);

        assertThat(page.contentType()).isEqualTo("application/atom+xml");
        assertThat(gunzip(page.gzipped())).isEqualTo(feed);
        assertThat(page.etag()).isEqualTo(html(200, "<feed/>").etag());
    }

    @Test
    void the_etag_is_stable_for_the_same_body() {
        assertThat(html(200, "<p>same</p>").etag())
                .isEqualTo(html(200, "<p>same</p>").etag());
    }

    @Test
    void the_etag_differs_for_different_bodies() {
        assertThat(html(200, "<p>one</p>").etag())
                .isNotEqualTo(html(200, "<p>two</p>").etag());
        assertThat(html(200, "简体").etag()).isNotEqualTo(html(200, "簡體").etag());
    }

    @Test
    void the_etag_is_short_lowercase_hex_fit_for_a_quoted_header() {
        assertThat(html(200, "<p>x</p>").etag()).matches("[0-9a-f]{24}");
    }

    @Test
    void the_weight_leaves_room_for_the_gzip_form_made_later() {
        RenderedPage page = html(
                200,
                "<article>" + "<p>Sanctions and the oil market.</p>".repeat(40) + "<p>制裁與石油市場。</p>".repeat(40)
                        + "</article>");
        int before = page.weight();

        assertThat(before).isGreaterThanOrEqualTo(page.body().length + page.gzipped().length);
        assertThat(page.weight()).isEqualTo(before);
    }
}
