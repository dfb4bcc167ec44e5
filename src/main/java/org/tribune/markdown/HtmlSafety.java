package org.tribune.markdown;

import java.util.regex.Pattern;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Makes untrusted text safe before it is stored: imported and edited content is never trusted.
 *
 * <p>Bodies keep the HTML that Markdown produces (and the harmless part of any raw HTML); every
 * other field is reduced to plain text, which templates then escape on output.
 */
public final class HtmlSafety {
    /** Ids in bodies are namespaced so content can never collide with the page's own ids. */
    private static final Pattern CONTENT_ID = Pattern.compile("(?:h-|fn-|fnref-)[\\p{L}\\p{N}_.-]{0,80}");

    /** A BCP 47 tag such as {@code en} or {@code zh-Hans}, marking text left in another language. */
    private static final Pattern LANG_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    private static final Pattern CODE_CLASS = Pattern.compile("language-[\\w+#-]{1,40}");
    private static final Pattern FOOTNOTE_CLASS = Pattern.compile("footnotes|footnote-ref|footnote-backref");
    private static final Pattern TABLE_ALIGN = Pattern.compile("left|right|center");
    private static final Pattern DIMENSION = Pattern.compile("\\d{1,4}");

    private static final PolicyFactory BODY = new HtmlPolicyBuilder()
            .allowCommonBlockElements()
            .allowCommonInlineFormattingElements()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "pre",
                    "code",
                    "ul",
                    "ol",
                    "li",
                    "dl",
                    "dt",
                    "dd",
                    "em",
                    "strong",
                    "del",
                    "s",
                    "sup",
                    "sub",
                    "mark",
                    "abbr",
                    "cite",
                    "q",
                    "figure",
                    "figcaption",
                    "section",
                    "table",
                    "thead",
                    "tbody",
                    "tfoot",
                    "tr",
                    "th",
                    "td",
                    "caption",
                    "a",
                    "img")
            .allowAttributes("id")
            .matching(CONTENT_ID)
            .onElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "a", "sup", "section")
            .allowAttributes("class")
            .matching(CODE_CLASS)
            .onElements("code")
            .allowAttributes("class")
            .matching(FOOTNOTE_CLASS)
            .onElements("section", "sup", "a")
            .allowAttributes("data-footnotes")
            .onElements("section")
            .allowAttributes("data-footnote-ref", "data-footnote-backref")
            .onElements("a")
            .allowAttributes("lang")
            .matching(LANG_TAG)
            .onElements(
                    "p",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "pre",
                    "table",
                    "div",
                    "hr")
            .allowAttributes("align")
            .matching(TABLE_ALIGN)
            .onElements("th", "td")
            .allowAttributes("start")
            .matching(DIMENSION)
            .onElements("ol")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(DIMENSION)
            .onElements("img")
            .allowAttributes("title")
            .onElements("abbr")
            .allowUrlProtocols("https", "http", "mailto")
            .toFactory();

    private static final PolicyFactory NO_MARKUP = new HtmlPolicyBuilder().toFactory();
    /** Block boundaries separate words: "<p>One</p><p>Two</p>" reads "One Two", not "OneTwo". */
    private static final Pattern BLOCK_TAG =
            Pattern.compile("(?i)<(?=/?(?:p|br|div|li|h[1-6]|tr|td|th|dt|dd|blockquote|section|article)\\b)");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200D\\u200C]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HtmlSafety() {}

    /** Keeps the safe part of an HTML fragment rendered from a body. */
    public static String sanitizeBody(String html) {
        return BODY.sanitize(html);
    }

    /**
     * Reduces a title, summary or name to plain text: tags (and the content of scripts and styles)
     * removed, entities decoded, control characters dropped and whitespace collapsed.
     */
    public static String plainText(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        String stripped = untrusted.indexOf('<') < 0 && untrusted.indexOf('&') < 0
                ? untrusted
                : Encoding.decodeHtml(
                        NO_MARKUP.sanitize(BLOCK_TAG.matcher(untrusted).replaceAll(" <")));
        String noControls = CONTROL.matcher(stripped).replaceAll(" ");
        return SPACES.matcher(noControls).replaceAll(" ").strip();
    }
}
