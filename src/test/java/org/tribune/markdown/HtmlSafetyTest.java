package org.tribune.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.owasp.html.Encoding;

class HtmlSafetyTest {
    private static final Pattern TAG_START = Pattern.compile("<\\p{L}");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)\\son[a-z]+\\s*=");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?i)\\s(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("([^/?#:]*):");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200C\\u200D]]");

    @Test
    void body_keeps_paragraphs_headings_with_namespaced_ids_links_and_images() {
        String html = "<p>Intro <em>text</em></p><h2 id=\"h-background\">Background</h2>"
                + "<p><a href=\"https://example.org/report\" title=\"Report\">report</a></p>"
                + "<p><img src=\"https://example.org/map.png\" alt=\"Map\" width=\"640\" height=\"480\"></p>";

        String safe = HtmlSafety.sanitizeBody(html);

        assertThat(safe)
                .contains(
                        "<p>Intro <em>text</em></p>",
                        "<h2 id=\"h-background\">Background</h2>",
                        "<a href=\"https://example.org/report\" title=\"Report\">report</a>",
                        "src=\"https://example.org/map.png\"",
                        "alt=\"Map\"",
                        "width=\"640\"",
                        "height=\"480\"");
    }

    @Test
    void body_keeps_tables_with_alignment() {
        String html = "<table><thead><tr><th align=\"center\">Year</th></tr></thead>"
                + "<tbody><tr><td align=\"right\">2022</td></tr></tbody></table>";

        assertThat(HtmlSafety.sanitizeBody(html)).isEqualTo(html);
    }

    @Test
    void body_keeps_footnote_markup() {
        String html = "<p>Claim<sup class=\"footnote-ref\">"
                + "<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref=\"data-footnote-ref\">1</a></sup></p>"
                + "<section class=\"footnotes\" data-footnotes=\"data-footnotes\"><ol><li id=\"fn-1\"><p>Source. "
                + "<a href=\"#fnref-1\" class=\"footnote-backref\" data-footnote-backref=\"data-footnote-backref\">↩</a>"
                + "</p></li></ol></section>";

        assertThat(HtmlSafety.sanitizeBody(html)).isEqualTo(html);
    }

    @Test
    void body_loses_scripts_styles_frames_and_event_handlers() {
        String html = "<p onclick=\"steal()\">Text</p><script>alert(1)</script><style>p { display: none }</style>"
                + "<iframe src=\"https://example.org/\"></iframe><img src=\"https://example.org/a.png\" onerror=\"steal()\">"
                + "<SCRIPT>alert(2)</SCRIPT>";

        String safe = HtmlSafety.sanitizeBody(html);

        assertThat(safe).contains("<p>Text</p>", "src=\"https://example.org/a.png\"");
        assertThat(safe.toLowerCase(Locale.ROOT))
                .doesNotContain("<script", "alert(", "<style", "display", "<iframe", "onclick", "onerror", "steal");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                " javascript:alert(1)",
                "java&#x09;script:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "vbscript:msgbox(1)"
            })
    void body_links_and_images_lose_dangerous_urls(String url) {
        String safe =
                HtmlSafety.sanitizeBody("<p><a href=\"" + url + "\">link</a><img src=\"" + url + "\" alt=\"a\"></p>");

        assertThat(safe).contains("link");
        assertThat(safe.toLowerCase(Locale.ROOT)).doesNotContain("script:", "data:");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<h2 id=\"related\">Related</h2>|<h2>Related</h2>",
                "<h2 id=\"top\">Top</h2>|<h2>Top</h2>",
                "<p id=\"h-intro\">Intro</p>|<p>Intro</p>",
                "<a id=\"main\" href=\"https://example.org/\">x</a>|<a href=\"https://example.org/\">x</a>",
                "<h3 id=\"h-ok\">Ok</h3>|<h3 id=\"h-ok\">Ok</h3>",
                "<ol><li id=\"fn-2\">Note</li></ol>|<ol><li id=\"fn-2\">Note</li></ol>",
                "<a id=\"fnref-2\" href=\"#fn-2\">2</a>|<a id=\"fnref-2\" href=\"#fn-2\">2</a>"
            })
    void body_keeps_only_ids_namespaced_away_from_the_pages_own(String html, String expected) {
        assertThat(HtmlSafety.sanitizeBody(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<b>Bold</b> title|Bold title",
                "Title<script>alert(1)</script>|Title",
                "Title<style>p { color: red }</style> here|Title here",
                "Fish &amp; Chips|Fish & Chips",
                "&quot;Quoted&quot; &#20013;&#x6587;|\"Quoted\" 中文",
                "AT&T|AT&T",
                "x < y|x < y",
                "论坛<em>评论</em>|论坛评论"
            })
    void plain_text_strips_tags_and_decodes_entities(String untrusted, String expected) {
        assertThat(HtmlSafety.plainText(untrusted)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>One</p><p>Two</p>|One Two",
                "Line one<br>Line two|Line one Line two",
                "<ul><li>Trade</li><li>Security</li></ul>|Trade Security",
                "<h2>Heading</h2>Text|Heading Text"
            })
    void plain_text_keeps_words_from_separate_blocks_apart(String untrusted, String expected) {
        assertThat(HtmlSafety.plainText(untrusted)).isEqualTo(expected);
    }

    @Test
    void plain_text_collapses_whitespace_and_drops_control_characters() {
        assertThat(HtmlSafety.plainText("  Korea \n\t policy  ")).isEqualTo("Korea policy");
        assertThat(HtmlSafety.plainText("Korea\u0000policy\u0007now\u200B")).isEqualTo("Korea policy now");
        assertThat(HtmlSafety.plainText("<b>Korea</b>\u0000policy\u001B")).doesNotContainPattern(CONTROL);
    }

    @Test
    void plain_text_keeps_joiners_that_hold_emoji_together() {
        assertThat(HtmlSafety.plainText("\uD83D\uDC69\u200D\uD83D\uDCBB")).isEqualTo("\uD83D\uDC69\u200D\uD83D\uDCBB");
    }

    @Test
    void plain_text_of_null_is_empty() {
        assertThat(HtmlSafety.plainText(null)).isEmpty();
    }

    @Property
    void plain_text_never_lets_markup_through(@ForAll("markupMixes") String untrusted) {
        assertThat(HtmlSafety.plainText(untrusted)).doesNotContainPattern(TAG_START);
    }

    @Property
    void plain_text_of_any_string_has_no_control_characters_or_runs_of_spaces(@ForAll String untrusted) {
        String text = HtmlSafety.plainText(untrusted);

        assertThat(text).doesNotContainPattern(CONTROL).doesNotContain("  ").isEqualTo(text.strip());
    }

    @Property
    void body_never_contains_a_script_tag(@ForAll String html) {
        assertThat(HtmlSafety.sanitizeBody(html)).doesNotContainIgnoringCase("<script");
    }

    @Property
    void body_of_attack_fragments_keeps_no_script_handler_script_url_or_page_id(@ForAll("attackMixes") String html) {
        String safe = HtmlSafety.sanitizeBody(html);

        assertThat(safe).doesNotContainIgnoringCase("<script");
        for (String tag : TAG.matcher(safe).results().map(MatchResult::group).toList()) {
            assertThat(QUOTED.matcher(tag).replaceAll("\"\""))
                    .as("tag in %s", safe)
                    .doesNotContainPattern(EVENT_HANDLER);
            URL_ATTRIBUTE
                    .matcher(tag)
                    .results()
                    .map(url -> schemeOf(Encoding.decodeHtml(url.group(1))))
                    .forEach(scheme ->
                            assertThat(scheme).as("URL scheme in %s", safe).isIn("", "http", "https", "mailto"));
            ID_ATTRIBUTE.matcher(tag).results().map(id -> id.group(1)).forEach(id -> assertThat(id)
                    .as("id in %s", safe)
                    .matches("(?:h-|fn-|fnref-).*"));
        }
    }

    /** The scheme a browser would see: tabs and newlines removed, and only before any '/', '?' or '#'. */
    private static String schemeOf(String url) {
        String cleaned = url.replaceAll("[\\t\\n\\r]", "").strip().toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(cleaned);
        return scheme.lookingAt() ? scheme.group(1) : "";
    }

    /**
     * Whole tags mixed with text. A stray '<' or an entity such as {@code &lt;} is text, which plainText
     * decodes back to '<' by design, so such fragments are left out here.
     */
    @Provide
    Arbitrary<String> markupMixes() {
        return Arbitraries.of(
                        "<script>",
                        "</script>",
                        "<SCRIPT src=//evil.example>",
                        "<img src=x onerror=alert(1)>",
                        "<a href=\"javascript:alert(1)\">",
                        "</a>",
                        "<b>",
                        "</b>",
                        "<style>",
                        "</style>",
                        "<!--",
                        "-->",
                        "<iframe src=https://evil.example>",
                        "</iframe>",
                        "<svg onload=alert(1)>",
                        ">",
                        "\"",
                        "'",
                        " ",
                        "\n",
                        "=",
                        "/",
                        "onerror=",
                        "javascript:",
                        "alert(1)",
                        "x",
                        "中文",
                        "\u0000")
                .list()
                .ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    /** Attack fragments including stray '<' and entities, which bodies must keep escaped. */
    @Provide
    Arbitrary<String> attackMixes() {
        return Arbitraries.of(
                        "<script>",
                        "</script>",
                        "<ScRiPt>",
                        "<scr",
                        "ipt>",
                        "<",
                        "&lt;",
                        "&#60;",
                        "<p ",
                        "<a href=",
                        "<img src=",
                        "\"javascript:alert(1)\"",
                        "'JaVaScRiPt:alert(1)'",
                        "data:text/html,x",
                        " onerror=",
                        " onclick=alert(1)",
                        "alert(1)",
                        "\"",
                        "'",
                        ">",
                        " ",
                        "x",
                        "<h2 id=\"top\">",
                        "<h2 id=\"h-ok\">",
                        "<a id=related href=#fn-1>",
                        "</p>",
                        "<svg/onload=alert(1)>",
                        "<iframe>",
                        "<!--",
                        "-->")
                .list()
                .ofMaxSize(14)
                .map(parts -> String.join("", parts));
    }
}
