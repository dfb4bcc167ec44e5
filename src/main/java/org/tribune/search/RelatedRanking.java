package org.tribune.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.tribune.content.Edition;
import org.tribune.content.Lang;

/**
 * Ranks the articles most like one article with Lucene's {@link MoreLikeThis}, for the whole
 * translation group at once: the English edition's highest-weighted terms are looked for in English
 * editions, the Chinese edition's in Chinese ones (both scripts share the folded {@code _zh}
 * fields), and each side's scores, scaled to its best hit, are added per article. An article thus
 * gets one ranking, whatever edition a reader opens.
 *
 * <p>The ranking then takes in its {@value #FEEDBACK} nearest articles' own neighbours, at half
 * weight or less. A single article shares stray words with articles on other subjects
 * ("satellites", "poorer", "solar"); its nearest neighbours mostly share only its subject, so their
 * neighbours lean towards what the subject's articles have in common. On the test corpus of five
 * subjects ({@code RelatedQualityTest}) this takes the articles with fewer than four of five links
 * on their own subject from about six to none.
 *
 * <p>An instance belongs to one state of the index ({@link SimilarArticles} makes a new one when
 * the index changes) and remembers rankings and each article's own neighbours: ranking every
 * article of a journal searches once per article, since each is also the neighbour the others
 * look up. (Searching again with the neighbours' terms added to the query would cost a second and
 * wider search per article.)
 */
final class RelatedRanking {
    /** Articles kept per group: enough that a language lacking some still fills its block. */
    static final int KEEP = 20;

    private static final int FEEDBACK = 3;
    private static final double FEEDBACK_WEIGHT = 0.5;
    private static final int HITS_PER_SIDE = 60;
    private static final int MAX_QUERY_TERMS = 25;
    /** Scores this close count as a tie, which the newer article wins. */
    private static final double TIE = 1e-3;

    /** A ranking is twenty short ids: a few MB hold every article of a large journal. */
    private static final long MAX_ARTICLES = 50_000;

    /**
     * Each article's ranking, once computed. Upkeep runs on the ranking thread: ranking every
     * article runs on the common pool, which upkeep handed to it would only crowd.
     */
    private final Cache<String, List<String>> rankings = Caffeine.newBuilder()
            .executor(Runnable::run)
            .maximumSize(MAX_ARTICLES)
            .build();
    /** Each article's neighbours by its own terms. */
    private final Cache<String, Neighbours> neighbours = Caffeine.newBuilder()
            .executor(Runnable::run)
            .maximumSize(MAX_ARTICLES)
            .build();
    /** Document frequencies of the words rankings look for, in this state of the index ({@link MoreLikeThisTerms}). */
    private final Map<String, Integer> docFrequencies = new ConcurrentHashMap<>();
    /** One instance per article id, so that remembered neighbours share them. */
    private final Map<String, Candidate> candidates = new ConcurrentHashMap<>();
    /**
     * Each segment's candidates by the ordinal of their article id, filled as hits come: looking
     * the id up by ordinal decodes a block of the terms dictionary, for every hit of every ranking.
     * A segment never changes, nor do its ordinals; a race stores the same candidate twice.
     */
    private final Map<Object, Candidate[]> candidatesByOrd = new ConcurrentHashMap<>();

    /** Rankings for one state of the index: make a new one when the index changes. */
    RelatedRanking() {}

    /** One side of a group: English, or Chinese in whichever script the article has. */
    private enum Side {
        EN(Lang.EN),
        ZH(Lang.ZH_HANS, Lang.ZH_HANT);

        final Query filter;

        Side(Lang... langs) {
            this.filter = new TermInSetQuery(
                    SearchIndex.LANG,
                    Arrays.stream(langs).map(l -> new BytesRef(l.tag())).toList());
        }

        static Side of(Lang lang) {
            return lang.isChinese() ? ZH : EN;
        }
    }

    private record Edition(int doc, Lang lang) {}

    /** An article that can be recommended, with its newest edition's publication (the tie-breaker). */
    private record Candidate(String id, long published) {}

