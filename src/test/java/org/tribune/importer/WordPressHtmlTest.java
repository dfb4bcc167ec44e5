package org.tribune.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPressHtmlTest {
    @Test
    void typographic_quotes_dashes_and_ellipses_stay_as_written() {
        String body = "<!-- wp:paragraph --><p>“Patience,” she said — it’s ‘strategic’… 1990–2000.</p>"
                + "<!-- /wp:paragraph -->\n<p>他说：“等待”……</p>";

        String markdown = WordPressHtml.toMarkdown(body).markdown();

        assertThat(markdown).isEqualTo("“Patience,” she said — it’s ‘strategic’… 1990–2000.\n\n他说：“等待”……");
    }

    @Test
    void block_editor_markup_becomes_markdown_without_its_comments() {
        String body = """
                <!-- wp:paragraph -->
                <p>Washington has <strong>not moved</strong>. See <a href="https://example.org/r">the report</a>.</p>
                <!-- /wp:paragraph -->

                <!-- wp:heading -->
                <h2 class="wp-block-heading">Three options</h2>
                <!-- /wp:heading -->

                <!-- wp:list -->
                <ul><li>Engagement</li><li><em>Waiting</em></li></ul>
                <!-- /wp:list -->

                <!-- wp:quote -->
                <blockquote class="wp-block-quote"><p>Strategic patience is neither.</p></blockquote>
                <!-- /wp:quote -->

                <!-- wp:table -->
                <figure class="wp-block-table"><table><thead><tr><th>Year</th><th>Talks</th></tr></thead>\
                <tbody><tr><td>2018</td><td>3</td></tr></tbody></table></figure>
                <!-- /wp:table -->
                """;

        String md = WordPressHtml.toMarkdown(body).markdown();

        assertThat(md).contains("Washington has **not moved**. See [the report](https://example.org/r).");
        assertThat(md).contains("## Three options");
        assertThat(WordPressHtml.toMarkdown("<p>多年<strong>没有变化</strong>。</p>").markdown())
                .isEqualTo("多年**没有变化**。");
        assertThat(md).contains("* Engagement").contains("* *Waiting*");
        assertThat(md).contains("> Strategic patience is neither.");
        assertThat(md).contains("| Year | Talks |").contains("| 2018 | 3 ");
        assertThat(md).doesNotContain("wp:").doesNotContain("<!--");
    }

    @Test
    void classic_text_gets_paragraphs_and_line_breaks_as_wpautop_gives_them() {
        String md = WordPressHtml.toMarkdown("Talks resumed.\nBoth sides were cautious.\n\nSecond paragraph.")
                .markdown();

        assertThat(md).isEqualTo("Talks resumed.  \nBoth sides were cautious.\n\nSecond paragraph.");
    }

    @Test
    void a_caption_becomes_an_image_with_its_caption_and_embeds_become_links() {
        String body = "[caption id=\"a\" width=\"300\"]<img src=\"https://x.org/g.jpg\" alt=\"Geneva\" /> Delegates"
                + "[/caption]\n\n[embed]https://www.youtube.com/watch?v=abc[/embed]\n\nhttps://twitter.com/e/status/1";

        var converted = WordPressHtml.toMarkdown(body);

        assertThat(converted.markdown())
                .contains("![Geneva](https://x.org/g.jpg)")
                .contains("*Delegates*")
                .contains("<https://www.youtube.com/watch?v=abc>")
                .contains("<https://twitter.com/e/status/1>")
                .doesNotContain("[caption")
                .doesNotContain("[embed");
        assertThat(converted.shortcodes()).isEmpty();
    }

    @Test
    void other_shortcodes_stay_as_text_and_are_counted_by_kind() {
        var converted = WordPressHtml.toMarkdown("[gallery ids=\"1,2\"]\n\n[gallery]\n\n[contact-form-7 id=\"5\"]");

        assertThat(converted.shortcodes()).isEqualTo(Map.of("gallery", 2, "contact-form-7", 1));
        assertThat(converted.markdown()).contains("gallery ids=\"1,2\"").contains("contact-form-7");
    }

    @Test
    void nothing_from_a_body_runs_script() {
        String md = WordPressHtml.toMarkdown("<p onclick=\"x()\">Hi<script>alert(1)</script>"
                        + "<a href=\"javascript:alert(1)\">link</a></p>")
                .markdown();

        assertThat(md).doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript");
    }
}
