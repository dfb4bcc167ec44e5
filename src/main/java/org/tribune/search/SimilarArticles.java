package org.tribune.search;

import java.util.List;
import java.util.Optional;
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
    private final SearchIndex index;
    /**
     * What is known of the index as it is now. Replaced whole when the index changes, so a ranking
     * still being computed from the old index is remembered only by the state it belongs to.
     */
    private volatile RelatedRanking current;

    public SimilarArticles(SearchIndex index) {
        this.index = index;
        this.current = new RelatedRanking();
    }

    @Override
    public Optional<List<String>> rankedFor(String articleId) {
        RelatedRanking ranking = current;
        return Optional.ofNullable(index.withSearcher(searcher -> ranking.rank(searcher, articleId)));
    }

    /** Drops every remembered ranking: call when the index has changed. */
    public void forgetAll() {
        current = new RelatedRanking();
    }
}
