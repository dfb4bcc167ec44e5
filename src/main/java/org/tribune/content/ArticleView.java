package org.tribune.content;

import java.util.List;
import java.util.Set;

/** Everything an article page shows of one edition. */
public record ArticleView(
        Edition edition, List<Named> authors, List<Named> topics, Set<Lang> availableIn, List<EditionTeaser> related) {

    public ArticleView {
        authors = List.copyOf(authors);
        topics = List.copyOf(topics);
        availableIn = Set.copyOf(availableIn);
        related = List.copyOf(related);
    }
}
