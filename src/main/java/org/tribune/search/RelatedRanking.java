package org.tribune.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.tribune.content.Lang;

/**
 * Ranks the articles most like one article with Lucene's {@link MoreLikeThis}, for the whole
 * translation group at once: the English edition's most telling terms are looked for in English
 * editions, the Chinese edition's in Chinese ones (both scripts share the folded {@code _zh}
 * fields), and each side's scores, scaled to its best hit, are added per article. An article thus
 * gets one ranking, whatever edition a reader opens.
 *
 * <p>One round of feedback follows: the terms of the {@value #FEEDBACK} nearest articles join the
 * article's own, at half weight or less, and the search runs again. A single article shares stray
 * words with articles on other subjects ("satellites", "poorer", "solar"); its nearest neighbours
 * mostly share only its subject, so the second round leans towards what the subject's articles have
 * in common. On the test corpus of five subjects ({@code RelatedQualityTest}) this took the articles
 * with fewer than four of five links on their own subject from about six to none; it doubles the
 * cost of a ranking.
 */
final class RelatedRanking {
    /** Articles kept per group: enough that a language lacking some still fills its block. */
    static final int KEEP = 20;
    private static final int FEEDBACK = 2;
    private static final double FEEDBACK_WEIGHT = 0.5;
    private static final int HITS_PER_SIDE = 60;
    private static final int MAX_QUERY_TERMS = 25;
    /** Scores this close count as a tie, which the newer article wins. */
    private static final double TIE = 1e-3;

    private final Analysis analysis;
    /**
     * Each article's MoreLikeThis queries, per side: the article's own, and again whenever it is a
     * neighbour in another article's feedback round. Building one reads the article's term vectors
     * and every term's document frequency, the larger part of a ranking's cost.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, Map<Side, Query>> likes =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();

    RelatedRanking(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Forgets the remembered queries: their term weights belong to an index that has changed. */
    void forget() {
        likes.invalidateAll();
    }

    /** The article's queries per side, built once per index state; empty when the index lacks it. */
    private Map<Side, Query> likesOf(IndexSearcher searcher, String articleId) throws IOException {
        Map<Side, Query> known = likes.getIfPresent(articleId);
        if (known != null) {
            return known;
        }
        Map<Side, Query> built = new EnumMap<>(Side.class);
        for (var side : editions(searcher, articleId).entrySet()) {
            built.put(side.getKey(), like(searcher, side.getValue()));
        }
        if (!built.isEmpty()) {
            likes.put(articleId, built);
        }
        return built;
    }

    /** One side of a group: English, or Chinese in whichever script the article has. */
    private enum Side {
        EN(Lang.EN), ZH(Lang.ZH_HANS, Lang.ZH_HANT);

        final Query filter;

        Side(Lang... langs) {
            this.filter = new TermInSetQuery(SearchIndex.LANG, java.util.Arrays.stream(langs)
                    .map(l -> new BytesRef(l.tag())).toList());
        }

        static Side of(Lang lang) {
            return lang.isChinese() ? ZH : EN;
        }
    }

    private record Edition(int doc, Lang lang) {}

    /** Ranked ids, best first; null when the index holds no edition of the article. */
    List<String> rank(IndexSearcher searcher, String articleId) throws IOException {
        Map<Side, Query> likes = likesOf(searcher, articleId);
        if (likes.isEmpty()) {
            return null;
        }
        Scores first = score(searcher, articleId, likes);
        Map<Side, BooleanQuery.Builder> widened = new EnumMap<>(Side.class);
        likes.forEach((side, like) -> widened.put(side, new BooleanQuery.Builder().add(like, Occur.SHOULD)));
        List<String> nearest = first.ranked(FEEDBACK);
        for (String neighbour : nearest) {
            // A neighbour far behind the nearest is less likely to share the subject: it weighs less.
            float weight = (float) (FEEDBACK_WEIGHT * first.total.get(neighbour) / first.total.get(nearest.getFirst()));
            for (var side : likesOf(searcher, neighbour).entrySet()) {
                var builder = widened.get(side.getKey());
                if (builder != null) {
                    builder.add(new BoostQuery(side.getValue(), weight), Occur.SHOULD);
                }
            }
        }
        Map<Side, Query> second = new EnumMap<>(Side.class);
        widened.forEach((side, builder) -> second.put(side, builder.build()));
        return score(searcher, articleId, second).ranked(KEEP);
    }

