package org.tribune.content;

import java.util.List;
import java.util.Optional;

/**
 * Which articles are most like an article, for its "You might also like" block. Ranked for the
 * translation group, not for one edition, so that every edition of an article lists the same
 * articles in the same order; the {@link ContentService} then keeps those readable in the page's
 * language. Implemented by the search index; the content package knows nothing of how.
 *
 * <pre>{@code
 * var content = new ContentService(db, clock, conversions, new SimilarArticles(index));
 * }</pre>
 */
public interface RelatedArticles {
    /** Knows nothing: every page falls back to articles sharing a topic. */
    RelatedArticles NONE = articleId -> Optional.empty();

    /**
     * Ids of the articles most like {@code articleId}, best first, never the article itself; more
     * than a page shows, so that each language still has enough after dropping those it lacks.
     *
     * @return empty when nothing is known of the article yet (e.g. while the index is being filled),
     *     so the caller can fall back to something cheaper
     */
    Optional<List<String>> rankedFor(String articleId);
}
