package org.tribune.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.tribune.content.RelatedArticles;

/**
 * Related articles by content similarity, ranked from the search index ({@link RelatedRanking}) and
 * remembered per article until the index changes.
 *
 * <pre>{@code
 * var similar = new SimilarArticles(index);
 * sync.onIndexChanged(similar::forgetAll);
 * var content = new ContentService(db, clock, conversions, similar);
 * }</pre>
 *
 * <p>An article the index does not hold yet (a new index being filled, or an edition published a
 * moment ago) gets no answer, so the article page falls back to articles sharing a topic; nothing
 * is remembered for it, and the next page view asks again.
 */
public final class SimilarArticles implements RelatedArticles {
    /** A ranking is twenty short ids: a few MB hold every article of a large journal. */
    private static final long MAX_ARTICLES = 50_000;

    private final SearchIndex index;
    private final RelatedRanking ranking;
    private final Cache<String, List<String>> rankings =
            Caffeine.newBuilder().maximumSize(MAX_ARTICLES).build();
    /** Moves at every {@link #forgetAll()}, so a ranking computed before it is not remembered after. */
    private final AtomicLong generation = new AtomicLong();

    public SimilarArticles(SearchIndex index) {
        this.index = index;
        this.ranking = new RelatedRanking(index.analysis());
    }

    @Override
    public Optional<List<String>> rankedFor(String articleId) {
        List<String> known = rankings.getIfPresent(articleId);
        if (known != null) {
            return Optional.of(known);
        }
        long before = generation.get();
        List<String> ranked = index.withSearcher(searcher -> ranking.rank(searcher, articleId));
        if (ranked != null) {
            rankings.put(articleId, ranked);
            if (generation.get() != before) {
                rankings.invalidate(articleId); // the index moved on while this was ranked
            }
        }
        return Optional.ofNullable(ranked);
    }

    /** Drops every remembered ranking: call when the index has changed. */
    public void forgetAll() {
        generation.incrementAndGet();
        rankings.invalidateAll();
        ranking.forget();
    }
}
