package org.tribune.search;

import java.util.List;

/**
 * One page of results, numbered from 1.
 *
 * @param query the words searched for, as cleaned ({@link SearchQuery#clean}); empty when none
 */
public record SearchResults(String query, List<SearchHit> hits, int page, int pageSize, int total) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults none(String query, int page, int pageSize) {
        return new SearchResults(query, List.of(), page, pageSize, 0);
    }

    public int pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
