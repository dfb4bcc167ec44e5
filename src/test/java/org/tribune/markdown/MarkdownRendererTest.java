package org.tribune.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String english(String markdown) {
        return renderer.render(markdown, Locale.ENGLISH);
    }

    @Test
    void paragraphs_and_emphasis_render_as_commonmark() {
        assertThat(english("Hello *there*.\n\nSecond **paragraph**."))
                .isEqualTo("<p>Hello <em>there</em>.</p>\n<p>Second <strong>paragraph</strong>.</p>\n");
    }

    @Test
    void pipe_tables_render_as_html_tables() {
        String html = english("| Year | Trade |\n|:-----|------:|\n| 2021 | 10 |\n| 2022 | 12 |");

        assertThat(html)
                .contains(
                        "<table>",
                        "<thead>",
                        "<th align=\"left\">Year</th>",
                        "<th align=\"right\">Trade</th>",
                        "<tbody>",
                        "<td align=\"left\">2022</td>",
                        "<td align=\"right\">12</td>",
                        "</table>");
    }

    @Test
    void footnotes_link_to_their_notes_and_back() {
        String html = english("A claim.[^1]\n\n[^1]: The source.");

        assertThat(html)
                .contains(
                        "<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\"",
                        "<section class=\"footnotes\"",
                        "<li id=\"fn-1\">",
                        "The source.",
                        "<a href=\"#fnref-1\" class=\"footnote-backref\"");
    }

    @Test
    void a_bare_https_url_becomes_a_link() {
        assertThat(english("See https://example.org/report for details."))
                .isEqualTo(
                        "<p>See <a href=\"https://example.org/report\">https://example.org/report</a> for details.</p>\n");
    }

    @Test
    void heading_ids_are_prefixed_so_they_cannot_collide_with_page_ids() {
        String html = english("# Related\n\n## Top\n\n## Back to Top");

        assertThat(html)
                .contains(
                        "<h1 id=\"h-related\">Related</h1>",
                        "<h2 id=\"h-top\">Top</h2>",
                        "<h2 id=\"h-back-to-top\">Back to Top</h2>");
        assertThat(html).doesNotContain("id=\"related\"", "id=\"top\"");
    }

    @Test
    void chinese_headings_get_prefixed_ids_too() {
        assertThat(renderer.render("## 背景", Locale.SIMPLIFIED_CHINESE)).isEqualTo("<h2 id=\"h-背景\">背景</h2>\n");
    }

    @Test
    void raw_scripts_and_their_contents_are_removed() {
        String html = english("Before\n\n<script>alert('x')</script>\n\nAfter <script>alert(2)</script> inline");

        assertThat(html).contains("<p>Before</p>", "After");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "alert");
    }

    @Test
    void raw_html_loses_handlers_and_ids_outside_the_content_namespace() {
        String html = english("<div id=\"related\" onclick=\"steal()\">Text</div>\n\n"
                + "<img src=\"https://example.org/a.png\" onerror=\"steal()\">");

        assertThat(html).contains("Text", "src=\"https://example.org/a.png\"");
        assertThat(html).doesNotContain("id=\"related\"", "onclick", "onerror", "steal");
    }

    @Test
    void javascript_links_lose_their_target() {
        String html = english("[click](javascript:alert(1)) and [ok](https://example.org/)");

        assertThat(html).contains("<a href=\"https://example.org/\">ok</a>", "click");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("javascript");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant"})
    void a_soft_line_break_in_chinese_joins_the_lines_without_a_space(String tag) {
        assertThat(renderer.render("第一行\n第二行", Locale.forLanguageTag(tag))).isEqualTo("<p>第一行第二行</p>\n");
    }

    @Test
    void a_soft_line_break_in_english_keeps_the_words_apart() {
        assertThat(english("first line\nsecond line")).isEqualTo("<p>first line\nsecond line</p>\n");
    }

    @Test
    void a_hard_line_break_in_chinese_stays_a_break() {
        assertThat(renderer.render("第一行\\\n第二行", Locale.SIMPLIFIED_CHINESE)).isEqualTo("<p>第一行<br />\n第二行</p>\n");
    }

    @Test
    void a_missing_body_renders_as_nothing() {
        assertThat(english(null)).isEmpty();
        assertThat(english("")).isEmpty();
    }
}