    /** An article's neighbours by its own terms, best first, with their summed scaled scores. */
    private record Neighbours(Candidate[] articles, double[] scores) {}

    /** Ranked ids, best first; null when the index holds no edition of the article. */
    List<String> rank(IndexSearcher searcher, String articleId) throws IOException {
        List<String> known = rankings.getIfPresent(articleId);
        if (known != null) {
            return known;
        }
        Neighbours own = neighboursOf(searcher, articleId);
        if (own == null) {
            return null;
        }
        Map<Candidate, Double> total = new HashMap<>();
        for (int i = 0; i < own.articles().length; i++) {
            total.put(own.articles()[i], own.scores()[i]);
        }
        int feedback = Math.min(FEEDBACK, own.articles().length);
        for (int n = 0; n < feedback; n++) {
            // A neighbour far behind the nearest is less likely to share the subject: it weighs less.
            double weight = FEEDBACK_WEIGHT * own.scores()[n] / own.scores()[0];
            Neighbours theirs = neighboursOf(searcher, own.articles()[n].id());
            if (theirs == null) {
                continue;
            }
            for (int i = 0; i < theirs.articles().length; i++) {
                if (!theirs.articles()[i].id().equals(articleId)) {
                    total.merge(theirs.articles()[i], weight * theirs.scores()[i], Double::sum);
                }
            }
        }
        List<String> ranked = best(total, KEEP).stream().map(Candidate::id).toList();
        rankings.put(articleId, ranked);
        return ranked;
    }

    /** The article's neighbours, searched once; null when the index lacks it. */
    private Neighbours neighboursOf(IndexSearcher searcher, String articleId) throws IOException {
        Neighbours known = neighbours.getIfPresent(articleId);
        if (known != null) {
            return known;
        }
        Map<Side, List<Edition>> sides = editions(searcher, articleId);
        if (sides.isEmpty()) {
            return null; // not remembered: the article may be indexed a moment from now
        }
        Map<Candidate, Double> total = new HashMap<>();
        for (var side : sides.entrySet()) {
            Query others = new BooleanQuery.Builder()
                    .add(like(searcher, side.getValue()), Occur.MUST)
                    .add(side.getKey().filter, Occur.FILTER)
                    .add(new TermQuery(new Term(SearchIndex.ARTICLE, articleId)), Occur.MUST_NOT)
                    .build();
            // No total is wanted: stop counting at the hits kept, so that scoring skips the documents
            // that cannot enter them from the start rather than after the first thousand matches.
            TopDocs hits = searcher.search(others, new TopScoreDocCollectorManager(HITS_PER_SIDE, HITS_PER_SIDE));
            addSide(searcher, hits.scoreDocs, total);
        }
        List<Candidate> ranked = best(total, total.size());
        var found = new Neighbours(
                ranked.toArray(Candidate[]::new),
                ranked.stream().mapToDouble(total::get).toArray());
        neighbours.put(articleId, found);
        return found;
    }

