package org.tribune.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A mild preference for newer editions: the relevance score times a multiplier from
 * {@code 1 + WEIGHT} for today's down towards 1, halving every {@link #HALF_LIFE_DAYS}. Relevance
 * still decides; recency breaks near ties.
 *
 * <p>Unlike a function score, this tells the search the multiplier's bound, so the relevance query
 * underneath can skip blocks of documents that could not reach the top results even when boosted
 * to the full (block-max WAND). Without that bound, every match of a common word would be scored.
 */
final class RecencyBoost extends Query {
    static final double WEIGHT = 0.2;
    static final double HALF_LIFE_DAYS = 365;
    private static final double DAY_MILLIS = 86_400_000d;
    private static final float MAX_MULTIPLIER = (float) (1 + WEIGHT);

    private final Query relevance;
    private final String field;
    private final long nowMillis;

    /** {@code relevance}, its scores boosted by the recency of the long {@code field} (epoch millis) at {@code nowMillis}. */
    RecencyBoost(Query relevance, String field, long nowMillis) {
        this.relevance = Objects.requireNonNull(relevance);
        this.field = Objects.requireNonNull(field);
        this.nowMillis = nowMillis;
    }

    /** The multiplier for an edition published at {@code publishedMillis}; future dates count as today. */
    double multiplier(long publishedMillis) {
        double ageDays = Math.max(0, (nowMillis - publishedMillis) / DAY_MILLIS);
        return 1 + WEIGHT * Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(relevance, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;
        }
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                ScorerSupplier scorers = in.scorerSupplier(ctx);
                if (scorers == null) {
                    return null;
                }
                NumericDocValues published = DocValues.getNumeric(ctx.reader(), field);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new Boosted(scorers.get(leadCost), published);
                    }

                    @Override
                    public long cost() {
                        return scorers.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        scorers.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public int count(LeafReaderContext ctx) throws IOException {
                return in.count(ctx);
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                Explanation relevant = in.explain(ctx, doc);
                if (!relevant.isMatch()) {
                    return relevant;
                }
                NumericDocValues published = DocValues.getNumeric(ctx.reader(), field);
                double times = published.advanceExact(doc) ? multiplier(published.longValue()) : 1;
                return Explanation.match(
                        (float) (relevant.getValue().floatValue() * times),
                        "recency boost, product of:",
                        relevant,
                        Explanation.match(times, "recency multiplier"));
            }
        };
    }

    /** Scores times the multiplier; bounds and thresholds passed on scaled by its maximum. */
    private final class Boosted extends FilterScorer {
        private final NumericDocValues published;

        Boosted(Scorer relevance, NumericDocValues published) {
            super(relevance);
            this.published = published;
        }

        @Override
        public float score() throws IOException {
            float score = in.score();
            return published.advanceExact(docID()) ? (float) (score * multiplier(published.longValue())) : score;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * MAX_MULTIPLIER;
        }

        /** A match boosted to the full reaches {@code minScore} only if its relevance reaches this share of it. */
        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // Rounded down twice over: float division and the product in score() each round once.
            in.setMinCompetitiveScore(Math.nextDown(Math.nextDown(minScore / MAX_MULTIPLIER)));
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = relevance.rewrite(searcher);
        return rewritten == relevance ? this : new RecencyBoost(rewritten, field, nowMillis);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        relevance.visit(visitor.getSubVisitor(Occur.MUST, this));
    }

    @Override
    public String toString(String defaultField) {
        return "recency(" + relevance.toString(defaultField) + ", " + field + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o)
                && o instanceof RecencyBoost other
                && other.relevance.equals(relevance)
                && other.field.equals(field)
                && other.nowMillis == nowMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), relevance, field, nowMillis);
    }
}
