package org.tribune.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A mild preference for newer editions: a score multiplier from {@code 1 + WEIGHT} for today's
 * down towards 1, halving every {@link #HALF_LIFE_DAYS}. Relevance still decides; recency breaks
 * near ties.
 */
final class RecencyBoost extends DoubleValuesSource {
    static final double WEIGHT = 0.2;
    static final double HALF_LIFE_DAYS = 365;
    private static final double DAY_MILLIS = 86_400_000d;

    private final String field;
    private final long nowMillis;

    RecencyBoost(String field, long nowMillis) {
        this.field = field;
        this.nowMillis = nowMillis;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues published = DocValues.getNumeric(ctx.reader(), field);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (!published.advanceExact(doc)) {
                    value = 1;
                    return true;
                }
                double ageDays = Math.max(0, (nowMillis - published.longValue()) / DAY_MILLIS);
                value = 1 + WEIGHT * Math.pow(0.5, ageDays / HALF_LIFE_DAYS);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, field);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecencyBoost other && other.field.equals(field) && other.nowMillis == nowMillis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, nowMillis);
    }

    @Override
    public String toString() {
        return "recency(" + field + ")";
    }
}
