package org.tribune.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Encoder;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.tribune.content.Lang;

/**
 * Highlighted passages: the text HTML-escaped, matched words wrapped in {@code <mark>}. Any failure
 * to highlight falls back to the escaped text without marks; it never fails a search.
 */
final class Snippets {
    static final int FRAGMENT_CHARS_EN = 200;
    static final int FRAGMENT_CHARS_ZH = 90;
    static final int MAX_CHARS_TO_ANALYZE = 600;
    /** Escapes what HTML needs and nothing else (Lucene's own encoder turns all non-ASCII into entities). */
    static final Encoder HTML = Snippets::escape;

    private final Analysis analysis;

    Snippets(Analysis analysis) {
        this.analysis = analysis;
    }

    /** The whole title with its matches marked. */
    String title(Query query, Lang lang, String title) {
        String field = Analysis.field(Analysis.TITLE, lang);
        var highlighter = highlighter(query, field);
        highlighter.setTextFragmenter(new NullFragmenter());
        String marked = best(highlighter, lang, field, title);
        return marked != null ? marked : escape(title);
    }

    /** The best passage of the body, else of the summary, else the start of the summary or body. */
    String passage(Query query, Lang lang, String summary, String body) {
        int size = lang.isChinese() ? FRAGMENT_CHARS_ZH : FRAGMENT_CHARS_EN;
        for (String base : new String[] {Analysis.BODY, Analysis.SUMMARY}) {
            String field = Analysis.field(base, lang);
            var highlighter = highlighter(query, field);
            var scorer = (QueryScorer) highlighter.getFragmentScorer();
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, size));
            String marked = best(highlighter, lang, field, base.equals(Analysis.BODY) ? body : summary);
            if (marked != null) {
                return marked;
            }
        }
        String text = summary.isBlank() ? body : summary;
        return escape(text.length() <= size ? text : text.substring(0, size) + "…");
    }

    private static Highlighter highlighter(Query query, String field) {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HTML, new QueryScorer(query, field));
        // Re-analysing a whole body for every hit is most of a search's cost (SmartChinese above all);
        // a passage from the opening is as useful to a reader, and the summary is the fallback.
        highlighter.setMaxDocCharsToAnalyze(MAX_CHARS_TO_ANALYZE);
        return highlighter;
    }

    private String best(Highlighter highlighter, Lang lang, String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return highlighter.getBestFragment(analysis.of(lang), field, text);
        } catch (IOException | InvalidTokenOffsetsException | RuntimeException e) {
            return null;
        }
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
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
        return out.toString();
    }
}
