package org.tribune.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.tribune.content.Lang;

/**
 * A reader's search answered from the index's published view: the page of hits asked for, with
 * their highlighted titles and passages, or only how many editions match.
 */
final class ResultPageSearch {
    /** Runs work on the latest published view of the index ({@link SearchIndex#withSearcher}). */
    interface Searchers {
        <T> T withSearcher(SearchIndex.SearcherWork<T> work);
    }

    private final Analysis analysis;
    private final Snippets snippets;
    private final Clock clock;
    private final Searchers searchers;

    ResultPageSearch(Analysis analysis, Clock clock, Searchers searchers) {
        this.analysis = analysis;
        this.snippets = new Snippets(analysis);
        this.clock = clock;
        this.searchers = searchers;
    }

    /** Page {@code page} (from 1) of {@code pageSize} hits, both already checked to be at least 1. */
    SearchResults page(Lang lang, String query, int page, int pageSize, SearchFilter filter) {
        String text = SearchQuery.clean(query);
        List<String> terms = terms(lang, text);
        if (terms.isEmpty() || page > SearchIndex.MAX_PAGE) {
            return SearchResults.none(text, page, pageSize);
        }
        Query matching = SearchQueries.matching(lang, terms);
        Instant now = clock.instant();
        Query visible = SearchQueries.visible(matching, lang, now, filter);
        // The boost's clock is coarse (an hour) so repeated searches share cached work.
        long hour = now.toEpochMilli() / 3_600_000L * 3_600_000L;
        Query ranked = new RecencyBoost(visible, SearchIndex.PUBLISHED, hour);
        return searchers.withSearcher(searcher -> {
            TopDocs top = searcher.search(
                    ranked, new TopScoreDocCollectorManager(page * pageSize, SearchIndex.EXACT_COUNT_UP_TO));
            int[] shown = Arrays.stream(top.scoreDocs)
                    .skip((long) (page - 1) * pageSize)
                    .mapToInt(sd -> sd.doc)
                    .toArray();
            List<Snippets.Snippet> marked = snippets.of(searcher, matching, lang, shown);
            List<SearchHit> hits = new ArrayList<>(shown.length);
            for (int i = 0; i < shown.length; i++) {
                hits.add(hit(searcher, shown[i], lang, marked.get(i)));
            }
            boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            int total = exact ? Math.toIntExact(top.totalHits.value()) : SearchIndex.EXACT_COUNT_UP_TO;
            return new SearchResults(text, hits, page, pageSize, total, exact);
        });
    }

    /** How many editions in {@code lang} a search for {@code query} finds, without reading any. */
    int count(Lang lang, String query) {
        List<String> terms = terms(lang, SearchQuery.clean(query));
        if (terms.isEmpty()) {
            return 0;
        }
        Query visible =
                SearchQueries.visible(SearchQueries.matching(lang, terms), lang, clock.instant(), SearchFilter.none());
        return searchers.withSearcher(searcher -> searcher.count(visible));
    }

    private List<String> terms(Lang lang, String cleanQuery) {
        return cleanQuery.isEmpty() ? List.of() : analysis.terms(lang, cleanQuery);
    }

    /** The article id and date come from doc values: reading them costs no stored-document decompression. */
    private static SearchHit hit(IndexSearcher searcher, int doc, Lang lang, Snippets.Snippet marked)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        SortedDocValues articles = DocValues.getSorted(leaf.reader(), SearchIndex.ARTICLE);
        NumericDocValues published = DocValues.getNumeric(leaf.reader(), SearchIndex.PUBLISHED);
        if (!articles.advanceExact(local) || !published.advanceExact(local)) {
            throw new IllegalStateException("edition without an article id or date in the index: doc " + doc);
        }
        return new SearchHit(
                articles.lookupOrd(articles.ordValue()).utf8ToString(),
                lang,
                marked.titleHtml(),
                marked.passageHtml(),
                Instant.ofEpochMilli(published.longValue()));
    }
}
