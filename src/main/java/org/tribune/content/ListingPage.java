package org.tribune.content;

import java.util.List;

/** One page of a listing, numbered from 1. */
public record ListingPage(List<EditionTeaser> items, int page, int pageSize, int total) {
    public ListingPage {
        items = List.copyOf(items);
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
