package org.tribune.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.tribune.content.Lang;

/** The Lucene queries behind a reader's search: what matches, and what a result page may show. */
final class SearchQueries {
    private SearchQueries() {}

    /** Each term may match in any field (the best field counts); most terms must match. */
    static Query matching(Lang lang, List<String> terms) {
        var all = new BooleanQuery.Builder();
        for (String term : terms) {
            List<Query> perField = new ArrayList<>();
            Analysis.WEIGHTS.forEach((base, weight) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(Analysis.field(base, lang), term)), weight)));
            all.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.SHOULD);
        }
        int n = terms.size();
        all.setMinimumNumberShouldMatch(n <= 3 ? n : (int) Math.ceil(n * 0.75));
        return all.build();
    }

    /** {@code matching}, kept to the page's language, to editions out by {@code now}, and to the filter. */
    static Query visible(Query matching, Lang lang, Instant now, SearchFilter filter) {
        var visible = new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(new TermQuery(new Term(SearchIndex.LANG, lang.tag())), Occur.FILTER)
                .add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, Long.MIN_VALUE, now.toEpochMilli()), Occur.FILTER);
        if (filter.topic() != null) {
            visible.add(new TermQuery(new Term(SearchIndex.TOPIC_KEY, filter.topic())), Occur.FILTER);
        }
        if (filter.author() != null) {
            visible.add(new TermQuery(new Term(SearchIndex.AUTHOR_KEY, filter.author())), Occur.FILTER);
        }
        if (filter.year() != null) {
            long from = LocalDate.of(filter.year(), 1, 1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .toEpochMilli();
            long until = LocalDate.of(filter.year() + 1, 1, 1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant()
                    .toEpochMilli();
            visible.add(LongPoint.newRangeQuery(SearchIndex.PUBLISHED, from, until - 1), Occur.FILTER);
        }
        return visible.build();
    }
}
