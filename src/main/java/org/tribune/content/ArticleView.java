package org.tribune.content;

import java.util.List;
import java.util.Set;

/**
 * Everything an article page shows of one edition.
 *
 * @param image the article's image, or null when it has none
 */
public record ArticleView(
        Edition edition,
        List<Named> authors,
        List<Named> topics,
        Set<Lang> availableIn,
        List<EditionTeaser> related,
        ArticleImage image) {

    public ArticleView {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        availableIn = Set.copyOf(availableIn);
        related = List.copyOf(related);
    }
}
