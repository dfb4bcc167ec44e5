package org.tribune.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tribune.markdown.HtmlSafety;

/**
 * Turns a WordPress post body into Tribune's Markdown: block-editor comments dropped, classic
 * editor text given the paragraphs {@code wpautop} would give it, {@code [caption]} made an
 * image with its caption, {@code [embed]} and embed URLs on their own line made links, then the
 * body sanitizer, then flexmark's HTML→Markdown converter. Other shortcodes stay as text and
 * are counted by kind so the import can report them.
 */
final class WordPressHtml {
    /**
     * Typographic characters stay as they are: by default the converter writes “ ” ‘ ’ … – — as
     * {@code " ' ... -- ---} for a renderer with smart punctuation, which Tribune's is not (readers
     * would see the ASCII), and looks for them with a pattern of seventeen alternatives at every
     * character of every text, the largest single cost of an import.
     */
    private static final FlexmarkHtmlConverter TO_MARKDOWN = FlexmarkHtmlConverter.builder(new MutableDataSet()
                    .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
                    .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false))
            .build();
    /**
     * The converter writes a space after closing emphasis before any non-space character, which
     * is needed before a letter but shows as a stray space before punctuation ({@code **a** .}).
     */
    private static final Pattern SPACE_BEFORE_PUNCTUATION =
            Pattern.compile("(?<=\\S)(\\*{1,2}) (?=[.,;:!?)\\]。，、；：！？）」』])");

    private static final Pattern CAPTION =
            Pattern.compile("\\[caption([^\\]]*)\\](.*?)\\[/caption\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_TAG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED =
            Pattern.compile("\\[embed[^\\]]*\\]\\s*(https?://[^\\s\\[<]+)\\s*\\[/embed\\]", Pattern.CASE_INSENSITIVE);
    /** WordPress embeds a URL that stands alone on its line (oEmbed); without the network it is a link. */
    private static final Pattern BARE_URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");
    /** An opening shortcode tag such as {@code [gallery ids="1,2"]}; closing tags are not counted. */
    private static final Pattern SHORTCODE = Pattern.compile("\\[([a-zA-Z][\\w-]*)(?:\\s[^\\[\\]]*)?/?\\]");

    private static final Pattern BLOCK_START = Pattern.compile(
            "(?is)^<(?:p|div|h[1-6]|ul|ol|li|table|blockquote|pre|figure|hr|section|dl|address|form)\\b.*");

    private WordPressHtml() {}

    /** The Markdown, and how many of each unhandled shortcode the body had (by name). */
    record Converted(String markdown, Map<String, Integer> shortcodes) {}

    static Converted toMarkdown(String body) {
        if (body == null || body.isBlank()) {
            return new Converted("", Map.of());
        }
        String html = body.replace("\r\n", "\n");
        html = CAPTION.matcher(html).replaceAll(WordPressHtml::figure);
        html = EMBED.matcher(html).replaceAll(m -> link(m.group(1)));
        Map<String, Integer> shortcodes = new TreeMap<>();
        Matcher shortcode = SHORTCODE.matcher(html);
        while (shortcode.find()) {
            shortcodes.merge(shortcode.group(1).toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        if (!html.contains("<!-- wp:")) {
            html = BARE_URL_LINE.matcher(html).replaceAll(m -> link(m.group(1)));
            if (!html.contains("<p>") && !html.contains("<p ")) {
                html = autop(html);
            }
        }
        String markdown = TO_MARKDOWN.convert(figuresAsParagraphs(HtmlSafety.sanitizeBody(html)));
        markdown = SPACE_BEFORE_PUNCTUATION.matcher(markdown).replaceAll("$1").strip();
        return new Converted(markdown, shortcodes);
    }

    /** {@code [caption]<img …> Text[/caption]} → a figure whose caption is the text after the image. */
    private static String figure(MatchResult m) {
        String inner = m.group(2);
        Matcher img = IMAGE_TAG.matcher(inner);
        if (!img.find()) {
            return Matcher.quoteReplacement(inner);
        }
        String caption = (inner.substring(0, img.start()) + inner.substring(img.end())).strip();
        String figure = "<figure>" + img.group() + "<figcaption>" + caption + "</figcaption></figure>";
        return Matcher.quoteReplacement("\n\n" + figure + "\n\n");
    }

    /**
     * Markdown has no figure: an image figure becomes the image in its own paragraph followed by
     * its caption in italics; a table figure (the block editor wraps tables) becomes the table.
     */
    private static String figuresAsParagraphs(String html) {
        if (!html.contains("<figure")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element figure : doc.select("figure")) {
            Element caption = figure.selectFirst("figcaption");
            if (caption != null) {
                caption.remove();
            }
            for (Element img : figure.select("img")) {
                img.wrap("<p></p>");
            }
            if (caption != null && !caption.text().isBlank()) {
                figure.appendElement("p").appendElement("em").text(caption.text());
            }
            figure.unwrap();
        }
        return doc.body().html();
    }

    private static String link(String url) {
        String escaped = url.replace("&", "&amp;").replace("\"", "&quot;");
        return Matcher.quoteReplacement("<p><a href=\"" + escaped + "\">" + escaped + "</a></p>");
    }

    /**
     * What WordPress's {@code wpautop} does to classic-editor text, in its simple form: text
     * separated by blank lines becomes paragraphs and single line breaks become {@code <br>};
     * chunks that already start with a block element stay as they are.
     */
    static String autop(String text) {
        var out = new StringBuilder();
        for (String chunk : text.strip().split("\\n\\s*\\n")) {
            String c = chunk.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (BLOCK_START.matcher(c).matches()) {
                out.append(c);
            } else {
                out.append("<p>").append(c.replace("\n", "<br>")).append("</p>");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
