package org.tribune.site;

import java.util.List;
import org.tribune.web.Layout;

/**
 * An edition's page.
 *
 * @param bodyHtml sanitized when stored; emitted as is
 * @param updated null unless the edition changed on a later day than it was published
 * @param conversionNote for an edition converted automatically, a line saying so; otherwise null
 * @param freshnessNote for a translation whose original changed since, a line saying when; otherwise null
 * @param image the article's image; null when it has none
 */
public record ArticlePage(
        Layout layout,
        String title,
        String summary,
        String bodyHtml,
        String published,
        String publishedIso,
        String updated,
        String conversionNote,
        String freshnessNote,
        List<Link> authors,
        List<Link> topics,
        List<TeaserView> related,
        PictureView image) {

    public ArticlePage {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        related = List.copyOf(related);
    }
}