    private static Map<Side, List<Edition>> editions(IndexSearcher searcher, String articleId) throws IOException {
        Map<Side, List<Edition>> sides = new EnumMap<>(Side.class);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(SearchIndex.ARTICLE, articleId)), 8).scoreDocs) {
            Lang.fromTag(stored.document(sd.doc, Set.of(SearchIndex.LANG)).get(SearchIndex.LANG)).ifPresent(lang ->
                    sides.computeIfAbsent(Side.of(lang), s -> new ArrayList<>()).add(new Edition(sd.doc, lang)));
        }
        // Simplified first: where both scripts exist, the terms are the same, folded.
        sides.values().forEach(list -> list.sort(Comparator.comparing(Edition::lang)));
        return sides;
    }

    /** The most telling terms of the side's first edition, each sought in its own field. */
    private Query like(IndexSearcher searcher, List<Edition> editions) throws IOException {
        var mlt = new MoreLikeThis(searcher.getIndexReader());
        Lang lang = editions.getFirst().lang();
        mlt.setFieldNames(new String[] {Analysis.field(Analysis.TITLE, lang), Analysis.field(Analysis.TOPICS, lang),
                Analysis.field(Analysis.BODY, lang)});
        mlt.setAnalyzer(analysis.perField());
        mlt.setMinTermFreq(1);
        // A term only this article uses finds nothing else; its own editions count towards it.
        mlt.setMinDocFreq(editions.size() + 1);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        return mlt.like(editions.getFirst().doc());
    }

    private Scores score(IndexSearcher searcher, String articleId, Map<Side, Query> likes) throws IOException {
        var scores = new Scores();
        for (var side : likes.entrySet()) {
            Query others = new BooleanQuery.Builder()
                    .add(side.getValue(), Occur.MUST)
                    .add(side.getKey().filter, Occur.FILTER)
                    .add(new TermQuery(new Term(SearchIndex.ARTICLE, articleId)), Occur.MUST_NOT)
                    .build();
            scores.addSide(searcher, searcher.search(others, HITS_PER_SIDE).scoreDocs);
        }
        return scores;
    }

    /** Each candidate article's score, summed over the sides, and its newest edition's date. */
    private static final class Scores {
        private final Map<String, Double> total = new HashMap<>();
        private final Map<String, Long> published = new HashMap<>();

        void addSide(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
            if (hits.length == 0) {
                return;
            }
            float best = hits[0].score;
            Map<String, Double> side = new HashMap<>();
            // Doc values are read forwards, leaf by leaf: visit the hits in document order.
            ScoreDoc[] byDoc = hits.clone();
            java.util.Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
            var leaves = searcher.getIndexReader().leaves();
            int leafIndex = -1;
            org.apache.lucene.index.SortedDocValues articles = null;
            org.apache.lucene.index.NumericDocValues dates = null;
            int base = 0;
            for (ScoreDoc hit : byDoc) {
                int at = org.apache.lucene.index.ReaderUtil.subIndex(hit.doc, leaves);
                if (at != leafIndex) {
                    leafIndex = at;
                    var leaf = leaves.get(at);
                    base = leaf.docBase;
                    articles = org.apache.lucene.index.DocValues.getSorted(leaf.reader(), SearchIndex.ARTICLE);
                    dates = org.apache.lucene.index.DocValues.getNumeric(leaf.reader(), SearchIndex.PUBLISHED);
                }
                if (!articles.advanceExact(hit.doc - base)) {
                    continue;
                }
                String id = articles.lookupOrd(articles.ordValue()).utf8ToString();
                // Both scripts of one article score alike: count the article once, at its best.
                side.merge(id, (double) (hit.score / best), Math::max);
                if (dates.advanceExact(hit.doc - base)) {
                    published.merge(id, dates.longValue(), Math::max);
                }
            }
            side.forEach((id, score) -> total.merge(id, score, Double::sum));
        }

        List<String> ranked(int limit) {
            return total.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, Double> e) -> -Math.round(e.getValue() / TIE))
                            .thenComparing(e -> -published.get(e.getKey()))
                            .thenComparing(Map.Entry::getKey))
                    .limit(limit)
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