    private static Map<Side, List<Edition>> editions(IndexSearcher searcher, String articleId) throws IOException {
        Map<Side, List<Edition>> sides = new EnumMap<>(Side.class);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(SearchIndex.ARTICLE, articleId)), 8).scoreDocs) {
            Lang.fromTag(stored.document(sd.doc, Set.of(SearchIndex.LANG)).get(SearchIndex.LANG))
                    .ifPresent(lang -> sides.computeIfAbsent(Side.of(lang), s -> new ArrayList<>())
                            .add(new Edition(sd.doc, lang)));
        }
        // Simplified first: where both scripts exist, the terms are the same, folded.
        sides.values().forEach(list -> list.sort(Comparator.comparing(Edition::lang)));
        return sides;
    }

    /** The highest-weighted terms of the side's first edition, each sought in its own field. */
    private Query like(IndexSearcher searcher, List<Edition> editions) throws IOException {
        return moreLikeThisTerms(searcher.getIndexReader(), editions.getFirst().lang(), editions.size(), docFrequencies)
                .like(editions.getFirst().doc());
    }

    /**
     * What {@link MoreLikeThis} would look for in a {@code lang} edition's title, topics and body:
     * minimum term frequency 1, at most {@value #MAX_QUERY_TERMS} terms, boosted by weight. A term
     * only this article uses finds nothing else: its {@code ownEditions} count towards it.
     */
    static MoreLikeThisTerms moreLikeThisTerms(
            IndexReader reader, Lang lang, int ownEditions, Map<String, Integer> docFrequencies) {
        return new MoreLikeThisTerms(
                reader,
                new String[] {
                    Analysis.field(Analysis.TITLE, lang),
                    Analysis.field(Analysis.TOPICS, lang),
                    Analysis.field(Analysis.BODY, lang)
                },
                ownEditions + 1,
                MAX_QUERY_TERMS,
                docFrequencies);
    }

    /** Adds each hit's article's score, scaled to the side's best, counting an article once per side. */
    private void addSide(IndexSearcher searcher, ScoreDoc[] hits, Map<Candidate, Double> total) throws IOException {
        if (hits.length == 0) {
            return;
        }
        float best = hits[0].score;
        Map<Candidate, Double> side = new HashMap<>();
        // Doc values are read forwards, leaf by leaf: visit the hits in document order.
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
        var leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        SortedDocValues articles = null;
        Candidate[] byOrd = null;
        int base = 0;
        for (ScoreDoc hit : byDoc) {
            int at = ReaderUtil.subIndex(hit.doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                var leaf = leaves.get(at);
                base = leaf.docBase;
                articles = DocValues.getSorted(leaf.reader(), SearchIndex.ARTICLE);
                byOrd = candidatesByOrd(leaf.reader(), articles.getValueCount());
            }
            if (!articles.advanceExact(hit.doc - base)) {
                continue;
            }
            int ord = articles.ordValue();
            Candidate candidate = byOrd[ord];
            if (candidate == null) {
                String id = articles.lookupOrd(ord).utf8ToString();
                candidate =
                        candidates.computeIfAbsent(id, newId -> new Candidate(newId, newestEdition(searcher, newId)));
                byOrd[ord] = candidate;
            }
            // Both scripts of one article score alike: count the article once, at its best.
            side.merge(candidate, (double) (hit.score / best), Math::max);
        }
        side.forEach((candidate, score) -> total.merge(candidate, score, Double::sum));
    }

    private Candidate[] candidatesByOrd(LeafReader segment, int ords) {
        var helper = segment.getCoreCacheHelper();
        return helper == null
                ? new Candidate[ords]
                : candidatesByOrd.computeIfAbsent(helper.getKey(), key -> new Candidate[ords]);
    }

    /**
     * When the article's newest edition appeared, from all its editions, not from whichever hit
     * comes first: that would depend on the order articles are ranked in, and so would the sums of
     * scores (a candidate's hash includes it), turning near-ties one way or the other from run to run.
     */
    private static long newestEdition(IndexSearcher searcher, String articleId) {
        try {
            long newest = 0;
            for (var leaf : searcher.getIndexReader().leaves()) {
                var editions = leaf.reader().postings(new Term(SearchIndex.ARTICLE, articleId));
                if (editions == null) {
                    continue;
                }
                NumericDocValues dates = DocValues.getNumeric(leaf.reader(), SearchIndex.PUBLISHED);
                var live = leaf.reader().getLiveDocs();
                for (int doc = editions.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = editions.nextDoc()) {
                    if ((live == null || live.get(doc)) && dates.advanceExact(doc)) {
                        newest = Math.max(newest, dates.longValue());
                    }
                }
            }
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    /** The {@code limit} best candidates; near-equal scores go to the newer article. */
    private static List<Candidate> best(Map<Candidate, Double> scores, int limit) {
        return scores.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Candidate, Double> e) -> -Math.round(e.getValue() / TIE))
                        .thenComparing(e -> -e.getKey().published())
                        .thenComparing(e -> e.getKey().id()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
