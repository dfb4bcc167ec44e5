package org.tribune.search;

import java.util.List;

/**
 * One page of results, numbered from 1.
 *
 * @param query the words searched for, as cleaned ({@link SearchQuery#clean}); empty when none
 * @param total how many editions match; when {@code totalExact} is false, only that more than this
 *     many do (counting every match of a common word would cost more than the rest of the search)
 */
public record SearchResults(String query, List<SearchHit> hits, int page, int pageSize, int total, boolean totalExact) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults none(String query, int page, int pageSize) {
        return new SearchResults(query, List.of(), page, pageSize, 0, true);
    }

    /** How many pages there are to read: no more than {@link SearchIndex#MAX_PAGE}. */
    public int pageCount() {
        return Math.clamp((total + (long) pageSize - 1) / pageSize, 1, SearchIndex.MAX_PAGE);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
