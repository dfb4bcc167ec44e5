package org.tribune.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.tribune.zh.ScriptConverter;

/**
 * Converts the prose of a Markdown document and nothing else: the source is kept byte for byte
 * except inside text nodes, so URLs, code, HTML and the Markdown structure come through untouched.
 */
public final class MarkdownConversion {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), FootnotesExtension.create(), AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownConversion() {}

    public static String convert(String markdown, ScriptConverter converter) {
        List<SourceSpan> prose = proseSpans(markdown);
        var out = new StringBuilder(markdown.length() + 16);
        int copied = 0;
        for (SourceSpan span : prose) {
            int start = span.getInputIndex();
            int end = start + span.getLength();
            if (start < copied || end > markdown.length()) {
                continue;
            }
            out.append(markdown, copied, start);
            converter.convert(markdown, start, end, out);
            copied = end;
        }
        out.append(markdown, copied, markdown.length());
        return out.toString();
    }

    private static List<SourceSpan> proseSpans(String markdown) {
        List<SourceSpan> spans = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                // An autolink's text is its address: leave it as written.
                if (!(text.getParent() instanceof Link link
                        && link.getDestination().endsWith(text.getLiteral()))) {
                    spans.addAll(text.getSourceSpans());
                }
            }
        });
        spans.sort(Comparator.comparingInt(SourceSpan::getInputIndex));
        return spans;
    }
}
