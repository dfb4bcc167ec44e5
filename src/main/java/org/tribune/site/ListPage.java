package org.tribune.site;

import java.util.List;
import org.tribune.web.Layout;

/**
 * A list of articles: the home page, a topic, an author or a month.
 *
 * @param previous the newer page's address, or null on the first page
 * @param next the older page's address, or null on the last page
 * @param intro what a topic's or author's page says about them above the list; null for none
 */
public record ListPage(
        Layout layout,
        String heading,
        String count,
        List<TeaserView> items,
        String previous,
        String next,
        String pageLabel,
        Intro intro) {

    public ListPage {
        items = List.copyOf(items);
    }

    /**
     * An author's or topic's own words above its articles.
     *
     * @param photo the address of an author's photo; null for none
     * @param affiliation an author's affiliation line; null for none
     * @param text a bio or a description in the page's language; empty for none
     */
    public record Intro(String photo, String photoAlt, String affiliation, String text) {
        public boolean isEmpty() {
            return photo == null && affiliation == null && text.isBlank();
        }
    }
}
