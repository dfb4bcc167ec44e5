package org.tribune.markdown;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders an edition's Markdown body to safe HTML: CommonMark with tables, footnotes, autolinks
 * and heading anchors, then sanitized. One instance is shared; it is thread-safe.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer latin;
    private final HtmlRenderer chinese;
    private final Parser blockParser;
    private final HtmlRenderer latinBlock;
    private final HtmlRenderer chineseBlock;

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                FootnotesExtension.create(),
                AutolinkExtension.create(),
                HeadingAnchorExtension.builder()
                        .idPrefix("h-")
                        .defaultId("section")
                        .build());
        this.parser = Parser.builder().extensions(extensions).build();
        this.latin =
                HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();
        // A line break inside a Chinese paragraph must not turn into a space between characters.
        this.chinese = HtmlRenderer.builder()
                .extensions(extensions)
                .sanitizeUrls(true)
                .softbreak("")
                .build();
        // One block of a body on a page that shows two bodies: no heading anchors or footnote
        // links, whose ids would repeat across the two and whose targets sit in other blocks.
        List<Extension> blockExtensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        this.blockParser = Parser.builder().extensions(blockExtensions).build();
        this.latinBlock = HtmlRenderer.builder()
                .extensions(blockExtensions)
                .sanitizeUrls(true)
                .build();
        this.chineseBlock = HtmlRenderer.builder()
                .extensions(blockExtensions)
                .sanitizeUrls(true)
                .softbreak("")
                .build();
    }

    /**
     * Renders {@code markdown} written in {@code language} (Chinese joins a paragraph's lines
     * without spaces); the result is safe to emit as is.
     */
    public String render(String markdown, Locale language) {
        var document = parser.parse(markdown == null ? "" : markdown);
        String html = (language.getLanguage().equals("zh") ? chinese : latin).render(document);
        return HtmlSafety.sanitizeBody(html);
    }

    /**
     * Renders one block of a body ({@code MarkdownBlocks}) by itself, for a page that shows two
     * bodies block by block: as {@link #render}, without heading anchors and footnote links.
     */
    public String renderBlock(String markdown, Locale language) {
        var document = blockParser.parse(markdown == null ? "" : markdown);
        String html = (language.getLanguage().equals("zh") ? chineseBlock : latinBlock).render(document);
        return HtmlSafety.sanitizeBody(html);
    }
}
