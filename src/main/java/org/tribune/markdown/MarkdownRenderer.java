package org.tribune.markdown;

import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders an edition's Markdown body to safe HTML: CommonMark with tables, footnotes, autolinks
 * and heading anchors, then sanitized. One instance is shared; it is thread-safe.
 */
public final class MarkdownRenderer {
    private final List<Extension> extensions;
    private final Parser parser;
    private final HtmlRenderer latin;
    private final HtmlRenderer chinese;
    private final Parser blockParser;
    private final HtmlRenderer latinBlock;
    private final HtmlRenderer chineseBlock;

    public MarkdownRenderer() {
        this.extensions = List.of(
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

    /** Lines of a Markdown text, counted from 0, the last one included. */
    public record Lines(int first, int last) {
        boolean cover(int from, int to) {
            return first <= from && to <= last;
        }
    }

    /**
     * As {@link #render(String, Locale)}, with each outermost block that lies within one of
     * {@code foreign} marked as written in {@code foreignLang} ({@code <p lang="en">}), so that
     * screen readers and browsers treat text left in another language as that language.
     */
    public String render(String markdown, Locale language, List<Lines> foreign, String foreignLang) {
        if (foreign.isEmpty()) {
            return render(markdown, language);
        }
        Parser spanned = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
        var document = spanned.parse(markdown == null ? "" : markdown);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .sanitizeUrls(true)
                .softbreak(language.getLanguage().equals("zh") ? "" : "\n")
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Block && within(node, foreign) && !within(node.getParent(), foreign)) {
                        attributes.put("lang", foreignLang);
                    }
                })
                .build();
        return HtmlSafety.sanitizeBody(renderer.render(document));
    }

    private static boolean within(Node node, List<Lines> foreign) {
        if (node == null || node instanceof Document || node.getSourceSpans().isEmpty()) {
            return false;
        }
        List<SourceSpan> spans = node.getSourceSpans();
        int from = spans.getFirst().getLineIndex();
        int to = spans.getLast().getLineIndex();
        return foreign.stream().anyMatch(lines -> lines.cover(from, to));
    }
}
