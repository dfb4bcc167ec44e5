package org.tribune.site;

import java.util.List;

/** An article in a list: title linking to it, summary, date and bylines. */
public record TeaserView(String title, String href, String summary, String date, String isoDate, List<Link> authors) {
    public TeaserView {
        authors = List.copyOf(authors);
    }
}
