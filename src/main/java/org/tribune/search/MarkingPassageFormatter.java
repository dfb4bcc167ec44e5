package org.tribune.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * How result pages show a passage: its text HTML-escaped, each match wrapped in {@code <mark>}
 * (overlapping matches marked once), with "…" where the field's text was cut when asked to.
 */
final class MarkingPassageFormatter extends PassageFormatter {
    private final boolean showCuts;

    MarkingPassageFormatter(boolean showCuts) {
        this.showCuts = showCuts;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        Passage passage = passages[0];
        int end = Math.min(passage.getEndOffset(), content.length());
        var out = new StringBuilder(end - passage.getStartOffset() + 32);
        int at = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchEnd = Math.min(passage.getMatchEnds()[i], end);
            if (matchEnd <= at) {
                continue;
            }
            int matchStart = Math.max(at, passage.getMatchStarts()[i]);
            escape(out, content, at, matchStart);
            out.append("<mark>");
            escape(out, content, matchStart, matchEnd);
            out.append("</mark>");
            at = matchEnd;
        }
        escape(out, content, at, end);
        String html = out.toString().strip();
        if (showCuts) {
            html = (passage.getStartOffset() > 0 ? "…" : "") + html + (end < content.length() ? "…" : "");
        }
        return new Marked(html, passage.getNumMatches() > 0);
    }

    /**
     * What {@link #format} returns: a field of one result as HTML; {@code matched} false when it is
     * only the field's start.
     */
    record Marked(String html, boolean matched) {}

    /** The text HTML-escaped; empty for null. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        escape(out, text, 0, text.length());
        return out.toString();
    }

    /** Escapes what HTML needs and nothing else (Lucene's own formatter turns much of the text into entities). */
    private static void escape(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
