package org.tribune.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ExportPathsTest {
    /** What the switch's rewrite means, as a regular expression: the target runs to a quote, ampersand or space. */
    private static final Pattern SWITCH = Pattern.compile("/language\\?to=([^\"'&\\s]+)");

    private static String rewrittenByPattern(String html) {
        Matcher m = SWITCH.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8)));
        }
        return m.appendTail(out).toString();
    }

    /** The rewrite of a page's UTF-8 bytes, read back. */
    static String rewritten(String html) {
        return new String(
                ExportPaths.rewriteLanguageSwitch(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void switch_links_lead_to_their_pages_and_everything_else_stays() {
        assertThat(rewritten("<a href=\"/language?to=%2Fzh-hant%2Farticles%2Fx\" hreflang=\"zh-Hant\">繁體</a>"
                        + "<a href='/language?to=%2Fen%2F'>English</a><p>/language?to= stays</p>"))
                .isEqualTo("<a href=\"/zh-hant/articles/x\" hreflang=\"zh-Hant\">繁體</a>"
                        + "<a href='/en/'>English</a><p>/language?to= stays</p>");
        byte[] none = "<p>no switch here, 中文</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(ExportPaths.rewriteLanguageSwitch(none)).isSameAs(none);
    }

    @Property
    void the_rewrite_agrees_with_its_regular_expression(@ForAll("pages") String html) {
        assertThat(rewritten(html)).isEqualTo(rewrittenByPattern(html));
    }

    @Provide
    Arbitrary<String> pages() {
        List<String> pieces = List.of(
                "/language?to=",
                "/language?to",
                "%2F",
                "%E4%B8%AD",
                "zh-hant",
                "+",
                "\"",
                "'",
                "&",
                "&amp;",
                " ",
                "\t",
                "\n",
                "<a href=",
                ">",
                "x",
                "中");
        return Arbitraries.of(pieces).list().ofMaxSize(16).map(list -> String.join("", list));
    }

    @Property
    void links_are_found_whole_whatever_characters_surround_them(
            @ForAll("pages") String before, @ForAll("linkTexts") String link, @ForAll("pages") String after) {
        String page = before.replace("\"", "") + "<a href=\"" + link + "\">" + after.replace("href=", "");
        assertThat(ExportPaths.linksIn(page.getBytes(StandardCharsets.UTF_8))).contains(link);
    }

    @Provide
    Arbitrary<String> linkTexts() {
        return Arbitraries.of("/", "/en/", "/zh-hant/articles/x", "/en/topics/同盟", "/媒体/圖.png", "/x?y=é")
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(list -> String.join("", list));
    }

    @Test
    void search_pages_of_every_language_stay_out_and_other_pages_named_search_do_not() {
        String base = "https://journal.example";
        assertThat(ExportPaths.internalPath("/zh-hant/search?q=x", base)).isEmpty();
        assertThat(ExportPaths.internalPath(base + "/en/search", base)).isEmpty();
        assertThat(ExportPaths.internalPath("/en/articles/search", base)).hasValue("/en/articles/search");
        assertThat(ExportPaths.internalPath("/en/search/more", base)).hasValue("/en/search/more");
    }

    @Test
    void every_copy_a_srcset_lists_is_a_link_so_the_export_writes_each_image_copy() {
        String page = "<img src=\"/media/a-960w.jpg\" srcset=\"/media/a-240w.jpg 240w, /media/a-960w.jpg 960w,"
                + "/media/a.jpg 2000w\" sizes=\"40rem\" alt=\"\">";

        assertThat(ExportPaths.linksIn(page.getBytes(StandardCharsets.UTF_8)))
                .contains("/media/a-240w.jpg", "/media/a-960w.jpg", "/media/a.jpg")
                .noneMatch(link -> link.contains(" "));
    }
}
