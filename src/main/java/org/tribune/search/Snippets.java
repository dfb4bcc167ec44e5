package org.tribune.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.tribune.content.Lang;
import org.tribune.search.MarkingPassageFormatter.Marked;

/**
 * Highlighted titles and passages of result pages: the text HTML-escaped, matched words wrapped in
 * {@code <mark>}. Matches are found from the offsets the index keeps in its postings
 * ({@link IndexedFields}), so no hit's text is analysed again: analysing Chinese text with
 * SmartChinese costs more than the rest of a search.
 */
final class Snippets {
    static final int FRAGMENT_CHARS_EN = 200;
    static final int FRAGMENT_CHARS_ZH = 90;
    /**
     * Passages come from the opening of a body: as useful to a reader as one from deeper down, and
     * each match further in costs the passage search time.
     */
    static final int MAX_CHARS_TO_MARK = 2_000;

    private final Analysis analysis;

    Snippets(Analysis analysis) {
        this.analysis = analysis;
    }

    /**
     * One result's title (whole, matches marked) and passage: the best passage of the body, else of
     * the summary, else the start of the summary (or of the body when there is no summary).
     */
    record Snippet(String titleHtml, String passageHtml) {}

    /** The snippets of {@code docs} (top-level doc ids), in the same order. */
    List<Snippet> of(IndexSearcher searcher, Query matching, Lang lang, int[] docs) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        String title = Analysis.field(Analysis.TITLE, lang);
        String body = Analysis.field(Analysis.BODY, lang);
        String summary = Analysis.field(Analysis.SUMMARY, lang);
        var highlighter = new ResultHighlighter(searcher, analysis, lang, title, body, summary);
        Map<String, Object[]> marked;
        try {
            marked = highlighter.mark(new String[] {title, body, summary}, matching, docs);
        } catch (RuntimeException e) {
            return unmarked(searcher, lang, docs);
        }
        List<Snippet> snippets = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Marked t = (Marked) marked.get(title)[i];
            snippets.add(new Snippet(
                    t == null ? "" : t.html(), passage((Marked) marked.get(body)[i], (Marked) marked.get(summary)[i])));
        }
        return snippets;
    }

    /** Highlighting must never fail a search: should it fail, the text is shown without marks. */
    private static List<Snippet> unmarked(IndexSearcher searcher, Lang lang, int[] docs) throws IOException {
        List<Snippet> snippets = new ArrayList<>(docs.length);
        int chars = lang.isChinese() ? FRAGMENT_CHARS_ZH : FRAGMENT_CHARS_EN;
        for (int doc : docs) {
            // A reader per document: the docs are in rank order, and doc values are read forwards.
            HitText shown = new HitText.Reader(searcher.getIndexReader().leaves()).read(doc);
            String text = shown.summary().isBlank() ? shown.bodyOpening() : shown.summary();
            snippets.add(new Snippet(
                    MarkingPassageFormatter.escape(shown.title()),
                    MarkingPassageFormatter.escape(text.length() <= chars ? text : text.substring(0, chars) + "…")));
        }
        return snippets;
    }

    /** Body and summary come marked only where they match, or as their start where they do not. */
    private static String passage(Marked body, Marked summary) {
        if (body != null && body.matched()) {
            return body.html();
        }
        if (summary != null) {
            return summary.html();
        }
        return body == null ? "" : body.html();
    }

    /**
     * The unified highlighter, told per field how to cut: titles whole, passages of about a
     * fragment's length around the best matches, with "…" where the text was cut.
     */
    private static final class ResultHighlighter extends UnifiedHighlighter {
        private static final PassageFormatter WHOLE = new MarkingPassageFormatter(false);
        private static final PassageFormatter CUT = new MarkingPassageFormatter(true);
        private final Lang lang;
        private final IndexSearcher searcher;
        private final String titleField;
        private final String bodyField;
        private final String summaryField;

        ResultHighlighter(
                IndexSearcher searcher,
                Analysis analysis,
                Lang lang,
                String titleField,
                String bodyField,
                String summaryField) {
            // Queries are plain terms: matching them against the postings needs no Weight per hit.
            super(UnifiedHighlighter.builder(searcher, analysis.of(lang))
                    .withWeightMatches(false)
                    .withMaxLength(MAX_CHARS_TO_MARK)
                    .withScorer(new DistinctWordsPassageScorer()));
            this.searcher = searcher;
            this.lang = lang;
            this.titleField = titleField;
            this.bodyField = bodyField;
            this.summaryField = summaryField;
        }

        /**
         * The texts come from {@link HitText}, already cut where passages stop being looked for,
         * instead of from stored fields (the documents come in increasing order).
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            var reader = new HitText.Reader(searcher.getIndexReader().leaves());
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                HitText shown = reader.read(doc);
                CharSequence[] row = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = fields[i].equals(titleField)
                            ? shown.title()
                            : fields[i].equals(bodyField)
                                    ? shown.bodyOpening()
                                    : fields[i].equals(summaryField) ? shown.summary() : "";
                }
                values.add(row);
            }
            return values;
        }

        Map<String, Object[]> mark(String[] fields, Query query, int[] docs) throws IOException {
            int[] onePassage = new int[fields.length];
            Arrays.fill(onePassage, 1);
            return highlightFieldsAsObjects(fields, query, docs, onePassage);
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (field.equals(titleField)) {
                return new WholeBreakIterator();
            }
            int chars = lang.isChinese() ? FRAGMENT_CHARS_ZH : FRAGMENT_CHARS_EN;
            return LengthGoalBreakIterator.createClosestToLength(new WordBreakIterator(), chars, 0.5f);
        }

        @Override
        protected PassageFormatter getFormatter(String field) {
            return field.equals(titleField) ? WHOLE : CUT;
        }

        /** Every field shown is indexed with offsets ({@link IndexLayout}): no need to look up how. */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return OffsetSource.POSTINGS;
        }

        /** A body without matches yields nothing: the summary is the better stand-in. */
        @Override
        protected int getMaxNoHighlightPassages(String field) {
            return field.equals(bodyField) ? 0 : 1;
        }
    }
}
