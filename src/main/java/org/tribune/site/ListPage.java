package org.tribune.site;

import java.util.List;
import org.tribune.web.Layout;

/**
 * A list of articles: the home page, a topic, an author or a month.
 *
 * @param previous the newer page's address, or null on the first page
 * @param next the older page's address, or null on the last page
 */
public record ListPage(
        Layout layout,
        String heading,
        String count,
        List<TeaserView> items,
        String previous,
        String next,
        String pageLabel) {

    public ListPage {
        items = List.copyOf(items);
    }
}
