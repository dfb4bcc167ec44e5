package org.tribune.site;

import java.util.List;

/**
 * An article in a list: title linking to it, summary, date, bylines and a thumbnail of its image.
 *
 * @param thumbnail null when the article has no image
 */
public record TeaserView(
        String title,
        String href,
        String summary,
        String date,
        String isoDate,
        List<Link> authors,
        PictureView thumbnail) {
    public TeaserView {
        authors = List.copyOf(authors);
    }
}
